package dev.commis.search;

import dev.commis.search.Concept.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The French/English vocabulary Commis understands, as written by a person: one concept per line,
 * {@code key | form, form, ...}, or {@code key > broader | forms} when the concept is a case of
 * another. Forms are written naturally (accents, plurals, hyphens); {@link Synonyms} reduces them
 * the way it reduces recipe text. A form may belong to one concept only.
 */
final class SynonymTable {

    private SynonymTable() {
    }

    static Map<Kind, List<String>> lines() {
        Map<Kind, List<String>> lines = new LinkedHashMap<>();
        lines.put(Kind.PROTEIN, List.of(
                "pork | porc, pork, cochon",
                "chicken | poulet, chicken, poule",
                "beef | boeuf, bœuf, beef",
                "veal | veau, veal",
                "lamb | agneau, lamb",
                "duck | canard, duck",
                "turkey | dinde, turkey",
                "fish | poisson, fish",
                "seafood | fruits de mer, fruits-de-mer, seafood, crustacés",
                "vegetarian | végétarien, végétarienne, végé, veggie, vegetarian, veg",
                "vegan > vegetarian | végan, végane, vegan, végétalien, végétalienne"));
        lines.put(Kind.CUISINE, List.of(
                "french | française, français, french, france",
                "italian | italienne, italien, italian, italie, italy",
                "american | américaine, américain, american, amérique, états-unis, usa",
                "greek | grecque, grec, greek, grèce, greece",
                "thai | thaïlandaise, thaïlandais, thaï, thai, thaïlande, thailand",
                "mexican | mexicaine, mexicain, mexican, mexique, mexico",
                "indian | indienne, indien, indian, inde, india",
                "spanish | espagnole, espagnol, spanish, espagne, spain",
                "lebanese | libanaise, libanais, lebanese, liban, lebanon",
                "japanese | japonaise, japonais, japanese, japon, japan",
                "moroccan | marocaine, marocain, moroccan, maroc, morocco",
                "korean | coréenne, coréen, korean, corée, korea",
                "vietnamese | vietnamienne, vietnamien, vietnamese, vietnam, viêt nam",
                "tunisian | tunisienne, tunisien, tunisian, tunisie, tunisia",
                "senegalese | sénégalaise, sénégalais, senegalese, sénégal, senegal",
                "peruvian | péruvienne, péruvien, peruvian, pérou, peru",
                "australian | australienne, australien, australian, australie, australia",
                "chinese | chinoise, chinois, chinese, chine, china",
                "turkish | turque, turc, turkish, turquie",
                "portuguese | portugaise, portugais, portuguese, portugal",
                "german | allemande, allemand, german, allemagne, germany",
                "british | britannique, british",
                "mediterranean | méditerranéenne, méditerranéen, mediterranean",
                "asian | asiatique, asian"));
        lines.put(Kind.TYPE, List.of(
                "starter | entrée, entree, starter, appetizer, appetiser, hors d'oeuvre",
                "main | plat principal, plat-principal, plat, main, main course, main dish",
                "side | accompagnement, side, side dish, garniture",
                "dessert | dessert",
                "breakfast | petit-déjeuner, petit déjeuner, breakfast",
                "sauce | sauce, condiment"));
        lines.put(Kind.DIFFICULTY, List.of(
                "easy | facile, easy",
                "medium | intermédiaire, moyen, moyenne, medium, intermediate",
                "hard | difficile, hard, difficult, avancé, advanced"));
        lines.put(Kind.INGREDIENT, List.of(
                "leek | poireau, leek",
                "bacon | lardons, bacon, pancetta, poitrine fumée",
                "garlic | ail, garlic",
                "onion | oignon, onion",
                "spring onion > onion | oignon nouveau, oignon vert, cébette, ciboule, spring onion, green onion, scallion",
                "shallot | échalote, shallot",
                "cream | crème, cream",
                "butter | beurre, butter",
                "egg | oeuf, œuf, egg",
                "flour | farine, flour",
                "sugar | sucre, sugar",
                "milk | lait, milk",
                "potato | pomme de terre, potato, potatoes, patate",
                "tomato | tomate, tomato, tomatoes",
                "rice | riz, rice",
                "pasta | pâtes, pasta",
                "cheese | fromage, cheese",
                "lemon | citron, lemon",
                "lime | citron vert, lime",
                "oil | huile, oil",
                "olive oil > oil | huile d'olive, olive oil",
                "salt | sel, salt",
                "pepper | poivre, pepper",
                "bell pepper | poivron, bell pepper, capsicum",
                "chilli | piment, chilli, chili, chile",
                "carrot | carotte, carrot",
                "mushroom | champignon, mushroom",
                "spinach | épinard, spinach",
                "zucchini | courgette, zucchini",
                "eggplant | aubergine, eggplant",
                "cucumber | concombre, cucumber",
                "lettuce | laitue, lettuce",
                "cabbage | chou, cabbage",
                "cauliflower | chou-fleur, cauliflower",
                "broccoli | brocoli, broccoli",
                "green bean | haricot vert, green bean",
                "bean | haricot, bean",
                "chickpea | pois chiche, chickpea",
                "pea | petits pois, pea",
                "lentil | lentille, lentil",
                "parsley | persil, parsley",
                "coriander | coriandre, coriander, cilantro",
                "basil | basilic, basil",
                "mint | menthe, mint",
                "thyme | thym, thyme",
                "rosemary | romarin, rosemary",
                "bay leaf | laurier, bay leaf, bay leaves",
                "dill | aneth, dill",
                "chives | ciboulette, chives",
                "cinnamon | cannelle, cinnamon",
                "ginger | gingembre, ginger",
                "nutmeg | noix de muscade, muscade, nutmeg",
                "honey | miel, honey",
                "chocolate | chocolat, chocolate",
                "cocoa | cacao, cocoa",
                "vanilla | vanille, vanilla",
                "yeast | levure, yeast",
                "baking powder | levure chimique, baking powder",
                "apple | pomme, apple",
                "pear | poire, pear",
                "banana | banane, banana",
                "strawberry | fraise, strawberry, strawberries",
                "raspberry | framboise, raspberry, raspberries",
                "mango | mangue, mango, mangoes",
                "coconut | noix de coco, coco, coconut",
                "coconut milk > coconut | lait de coco, coconut milk",
                "almond | amande, almond",
                "walnut | noix, walnut",
                "hazelnut | noisette, hazelnut",
                "peanut | cacahuète, arachide, peanut",
                "sesame | sésame, sesame",
                "wine | vin, wine",
                "white wine > wine | vin blanc, white wine",
                "red wine > wine | vin rouge, red wine",
                "stock | bouillon, stock, broth",
                "vinegar | vinaigre, vinegar",
                "mustard | moutarde, mustard",
                "soy sauce | sauce soja, soy sauce",
                "yogurt | yaourt, yogourt, yogurt, yoghurt",
                "shrimp | crevette, shrimp, prawn",
                "salmon | saumon, salmon",
                "tuna | thon, tuna",
                "cod | cabillaud, cod",
                "mussel | moule, mussel",
                "ham | jambon, ham",
                "sausage | saucisse, sausage",
                "bread | pain, bread",
                "puff pastry | pâte feuilletée, puff pastry",
                "shortcrust | pâte brisée, shortcrust",
                "corn | maïs, corn",
                "avocado | avocat, avocado",
                "pumpkin | potiron, citrouille, potimarron, courge, pumpkin, squash",
                "celery | céleri, celery"));
        lines.put(Kind.DISH, List.of(
                "soup | soupe, soup, potage",
                "salad | salade, salad",
                "cake | gâteau, cake",
                "pie | tarte, pie, tart",
                "stew | ragoût, stew"));
        return lines;
    }
}
