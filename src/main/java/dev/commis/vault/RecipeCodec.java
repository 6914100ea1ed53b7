package dev.commis.vault;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Writes and reads what {@link VaultCache} keeps of one file: its stamp, recipe and problems,
 * field by field in a fixed order. Any change to the records it writes must change
 * {@link VaultCache#FORMAT}.
 */
final class RecipeCodec {

    private RecipeCodec() {
    }

    static void write(DataOutputStream out, VaultSnapshot.FileEntry entry) throws IOException {
        string(out, entry.path());
        out.writeLong(entry.stamp().size());
        out.writeLong(entry.stamp().modified());
        out.writeBoolean(entry.repaired());
        out.writeInt(entry.problems().size());
        for (Problem problem : entry.problems()) {
            out.writeBoolean(problem.isError());
            out.writeInt(problem.line());
            string(out, problem.message());
        }
        out.writeBoolean(entry.recipe() != null);
        if (entry.recipe() != null) {
            recipe(out, entry.recipe());
        }
    }

    static VaultSnapshot.FileEntry read(DataInputStream in) throws IOException {
        String path = string(in);
        VaultScanner.FileStamp stamp = new VaultScanner.FileStamp(in.readLong(), in.readLong());
        boolean repaired = in.readBoolean();
        int count = in.readInt();
        List<Problem> problems = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean error = in.readBoolean();
            problems.add(new Problem(error ? Problem.Severity.ERROR : Problem.Severity.WARNING, path, in.readInt(), string(in)));
        }
        Recipe recipe = in.readBoolean() ? recipe(in, path) : null;
        return new VaultSnapshot.FileEntry(path, recipe, problems, repaired, stamp);
    }

    private static void recipe(DataOutputStream out, Recipe recipe) throws IOException {
        string(out, recipe.id());
        string(out, recipe.title());
        RecipeFacts facts = recipe.facts();
        for (String text : List.of(facts.cuisine(), facts.type(), facts.protein(), facts.difficulty(), facts.source(),
                facts.url(), facts.dateAdded())) {
            string(out, text);
        }
        for (OptionalInt number : List.of(facts.prepMinutes(), facts.cookMinutes(), facts.totalMinutes(), facts.servings())) {
            out.writeInt(number.orElse(-1));
        }
        string(out, facts.yieldText());
        strings(out, facts.tags());
        out.writeInt(facts.extra().size());
        for (Map.Entry<String, String> field : facts.extra().entrySet()) {
            string(out, field.getKey());
            string(out, field.getValue());
        }
        out.writeInt(recipe.ingredients().size());
        for (IngredientGroup group : recipe.ingredients()) {
            string(out, group.name());
            strings(out, group.items());
        }
        out.writeInt(recipe.steps().size());
        for (Step step : recipe.steps()) {
            out.writeInt(step.number());
            string(out, step.title());
            string(out, step.text());
            string(out, step.section());
        }
        string(out, recipe.notes());
        strings(out, recipe.links());
        strings(out, recipe.images());
    }

    private static Recipe recipe(DataInputStream in, String path) throws IOException {
        String id = string(in);
        String title = string(in);
        String cuisine = string(in);
        String type = string(in);
        String protein = string(in);
        String difficulty = string(in);
        String source = string(in);
        String url = string(in);
        String dateAdded = string(in);
        OptionalInt prep = number(in);
        OptionalInt cook = number(in);
        OptionalInt total = number(in);
        OptionalInt servings = number(in);
        String yieldText = string(in);
        List<String> tags = strings(in);
        int extras = in.readInt();
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < extras; i++) {
            extra.put(string(in), string(in));
        }
        RecipeFacts facts = new RecipeFacts(cuisine, type, protein, difficulty, prep, cook, total, servings, source, url,
                dateAdded, tags, extra, yieldText);
        int groupCount = in.readInt();
        List<IngredientGroup> groups = new ArrayList<>(groupCount);
        for (int i = 0; i < groupCount; i++) {
            groups.add(new IngredientGroup(string(in), strings(in)));
        }
        int stepCount = in.readInt();
        List<Step> steps = new ArrayList<>(stepCount);
        for (int i = 0; i < stepCount; i++) {
            steps.add(new Step(in.readInt(), string(in), string(in), string(in)));
        }
        return new Recipe(id, path, title, facts, groups, steps, string(in), strings(in), strings(in));
    }

    private static OptionalInt number(DataInputStream in) throws IOException {
        int value = in.readInt();
        return value < 0 ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static void strings(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            string(out, text);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(string(in));
        }
        return texts;
    }

    /** Length-prefixed UTF-8: unlike {@code writeUTF}, no 64 KB limit on one step's text. */
    private static void string(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 16 << 20) {
            throw new IOException("corrupt cache: a text of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
