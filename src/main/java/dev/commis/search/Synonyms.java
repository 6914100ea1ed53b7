package dev.commis.search;

import dev.commis.search.Concept.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises the concepts of {@link SynonymTable} in runs of stems: single words ("porc") and
 * phrases ("pommes de terre", "fruits-de-mer"), the longest phrase winning so that "pomme de
 * terre" is a potato and not an apple. Stopwords inside a phrase are skipped on both sides, so
 * "huile olive" still finds "huile d'olive". Immutable; safe from any thread.
 */
final class Synonyms {

    /** The stems {@code [start, end)} of a run name {@code concept}. */
    record Match(int start, int end, Concept concept) {
    }

    private record Form(String[] stems, Concept concept) {
    }

    /** Stopwords skipped in a row inside a phrase at most ("pomme de la terre" is not a phrase). */
    private static final int MAX_SKIPPED = 1;

    private static final Map<String, Concept> BY_KEY = new LinkedHashMap<>();
    private static final Map<String, Form[]> BY_FIRST_STEM = new HashMap<>();

    static {
        Map<String, Form> byText = new HashMap<>();
        SynonymTable.lines().forEach((kind, lines) -> lines.forEach(line -> read(kind, line, byText)));
        BY_KEY.values().stream().filter(c -> !c.broader().isEmpty() && !BY_KEY.containsKey(c.broader()))
                .findFirst().ifPresent(c -> {
                    throw new IllegalStateException(
                            "synonym table: '" + c.key() + "' is a case of unknown '" + c.broader() + "'");
                });
        Map<String, List<Form>> grouped = new HashMap<>();
        byText.values().forEach(form -> grouped.computeIfAbsent(form.stems()[0], k -> new ArrayList<>()).add(form));
        grouped.forEach((first, forms) -> {
            forms.sort(Comparator.comparingInt((Form form) -> form.stems().length).reversed());
            BY_FIRST_STEM.put(first, forms.toArray(Form[]::new));
        });
    }

    private Synonyms() {
    }

    /** The concept named {@code key} in the table. */
    static Optional<Concept> concept(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** The concept that the whole of {@code text} names ("Fruits de mer", "poireaux"), if any. */
    static Optional<Concept> lookup(String text) {
        List<String> stems = Tokens.stems(text);
        int first = 0;
        while (first < stems.size() && Tokens.isStopword(stems.get(first))) {
            first++;
        }
        Match match = first < stems.size() ? longestAt(stems, first) : null;
        return match != null && match.end() == stems.size() ? Optional.of(match.concept()) : Optional.empty();
    }

    /** The longest phrase of the table that starts at {@code stems[at]}, or null. */
    static Match longestAt(List<String> stems, int at) {
        Form[] forms = BY_FIRST_STEM.get(stems.get(at));
        if (forms == null) {
            return null;
        }
        for (Form form : forms) {
            int end = matchEnd(form.stems(), stems, at);
            if (end > 0) {
                return new Match(at, end, form.concept());
            }
        }
        return null;
    }

    /** The concept the single word {@code stem} names, or null. */
    static Concept wordConcept(String stem) {
        Form[] forms = BY_FIRST_STEM.get(stem);
        if (forms != null) {
            for (Form form : forms) {
                if (form.stems().length == 1) {
                    return form.concept();
                }
            }
        }
        return null;
    }

    /** Every phrase of {@code stems}, left to right, none overlapping. */
    static List<Match> scan(List<String> stems) {
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < stems.size()) {
            Match match = Tokens.isStopword(stems.get(i)) ? null : longestAt(stems, i);
            if (match == null) {
                i++;
            } else {
                found.add(match);
                i = match.end();
            }
        }
        return found;
    }

    /** {@code concept} and every broader concept it is a case of ("vegan", then "vegetarian"). */
    static List<Concept> withBroader(Concept concept) {
        List<Concept> chain = new ArrayList<>(2);
        for (Concept c = concept; c != null; c = BY_KEY.get(c.broader())) {
            chain.add(c);
        }
        return chain;
    }

    /** The index terms for {@code concept}: its own and those of every broader concept. */
    static List<String> termsOf(Concept concept) {
        return withBroader(concept).stream().map(Concept::term).toList();
    }

    private static int matchEnd(String[] form, List<String> stems, int at) {
        int j = at;
        for (int k = 1; k < form.length; k++) {
            j++;
            int skipped = 0;
            while (j < stems.size() && skipped < MAX_SKIPPED && Tokens.isStopword(stems.get(j))) {
                j++;
                skipped++;
            }
            if (j >= stems.size() || !stems.get(j).equals(form[k])) {
                return -1;
            }
        }
        return j + 1;
    }

    private static void read(Kind kind, String line, Map<String, Form> byText) {
        String[] parts = line.split("\\|");
        String[] names = parts[0].split(">");
        Concept concept = new Concept(names[0].trim(), kind, names.length > 1 ? names[1].trim() : "");
        if (BY_KEY.putIfAbsent(concept.key(), concept) != null) {
            throw new IllegalStateException("synonym table: concept '" + concept.key() + "' is defined twice");
        }
        for (String written : parts[1].split(",")) {
            String[] stems = Tokens.stems(written).stream().filter(s -> !Tokens.isStopword(s)).toArray(String[]::new);
            if (stems.length == 0) {
                throw new IllegalStateException("synonym table: '" + written.trim() + "' has no word of its own");
            }
            String text = String.join(" ", stems);
            Form previous = byText.putIfAbsent(text, new Form(stems, concept));
            if (previous != null && !previous.concept().equals(concept)) {
                throw new IllegalStateException("synonym table: '" + written.trim() + "' names both '"
                        + previous.concept().key() + "' and '" + concept.key() + "'");
            }
        }
    }
}
