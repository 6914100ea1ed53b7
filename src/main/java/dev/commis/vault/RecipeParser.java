package dev.commis.vault;

import java.util.ArrayList;
import java.util.List;

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
            FrontMatter.Split split = FrontMatter.split(decoded.text());
            RecipeFacts facts = FactsReader.read(split.fields(), message -> problems.add(Problem.warning(path, 0, message)));
            BodyReader.Body body = BodyReader.read(split.body());
            if (facts.url().isEmpty() && !body.sourceUrl().isEmpty()) {
                facts = facts.withUrl(body.sourceUrl());
            }
            String title = body.title().isEmpty() ? fileName(path) : body.title();
            warnAboutMissingSections(path, body, problems);
            Recipe recipe = new Recipe(RecipeIds.of(path), path, title, facts, body.ingredients(), body.steps(),
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

    private static void warnAboutMissingSections(String path, BodyReader.Body body, List<Problem> problems) {
        if (body.ingredients().isEmpty()) {
            problems.add(Problem.warning(path, 0, body.hasIngredientsSection()
                    ? "the 'Ingrédients' section has no bulleted lines"
                    : "no ingredients: add a section '## Ingrédients' (or '## Ingredients') with one bullet per line"));
        }
        if (body.steps().isEmpty()) {
            problems.add(Problem.warning(path, 0, body.hasStepsSection()
                    ? "the 'Étapes' section has no numbered steps"
                    : "no steps: add a section '## Étapes' (or '## Steps') with a numbered list"));
        }
    }

    private static String fileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.regionMatches(true, name.length() - 3, ".md", 0, 3) ? name.substring(0, name.length() - 3) : name;
    }
}
