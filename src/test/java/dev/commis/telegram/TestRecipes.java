package dev.commis.telegram;

/** Recipe files made for the Telegram tests: one with a photo, one full of characters HTML must escape. */
final class TestRecipes {

    private TestRecipes() {
    }

    /**
     * A recipe with an Obsidian image embed, {@code ![[dal.jpg]]}, of a file kept in another folder of the vault,
     * too long for a photo caption.
     */
    static String recipeWithPhoto() {
        StringBuilder text = new StringBuilder("# Dal photo\n\n![[dal.jpg]]\n\n## Ingrédients\n\n- 200 g de lentilles corail\n\n## Étapes\n\n");
        for (int i = 1; i <= 12; i++) {
            text.append(i).append(". Remuer doucement la casserole, goûter, ajouter un peu d’eau si besoin et laisser frémir encore ")
                    .append(i).append(" minutes.\n");
        }
        return text.append("13. Rincer les lentilles et servir.\n").toString();
    }

    /**
     * A recipe whose title, ingredients and steps hold {@code <}, {@code >}, {@code &}, {@code *}, {@code _} and
     * backquotes as text (escaped in the Markdown, so that they are not read as emphasis or code).
     */
    static String recipeWithSigns() {
        return """
                ---
                portions: 2
                ---
                # Fish <& chips> \\*extra\\* \\_crispy\\_

                ## Ingredients

                - 2 fillets of cod (< 200 g each) & salt
                - 1 \\`secret\\` sauce_with_underscores

                ## Steps

                1. Heat the oil to > 180°C & fry for 4 minutes; serve \\*hot\\* with \\`the\\` sauce_now.
                """;
    }
}
