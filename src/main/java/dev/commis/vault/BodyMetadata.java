package dev.commis.vault;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a body says about its recipe outside the ingredients and the steps: times and servings
 * ({@link BodyFacts}), Dataview inline fields, metadata lines ({@link BodyFields}) and where the
 * recipe came from. Given the paragraphs of the notes, it keeps what is metadata and hands back
 * what is a note. Not thread-safe: one per body.
 */
final class BodyMetadata {

    private static final Pattern INLINE_FIELD = Pattern.compile("^([\\p{L}\\d][\\p{L}\\d _-]{0,40})::\\h*(\\S.*)$");

    private final BodyFacts facts;
    private final Map<String, Object> fields;
    private String sourceUrl = "";

    /** Metadata read into {@code facts} and {@code fields} (the body's inline fields). */
    BodyMetadata(BodyFacts facts, Map<String, Object> fields) {
        this.facts = facts;
        this.fields = fields;
    }

    String sourceUrl() {
        return sourceUrl;
    }

    /** Takes the first link of a block of the 'Source' section, and says whether there was one. */
    boolean sourceFrom(Node block) {
        if (sourceUrl.isEmpty()) {
            sourceUrl = BodyReader.firstUrl(block);
        }
        return !sourceUrl.isEmpty();
    }

    /**
     * The lines of a note paragraph that are notes: a table of facts, fact lines and metadata lines
     * are read instead, and so is a link alone on its line {@code aboveRecipe} (where it came from).
     */
    List<String> notesOf(Paragraph paragraph, boolean aboveRecipe) {
        List<String> lines = PlainText.lines(paragraph);
        if (facts.acceptTable(lines)) {
            return List.of();
        }
        if (aboveRecipe && lines.size() == 1 && sourceUrl.isEmpty() && isBareLink(lines.get(0))) {
            sourceUrl = lines.get(0).strip();
            return List.of();
        }
        List<String> notes = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (!facts.accept(line) && !BodyFields.accept(line, fields)) {
                notes.add(line);
            }
        }
        return notes;
    }

    /**
     * Reads a paragraph of several lines that all state facts ("Prep Time: 10 minutes | Cook Time: 1 hour"
     * then "Servings: 1 loaf", as web pages clipped into a vault write them), wherever it stands; a
     * paragraph with any other line is left whole to its section. One line alone is its section's call.
     */
    boolean factsOnly(Paragraph paragraph) {
        List<String> lines = PlainText.lines(paragraph);
        if (lines.size() < 2 || !lines.stream().allMatch(new BodyFacts()::accept)) {
            return false;
        }
        lines.forEach(facts::accept);
        return true;
    }

    /**
     * Reads a paragraph of Dataview inline fields ({@code servings:: 4}, {@code cuisine:: italienne}),
     * one a line: metadata, read as front matter is, never a note.
     */
    boolean inlineFields(Paragraph paragraph) {
        if (NodeChars.of(paragraph.getChars()).indexOf("::") < 0) {
            return false;
        }
        List<String> lines = PlainText.lines(paragraph);
        Map<String, Object> read = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher field = INLINE_FIELD.matcher(line);
            if (!field.matches()) {
                return false;
            }
            read.putIfAbsent(field.group(1).strip(), field.group(2).strip());
        }
        read.forEach(fields::putIfAbsent);
        return true;
    }

    private static boolean isBareLink(String line) {
        String text = line.strip();
        return (text.startsWith("https://") || text.startsWith("http://")) && text.indexOf(' ') < 0;
    }
}
