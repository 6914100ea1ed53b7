package dev.commis.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * More of what a cook sees in real-shaped recipes (see {@link RealShapedVaultsTest}): the tags, the
 * times, the source link, how ingredients and steps are grouped, and that a file written the way its
 * tool writes it raises no problem at all. Tags are joined with ';'; '-' means "none".
 */
class RealShapedVaultsFactsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # file                               | tags                     | prep | cook | url                                            | group: an ingredient                   | part: a step
            hugo/iced-tea.md                     | drinks;summer            | 10   | -    | -                                              | : 2 tbsp honey                         | : Add the peaches and chill for at least an hour.
            hugo/tacos.md                        | mexican;pork             | 90   | 20   | -                                              | Marinade: 2 tbsp cider vinegar         | Tacos: Grill the pork with the pineapple until charred at the edges.
            jekyll/_recipes/tarte-aux-fraises.md | dessert;fruits           | 30   | 20   | -                                              | : Pâte sablée                          | : Disposer les fraises coupées en deux juste avant de servir
            jekyll/_recipes/bouchees-comte.md    | apéro;salé;rapide        | -    | -    | -                                              | : 1 pincée de paprika                  | : Découper la pâte en petits carrés.
            jekyll/_recipes/prawn-soup.md        | -                        | -    | -    | https://example.org/hot-and-sour-prawn-soup/   | For the garnish: a handful of coriander | : Bring back to a simmer and cook the prawns for 2 minutes.
            obsidian/Vinaigrette moutarde.md     | cuisine/sauces;rapide    | -    | -    | -                                              | : 3 c. à soupe d'huile de noix         | : Fouetter la moutarde avec le vinaigre, le sel et le poivre.
            obsidian/Risotto.md                  | recipe;cuisine/italienne | -    | 25   | -                                              | : a pinch of saffron                   | : Stir in the saffron after 10 minutes.
            obsidian/Velouté de champignons.md   | soupe;végétarien         | 20   | 65   | -                                              | Pour le velouté: 1 l d'eau             | : Mixer finement et servir avec la crème et le persil.
            webclipper/flapjacks.md              | recipe                   | -    | -    | https://example.org/oat-flapjacks              | : 250 g rolled oats                    | : Bake 20 minutes at 180 °C and cut while warm.
            mkdocs/muffins.md                    | -                        | 15   | 25   | -                                              | : 2 eggs                               | : Combine with a few strokes and fold in the chips.
            exports/lentil-soup.md               | soup;winter              | -    | -    | https://example.org/red-lentil-soup            | : 200 g red lentils                    | : Add the lentils and the stock, then simmer 20 minutes.
            exports/chicken-tikka.md             | Recipe;Indian;Chicken    | 20   | -    | https://example.org/chicken-tikka              | : 1 lemon                              | : Mix the yoghurt, spices and lemon juice, and coat the chicken.
            exports/apple-crumble.md             | -                        | 20   | 40   | https://example.org/apple-crumble              | : 80 g demerara sugar                  | : Scatter over the apples and bake 40 minutes at 180 °C.
            exports/riz-au-lait.md               | dessert;enfance          | 5    | 45   | -                                              | : 1 gousse de vanille                  | : Porter le lait à ébullition avec la vanille fendue.
            exports/gratin.md                    | gratin;pommes de terre   | 20   | 75   | -                                              | : 1 kg de pommes de terre              | : Couvrir de lait et de crème, puis cuire 1 h 15 à 160 °C.
            """)
    void readsTagsTimesLinkAndGroupsWithoutAProblem(String file, String tags, Integer prep, Integer cook, String url,
            String ingredient, String step) {
        RecipeParser.Result result = RecipeParser.parse(file, RealShapedVaultsTest.bytes(file));
        assertThat(result.problems()).as("problems of %s", file).isEmpty();
        Recipe recipe = result.recipe();
        RecipeFacts facts = recipe.facts();
        assertThat(facts.tags()).as("tags of %s", file)
                .containsExactlyElementsOf(tags == null ? List.of() : Arrays.asList(tags.split(";")));
        assertThat(facts.prepMinutes().isPresent() ? (Integer) facts.prepMinutes().getAsInt() : null)
                .as("preparation of %s", file).isEqualTo(prep);
        assertThat(facts.cookMinutes().isPresent() ? (Integer) facts.cookMinutes().getAsInt() : null)
                .as("cooking of %s", file).isEqualTo(cook);
        assertThat(facts.url()).as("link of %s", file).isEqualTo(url == null ? "" : url);
        assertThat(recipe.ingredients()).as("ingredient groups of %s", file)
                .flatExtracting(group -> group.items().stream().map(item -> group.name() + ": " + item).toList())
                .contains(ingredient);
        assertThat(recipe.steps()).as("steps of %s", file).extracting(s -> s.section() + ": " + s.text()).contains(step);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hugo/iced-tea.md       | tag        | Any plain black tea will do.
            obsidian/Risotto.md    | [^1]       | Grana padano works too.
            exports/lentil-soup.md | Tags:      | Tip: A squeeze of lemon just before serving wakes it up.
            exports/chicken-tikka.md | Serves   | -
            exports/apple-crumble.md | Description | Good with custard or cream.
            """)
    void keepsNotesWithoutMetadataOrMarks(String file, String absent, String kept) {
        Recipe recipe = RecipeParser.parse(file, RealShapedVaultsTest.bytes(file)).recipe();
        assertThat(recipe.notes()).as("notes of %s", file).doesNotContain(absent);
        if (!kept.equals("-")) {
            assertThat(recipe.notes()).as("notes of %s", file).contains(kept);
        }
        assertThat(recipe.ingredients()).flatExtracting(IngredientGroup::items).noneMatch(item -> item.contains("^"));
    }
}
