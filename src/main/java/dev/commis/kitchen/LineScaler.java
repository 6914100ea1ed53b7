package dev.commis.kitchen;

import dev.commis.kitchen.Span.Role;
import dev.commis.text.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Rewrites the quantities {@link LineReader} found in one line, scaled and converted, and leaves
 * every other character where it was. A quantity whose shown value and unit do not change keeps
 * its text exactly ("2kg" stays "2kg" when nothing is to be done to it).
 */
final class LineScaler {

    private record Edit(int start, int end, String text) {
    }

    private final Reading reading;
    private final double factor;
    private final UnitSystem system;
    private final Writer writer;
    private final List<Edit> edits = new ArrayList<>();

    private LineScaler(Reading reading, double factor, UnitSystem system) {
        this.reading = reading;
        this.factor = factor;
        this.system = system;
        this.writer = new Writer(reading.language(), reading.decimalMark());
    }

    static String scale(String line, double factor, UnitSystem system) {
        Reading reading = LineReader.read(line);
        if (reading.lead().isEmpty()) {
            return line;
        }
        return new LineScaler(reading, factor, system).rewrite();
    }

    private String rewrite() {
        Span lead = reading.lead().orElseThrow();
        Optional<Span> equivalent = reading.find(Role.EQUIVALENT);
        if (equivalent.isPresent() && converts(lead) && inSystem(equivalent.get())) {
            // "110g (½ cup)" in IMPERIAL: the recipe already says it in cups; use its words.
            // At factor 1 the author's own figure ("113g") beats our rounding of it.
            Span eq = equivalent.get();
            Measure shown = factor == 1 ? eq.measure() : fit(eq, factor);
            String text = writer.write(shown, eq.unit(), eq.rangeMark());
            edits.add(new Edit(lead.start(), eq.outerEnd(), text));
        } else if (equivalent.isPresent() && inSystem(lead) && converts(equivalent.get())) {
            // "110g (½ cup)" in METRIC: the cups are the other system's words; drop them.
            change(lead, factor);
            edits.add(new Edit(equivalent.get().outerStart(), equivalent.get().outerEnd(), ""));
        } else {
            change(lead, factor);
            equivalent.ifPresent(eq -> change(eq, factor));
        }
        for (Span span : reading.spans()) {
            switch (span.role()) {
                case PACK_SIZE -> {
                    if (converts(span)) {
                        Measure size = Fitting.packSize(span.measure(), system, reading.language());
                        String text = writer.write(size, span.unit(), span.rangeMark());
                        edits.add(new Edit(span.start(), span.end(), text));
                    }
                }
                case ALTERNATIVE, TOTAL -> change(span, factor);
                default -> { }
            }
        }
        elide(lead);
        agree(lead);
        return apply();
    }

    /** "1 échalote" doubled is "2 échalotes": the counted noun follows its count's new number. */
    private void agree(Span lead) {
        boolean packed = reading.spans().stream().anyMatch(span -> span.role() == Span.Role.PACK_SIZE);
        if (lead.unit() != null || lead.measure().unit() != Unit.EACH || packed) {
            return;
        }
        Measure shown = fit(lead, factor);
        if (shown.sameAs(lead.measure()) || shown.unit() != Unit.EACH) {
            return;
        }
        double count = shown.amount().high();
        boolean plural = reading.language() == Language.FR ? count >= 2 : count > 1;
        NounAgreement.agree(reading.line(), pastBracket(reading.line(), lead.end()), plural, reading.language())
                .ifPresent(change -> edits.add(new Edit(change.start(), change.end(), change.text())));
    }

    /** Where the noun of "1 (14.5 oz) can" starts: past a bracket right after the count, if one is there. */
    private static int pastBracket(String line, int from) {
        int at = from;
        while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
            at++;
        }
        int close = at < line.length() && line.charAt(at) == '(' ? line.indexOf(')', at) : -1;
        return close < 0 ? from : close + 1;
    }

    /** "le jus d'1 citron" doubled is "le jus de 2 citrons": French elides "de" only before a vowel sound. */
    private void elide(Span lead) {
        String before = reading.line().substring(0, lead.start());
        if (!before.endsWith("d'") && !before.endsWith("d’")) {
            return;
        }
        edits.stream()
                .filter(edit -> edit.start() == lead.start() && !edit.text().isEmpty())
                .filter(edit -> "1½8".indexOf(edit.text().charAt(0)) < 0)
                .findFirst()
                .ifPresent(edit -> edits.add(new Edit(lead.start() - 1, lead.start(), "e ")));
    }

    private void change(Span span, double by) {
        if (by == 1 && !converts(span)) {
            return;
        }
        Measure shown = fit(span, by);
        if (!shown.sameAs(span.measure())) {
            edits.add(new Edit(span.start(), span.end(), writer.write(shown, span.unit(), span.rangeMark())));
        }
    }

    private boolean converts(Span span) {
        UnitSystem own = span.measure().unit().system();
        return system != UnitSystem.AS_WRITTEN && own != null && own != system;
    }

    private Measure fit(Span span, double by) {
        return Fitting.fit(span.measure().times(by), system, reading.language());
    }

    private boolean inSystem(Span span) {
        return system != UnitSystem.AS_WRITTEN && span.measure().unit().system() == system;
    }

    private String apply() {
        StringBuilder out = new StringBuilder(reading.line());
        edits.sort(Comparator.comparingInt(Edit::start).reversed());
        int limit = Integer.MAX_VALUE;
        for (Edit edit : edits) {
            // Spans never overlap, but a wrong reading must not scramble the line: skip, don't splice.
            if (edit.end() <= limit) {
                out.replace(edit.start(), edit.end(), edit.text());
                limit = edit.start();
            }
        }
        return out.toString();
    }
}
