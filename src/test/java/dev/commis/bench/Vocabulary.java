package dev.commis.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The word lists of the made-up recipes: sections {@code [name]} of {@value #RESOURCE}, one entry a line. */
final class Vocabulary {

    static final String RESOURCE = "/bench/vocabulary.txt";

    private static final Map<String, List<String>> SECTIONS = read(text(RESOURCE));

    private Vocabulary() {
    }

    /** The entries of {@code [name]}, or of {@code [name.fr]} or {@code [name.en]} for words of one language. */
    static List<String> list(String name, boolean french) {
        List<String> entries = SECTIONS.getOrDefault(name, SECTIONS.get(name + (french ? ".fr" : ".en")));
        return Objects.requireNonNull(entries, () -> "no section [" + name + "] in " + RESOURCE);
    }

    /** A UTF-8 text resource of the test class path. */
    static String text(String resource) {
        try (InputStream in = Objects.requireNonNull(Vocabulary.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Sections and their entries; blank lines and {@code #} comments are skipped. */
    private static Map<String, List<String>> read(String text) {
        Map<String, List<String>> sections = new HashMap<>();
        List<String> entries = new ArrayList<>();
        for (String line : text.split("\n")) {
            line = line.strip();
            if (line.startsWith("[") && line.endsWith("]")) {
                entries = new ArrayList<>();
                sections.put(line.substring(1, line.length() - 1), entries);
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                entries.add(line);
            }
        }
        return sections;
    }
}
