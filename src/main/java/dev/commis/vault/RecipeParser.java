package dev.commis.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Reads one recipe file: bytes to repaired text, front matter to {@link RecipeFacts}, body to
 * ingredients and steps. Never throws: what goes wrong comes back as problems, and a file that
 * cannot be read at all comes back without a recipe. Safe to call from several threads.
 */
public final class RecipeParser {

    /** The outcome for one file: the recipe (null when it could not be read), its problems, and whether it was repaired. */
    public record Result(String path, Recipe recipe, List<Problem> problems, boolean repaired) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean loaded() {
            return recipe != null;
        }
    }

    private RecipeParser() {
    }

    /**
     * Parses {@code bytes}, the content of the file at {@code path} (relative to the vault,
     * {@code /}-separated).
     */
    public static Result parse(String path, byte[] bytes) {
        List<Problem> problems = new ArrayList<>(0);
        boolean repaired = false;
        try {
            RecipeText.Decoded decoded = RecipeText.decode(bytes);
            repaired = decoded.repaired();
            decoded.repairs().forEach(message -> problems.add(Problem.warning(path, 0, message)));
            FrontMatter.Split split = FrontMatter.split(path, decoded.text());
            problems.addAll(split.problems());
            BodyReader.Body body = BodyReader.read(split.body());
            FactsReader.Front front = FactsReader.read(withInlineFields(split.fields(), body.inlineFields()),
                    message -> problems.add(Problem.warning(path, 0, message)));
            RecipeFacts facts = merge(front, body.facts());
            if (facts.url().isEmpty() && !body.sourceUrl().isEmpty()) {
                facts = facts.withUrl(body.sourceUrl());
            }
            String title = !front.title().isEmpty() ? SiteSuffix.strip(front.title(), split.fields())
                    : !body.title().isEmpty() ? body.title() : fileName(path);
            List<IngredientGroup> ingredients = body.ingredients().isEmpty() ? front.ingredients() : body.ingredients();
            List<Step> steps = body.steps().isEmpty() ? front.steps() : body.steps();
            warnAboutMissingSections(path, body, ingredients, steps, problems);
            Recipe recipe = new Recipe(RecipeIds.of(path), path, title, facts, ingredients, steps,
                    body.notes(), body.links(), body.images());
            return new Result(path, recipe, problems, repaired);
        } catch (RecipeFormatException e) {
            problems.add(Problem.error(path, e.line(), e.getMessage()));
            return new Result(path, null, problems, repaired);
        } catch (RuntimeException e) {
            // A parser bug must cost one file, not the vault; the message says where to look.
            problems.add(Problem.error(path, 0, "could not be read (" + e + "); please report this file"));
            return new Result(path, null, problems, repaired);
        }
    }

    /**
     * The front matter's facts with the body's filling the gaps (the front matter wins when both
     * say something); a total not written anywhere is preparation, cooking and resting added up.
     */
    private static RecipeFacts merge(FactsReader.Front front, BodyFacts body) {
        RecipeFacts facts = front.facts();
        OptionalInt prep = either(facts.prepMinutes(), body.prep());
        OptionalInt cook = either(facts.cookMinutes(), body.cook());
        OptionalInt rest = either(front.restMinutes(), body.rest());
        OptionalInt total = either(facts.totalMinutes(), body.total());
        if (total.isEmpty() && (prep.isPresent() || cook.isPresent())) {
            total = OptionalInt.of(prep.orElse(0) + cook.orElse(0) + rest.orElse(0));
        }
        OptionalInt servings = either(facts.servings(), body.servings());
        String yield = facts.yieldText().isEmpty() ? body.yield() : facts.yieldText();
        return facts.withAmounts(prep, cook, total, servings, yield);
    }

    private static OptionalInt either(OptionalInt first, OptionalInt second) {
        return first.isPresent() ? first : second;
    }

    private static void warnAboutMissingSections(String path, BodyReader.Body body, List<IngredientGroup> ingredients,
            List<Step> steps, List<Problem> problems) {
        if (ingredients.isEmpty() && steps.isEmpty()) {
            problems.add(Problem.warning(path, 0, "left out of the recipes: it has no ingredients and no steps, like an"
                    + " index or 'about' page; to make it a recipe, add a section '## Ingrédients' (or '## Ingredients')"
                    + " with one bullet per line and a section '## Étapes' (or '## Steps') with a numbered list"));
            return;
        }
        if (ingredients.isEmpty()) {
            problems.add(Problem.warning(path, 0, body.hasIngredientsSection()
                    ? "the 'Ingrédients' section has no bulleted lines"
                    : "no ingredients: add a section '## Ingrédients' (or '## Ingredients') with one bullet per line"));
        }
        if (steps.isEmpty()) {
            problems.add(Problem.warning(path, 0, body.hasStepsSection()
                    ? "the 'Étapes' section has no numbered steps"
                    : "no steps: add a section '## Étapes' (or '## Steps') with a numbered list"));
        }
    }

    /** The front matter's fields, and Dataview's inline fields where the front matter says nothing. */
    private static java.util.Map<String, Object> withInlineFields(java.util.Map<String, Object> front,
            java.util.Map<String, Object> inline) {
        if (inline.isEmpty()) {
            return front;
        }
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>(inline);
        fields.putAll(front);
        return fields;
    }

    private static String fileName(String path) {
        return FileTitle.of(path);
    }
}
