package dev.commis.kitchen;

import dev.commis.kitchen.Span.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Adds up the quantities of one ingredient over several lines. Masses add to masses and volumes
 * to volumes whatever their units (g + kg, ml + cl + l, tbsp + tsp); counts add to the same count
 * (cloves to cloves, pinches to pinches); "2 × 400 g" adds to the same package size. A line that
 * gives its amount twice ("110g (½ cup)") counts in the words of the chosen system, or in those
 * that add up with the other lines. What still cannot add up stays side by side in one text, in
 * the order first met: "2 tbsp + 370 g".
 */
final class Tally {

    /** One line's quantity, multiplied out, with the bracketed equivalent it may offer. */
    private record Contribution(Reading reading, Span lead, Span equivalent, Span pack, double factor) {

        /** The words this line is counted in for {@code system}: the lead, or its equivalent in that system. */
        Span choose(UnitSystem system) {
            if (equivalent != null && system != UnitSystem.AS_WRITTEN
                    && lead.measure().unit().system() != system && equivalent.measure().unit().system() == system) {
                return equivalent;
            }
            return lead;
        }

        String bucket(Span span) {
            if (pack != null) {
                return "pack " + pack.measure().unit() + " " + pack.measure().amount().high();
            }
            Unit unit = span.measure().unit();
            return unit.isMeasure() ? unit.dimension().name() : unit.name();
        }
    }

    private final List<Contribution> contributions = new ArrayList<>();

    /** Adds the leading quantity of {@code reading}, multiplied by {@code factor}; a line without one adds nothing. */
    void add(Reading reading, double factor) {
        reading.lead().ifPresent(lead -> contributions.add(new Contribution(reading, lead,
                reading.find(Role.EQUIVALENT).orElse(null), reading.find(Role.PACK_SIZE).orElse(null), factor)));
    }

    /** The quantities written for {@code system}, joined with " + "; "" when no line had a quantity. */
    String text(UnitSystem system) {
        Optional<String> main = mainBucket(system);
        Map<String, Part> parts = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            Span chosen = c.choose(system);
            // "¾ cup (150g)" beside "220 g": count it in grams, where it adds up.
            if (main.isPresent() && !c.bucket(chosen).equals(main.get()) && c.equivalent() != null
                    && c.bucket(c.equivalent()).equals(main.get())) {
                chosen = c.equivalent();
            }
            Span span = chosen;
            parts.computeIfAbsent(c.bucket(span), key -> new Part(c.reading(), c.pack())).add(span, c.factor());
        }
        return parts.values().stream().map(part -> part.text(system)).collect(Collectors.joining(" + "));
    }

    /**
     * What the lines' real measures (not spoons, not counts) are counted in: the first dimension all
     * of them can give, through their lead or their equivalent, else the first one met.
     */
    private Optional<String> mainBucket(UnitSystem system) {
        List<Contribution> measured = contributions.stream()
                .filter(c -> c.pack() == null && isRealMeasure(c.choose(system)))
                .toList();
        List<String> candidates = new ArrayList<>();
        for (Contribution c : measured) {
            candidates.add(c.bucket(c.choose(system)));
            if (c.equivalent() != null) {
                candidates.add(c.bucket(c.equivalent()));
            }
        }
        return candidates.stream()
                .filter(bucket -> measured.stream().allMatch(c -> c.bucket(c.choose(system)).equals(bucket)
                        || c.equivalent() != null && c.bucket(c.equivalent()).equals(bucket)))
                .findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    private static boolean isRealMeasure(Span span) {
        return span.measure().unit().isMeasure() && !span.measure().unit().isSpoon();
    }

    /** The running total of one bucket, in base units, and how its first line wrote it. */
    private static final class Part {
        private final Writer writer;
        private final Reading first;
        private final Span packSize;
        private Amount total;
        private Unit unit;
        private Spelling.Written written;
        private String rangeMark = "";

        Part(Reading first, Span packSize) {
            this.first = first;
            this.packSize = packSize;
            this.writer = new Writer(first.language(), first.decimalMark());
        }

        void add(Span span, double factor) {
            Measure measure = span.measure().times(factor);
            Amount base = measure.amount().times(measure.unit().base());
            total = total == null ? base : total.plus(base);
            // Spoons give way to the first real measure: 1 tbsp + 250 ml of water is counted in ml.
            if (unit == null || unit.isSpoon() && !measure.unit().isSpoon()) {
                unit = measure.unit();
                written = span.unit();
            }
            if (rangeMark.isEmpty()) {
                rangeMark = span.rangeMark();
            }
        }

        String text(UnitSystem system) {
            if (packSize != null) {
                Measure count = Rounding.round(new Measure(total, Unit.EACH));
                Measure size = Fitting.packSize(packSize.measure(), system, first.language());
                return writer.write(count, null, rangeMark) + " × " + writer.write(size, packSize.unit(), "");
            }
            Measure sum = new Measure(total.times(1 / unit.base()), unit);
            return writer.write(Fitting.fit(sum, system, first.language()), written, rangeMark);
        }
    }
}
