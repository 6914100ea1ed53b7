package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recipes written the way real collections write them (Hugo and Jekyll sites, Obsidian vaults,
 * Web Clipper notes, MkDocs cookbooks; French and English), under {@code src/test/resources/vaults}:
 * for each file, the fields a cook sees. An empty servings or total cell means "not given".
 */
class RealShapedVaultsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # file                         | title                                   | ingr | an ingredient                 | steps | a step                                                         | serves | yield               | total
            hugo/lemon-loaf.md             | Lemon Drizzle Loaf                      | 4    | 175 g soft butter             | 3     | Fold in the zest and bake for 45 minutes.                      | -      | 1 loaf              | 60
            hugo/chili.md                  | Weeknight Chili                         | 4    | 1 onion, chopped              | 3     | Simmer gently for an hour.                                     | 6      | -                   | 80
            hugo/galette.md                | Galette des rois                        | 4    | 1 œuf pour la dorure          | 3     | Dorer à l'œuf et cuire 35 minutes à 180 °C.                    | 8      | -                   | 65
            hugo/overnight-oats.md         | Overnight oats                          | 3    | 250 ml milk                   | 2     | Leave in the fridge overnight.                                 | 2      | -                   | 485
            hugo/shortbread.md             | Shortbread fingers                      | 3    | 100 g butter                  | 3     | Bake for 25 minutes.                                           | 4      | -                   | 25
            hugo/stock.md                  | Slow chicken stock                      | 4    | a few peppercorns             | 3     | Strain and cool quickly.                                       | -      | makes about 2 litres | 190
            hugo/ratatouille.md            | Ratatouille du marché                   | 4    | 1 aubergine                   | 3     | Couper tous les légumes en dés.                                | 4      | -                   | 75
            hugo/crepes.md                 | Crêpes de la Chandeleur                 | 3    | 4 œufs                        | 3     | Laisser reposer une heure avant de cuire.                      | 6      | -                   | -
            jekyll/banana-bread.md         | Banana Bread                            | 5    | 3 ripe bananas                | 3     | Bake in a loaf tin for an hour.                                | -      | 10 slices           | 75
            jekyll/pesto.md                | Basil pesto                             | 4    | 30 g pine nuts                | 3     | Toast the pine nuts in a dry pan.                              | 4      | -                   | 10
            jekyll/tartiflette.md          | Tartiflette                             | 4    | 1 reblochon                   | 3     | Faire revenir les oignons et les lardons.                      | 6      | -                   | 60
            jekyll/granola.md              | Maple granola                           | 4    | 80 ml maple syrup             | 3     | Bake for 30 minutes, stirring halfway.                         | 8      | -                   | 40
            jekyll/lemonade.md             | Homemade lemonade                       | 3    | 8 lemons                      | 3     | Mix, bottle and chill.                                         | -      | 6 bottles           | 20
            jekyll/cookies.md              | Chocolate chip cookies                  | 5    | 200 g chocolate chips         | 3     | Bake spoonfuls for 12 minutes at 180 °C.                       | -      | About 2 dozen       | 27
            jekyll/soupe.md                | Soupe à l'oignon                        | 4    | 1 l de bouillon               | 3     | Gratiner avec le pain et le fromage.                           | 4      | -                   | 75
            obsidian/Shakshuka.md          | Shakshuka                               | 4    | 1 tin tomatoes                | 3     | Add the tomatoes and simmer 10 minutes.                        | 2      | -                   | 30
            obsidian/Pâtes au pesto.md     | Pâtes au pesto                          | 3    | 200 g de pâtes                | 3     | Égoutter et mélanger avec le pesto.                            | 2      | -                   | 15
            obsidian/Dal.md                | Red lentil dal                          | 4    | 400 ml coconut milk           | 3     | Simmer for 25 minutes, stirring often.                         | 4      | -                   | 40
            obsidian/Pizza dough.md        | Pizza dough                             | 4    | 325 ml water                  | 3     | Leave covered for two hours.                                   | -      | 3 pizzas            | 135
            obsidian/Gaspacho.md           | Gaspacho andalou                        | 4    | 1 concombre                   | 3     | Mixer le tout avec un filet d'huile et de vinaigre.            | 4      | -                   | 15
            obsidian/Quiche.md             | Quiche lorraine                         | 4    | 3 œufs                        | 3     | Cuire 35 minutes à 180 °C.                                     | 6      | -                   | 55
            obsidian/Mug cake.md           | Mug cake                                | 4    | 2 tbsp cocoa                  | 2     | Microwave for 90 seconds and eat warm.                         | 1      | -                   | 5
            obsidian/Pancakes.md           | Fluffy pancakes                         | 3    | 2 eggs                        | 2     | Whisk everything into a smooth batter.                         | 3      | -                   | 25
            obsidian/Broken tabs.md        | Tarte aux pommes                        | 2    | 4 pommes                      | 2     | Cuire 40 minutes.                                              | 6      | -                   | 20
            obsidian/Broken quotes.md      | Grandma's "famous" apple pie            | 2    | 6 apples                      | 2     | Cover and bake for 50 minutes.                                 | 8      | -                   | -
            obsidian/Broken beyond repair.md | Cake aux olives                       | 3    | 100 g d'olives                | 2     | Ajouter les olives et cuire 45 minutes.                        | -      | -                   | -
            webclipper/roast-chicken.md    | Simple Roast Chicken                    | 4    | 2 lemons                      | 3     | Heat the oven to 220 °C.                                       | 4      | -                   | 90
            webclipper/brownies.md         | Fudgy brownies                          | 5    | 3 eggs                        | 3     | Melt the chocolate with the butter.                            | 16     | -                   | 45
            webclipper/curry.md            | Chickpea curry                          | 4    | 2 tins chickpeas              | 3     | Add chickpeas and tomatoes; simmer 20 minutes.                 | 4      | -                   | 40
            webclipper/tarte-tatin.md      | Tarte Tatin facile                      | 4    | 6 pommes                      | 4     | Démouler tiède.                                                | 6      | -                   | 65
            webclipper/smoothie.md         | Green smoothie                          | 3    | 1 banana                      | 2     | Serve straight away.                                           | 2      | -                   | 5
            webclipper/lentil-salad.md     | Warm Lentil Salad                         | 4    | 200 g green lentils           | 3     | Meanwhile, soak the shallot in the vinegar.                    | 4      | -                   | 35
            webclipper/risotto.md          | Mushroom risotto                        | 4    | 300 g arborio rice            | 3     | Stir in the mushrooms and parmesan.                            | 4      | -                   | 45
            mkdocs/focaccia.md             | Focaccia                                | 4    | olive oil, flaky salt         | 3     | Let it rise for two hours.                                     | 8      | -                   | 180
            mkdocs/tomato-soup.md          | Roasted tomato soup                     | 4    | 1 red onion                   | 3     | Blend with the stock.                                          | 4      | -                   | 55
            mkdocs/hummus.md               | Hummus                                  | 4    | 3 tbsp tahini                 | 2     | Loosen with cold water until creamy.                           | 6      | -                   | -
            mkdocs/mousse.md               | Mousse au chocolat                      | 3    | 6 œufs                        | 3     | Monter les blancs en neige avec le sel.                        | 6      | -                   | 260
            mkdocs/bread.md                | No-knead bread                          | 4    | 8 g salt                      | 3     | Cover and leave on the counter for 18 hours.                   | 8      | -                   | 1440
            mkdocs/vinaigrette.md          | Vinaigrette                             | 3    | 3 tbsp vinegar                | 2     | Whisk in the oil slowly.                                       | -      | about 200 ml        | -
            mkdocs/blanquette.md           | Blanquette de veau                      | 4    | 2 carottes                    | 3     | Faire un roux, le mouiller avec le bouillon, ajouter la crème. | 6      | -                   | -
            jekyll/_posts/2023-03-14-lemon-posset.md | Lemon posset                  | 3    | 150 g caster sugar            | 3     | Pour into glasses and chill for at least 3 hours.              | 4      | -                   | 195
            jekyll/_posts/2022-11-02-soupe-de-potiron.markdown | Soupe de potiron au lait de coco | 4 | 1/2 c. à café de curry | 3 | Cuire 25 minutes puis mixer avec le lait de coco.             | 4      | -                   | 45
            hugo/content/recipes/pain-perdu/index.md | Pain perdu                    | 5    | ½ cuil. à café de cannelle    | 3     | Dorer 3 minutes par face dans une poêle beurrée.               | 2      | -                   | 20
            obsidian/Cuisine/Lasagnes.md   | Lasagnes                                | 4    | 500 g de Sauce bolognaise     | 3     | Monter les couches : une louche de bolognaise; des feuilles de lasagne; de la béchamel | 6 | - | 75
            obsidian/Brioche.md            | Brioche                                 | 4    | 6 eggs                        | 4     | Work in the butter a little at a time.                         | 8      | -                   | -
            webclipper/miso-soup.md        | Quick Miso Soup                         | 4    | 3 tbsp white miso paste       | 4     | Add the tofu and warm through for 2 minutes without boiling.   | -      | -                   | -
            mkdocs/clafoutis.md            | Clafoutis aux cerises                   | 4    | 1/2 c. à soupe de kirsch      | 3     | Verser sur les cerises et cuire 40 minutes à 180 °C.           | 6      | -                   | 55
            hugo/iced-tea.md               | Peach iced tea                          | 4    | 4 black tea bags              | 3     | Stir in the honey and leave to cool.                           | 4      | -                   | 10
            hugo/tacos.md                  | Pork tacos with pineapple               | 6    | 1/4 pineapple                 | 4     | Chop everything and serve in warm tortillas.                   | 4      | -                   | 110
            jekyll/_recipes/tarte-aux-fraises.md | Tarte aux fraises                 | 3    | Crème pâtissière              | 3     | Garnir de crème pâtissière froide                              | 8      | -                   | 50
            jekyll/_recipes/bouchees-comte.md | Bouchées au comté                    | 4    | 100 g de comté râpé           | 3     | Cuire 15 minutes à 200 °C.                                     | -      | -                   | -
            jekyll/_recipes/prawn-soup.md  | Hot and sour prawn soup                 | 7    | 1 red chilli, sliced          | 4     | Serve with the garnish on top.                                 | -      | -                   | -
            obsidian/Vinaigrette moutarde.md | Vinaigrette à la moutarde             | 4    | sel, poivre                   | 2     | Verser l'huile en filet sans cesser de fouetter.               | -      | -                   | -
            obsidian/Risotto.md            | Risotto alla milanese                   | 5    | 50 g parmesan                 | 3     | Finish with the cheese and the rest of the butter.             | 4      | -                   | 25
            obsidian/Velouté de champignons.md | Velouté de champignons              | 5    | 10 cl de crème                | 3     | Ajouter les champignons, couvrir d'eau et cuire 25 minutes.    | 4      | -                   | 85
            webclipper/flapjacks.md        | Oat flapjacks                           | 4    | 4 tbsp golden syrup           | 3     | Stir in the oats and press into a lined tin.                   | -      | -                   | -
            mkdocs/muffins.md              | Chocolate chip muffins                  | 5    | 100 g chocolate chips         | 3     | Bake 25 minutes at 190 °C.                                     | -      | -                   | 40
            exports/lentil-soup.md         | Red lentil soup                         | 4    | 1 l vegetable stock           | 3     | Blend half of the soup and season.                             | -      | -                   | -
            exports/chicken-tikka.md       | Chicken tikka                           | 4    | 150 g plain yoghurt           | 3     | Leave to marinate for at least 30 minutes.                     | 4      | -                   | 60
            exports/apple-crumble.md       | Apple crumble                           | 4    | 6 cooking apples              | 3     | Peel and slice the apples into a buttered dish.                | 6      | -                   | 60
            exports/riz-au-lait.md         | Riz au lait                             | 4    | 120 g de riz rond             | 3     | Sucrer en fin de cuisson et laisser tiédir.                    | 6      | -                   | 50
            exports/gratin.md              | Gratin dauphinois                       | 4    | 50 cl de crème                | 3     | Frotter le plat avec l'ail et y ranger les rondelles.          | 4      | -                   | 95
            """)
    void readsTheFieldsACookSees(String file, String title, int ingredients, String ingredient, int steps, String step,
            Integer servings, String yield, Integer total) {
        RecipeParser.Result result = RecipeParser.parse(file, bytes(file));
        assertThat(result.loaded()).as("%s loads: %s", file, result.problems()).isTrue();
        Recipe recipe = result.recipe();
        assertThat(recipe.title()).isEqualTo(title);
        List<String> lines = recipe.ingredients().stream().flatMap(group -> group.items().stream()).toList();
        assertThat(lines).as("ingredients of %s", file).hasSize(ingredients).contains(ingredient);
        assertThat(recipe.steps()).as("steps of %s", file).hasSize(steps);
        assertThat(recipe.steps()).extracting(Step::text).as("steps of %s", file).contains(step);
        if (servings == null) {
            assertThat(recipe.facts().servings()).as("servings of %s", file).isEmpty();
        } else {
            assertThat(recipe.facts().servings()).as("servings of %s", file).hasValue(servings);
        }
        assertThat(recipe.facts().yieldText()).as("yield of %s", file).isEqualTo(yield == null ? "" : yield);
        if (total == null) {
            assertThat(recipe.facts().totalMinutes()).as("total time of %s", file).isEmpty();
        } else {
            assertThat(recipe.facts().totalMinutes()).as("total time of %s", file).hasValue(total);
        }
    }

    static byte[] bytes(String file) {
        try (InputStream in = RealShapedVaultsTest.class.getResourceAsStream("/vaults/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no vault file " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
