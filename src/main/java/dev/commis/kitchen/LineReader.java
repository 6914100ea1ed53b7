package dev.commis.kitchen;

import dev.commis.kitchen.Span.Role;
import dev.commis.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities of one ingredient line: the leading one ("2kg", "1 ½ cups", "une pincée",
 * "2 × 400 g"), a bracketed equivalent right after it ("(½ cup)"), alternatives after "or", "ou",
 * "plus", "+" or "mixed with", and bracketed approximate totals ("(about 400g)"). Numbers anywhere
 * else in the line ("3cm cubes", "180°C", "de 1,8 à 2 kg") describe the ingredient and are not read.
 */
final class LineReader {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String SP = "[\\s\\u00a0\\u202f]";
    private static final String ABOUT = "(?:about|around|approx\\.?|approximately|roughly|environ|env\\.|~|ca\\.)";

    private static final Pattern LEAD_IN = Pattern.compile(ABOUT + SP + "*"
            + "|(?:the" + SP + "+)?(?:juice|zest)(?:" + SP + "+and" + SP + "+(?:juice|zest))?"
            + SP + "+of" + SP + "+"
            + "|(?:les?" + SP + "+)?(?:jus|zeste)(?:" + SP + "+et" + SP + "+(?:le" + SP + "+)?(?:jus|zeste))?"
            + SP + "+(?:de" + SP + "+|d['’])", FLAGS);
    private static final Pattern RANGE = Pattern.compile(
            SP + "*[-–—]" + SP + "*|" + SP + "+(?:à|to|or|ou)" + SP + "+", FLAGS);
    private static final Pattern ARTICLE = Pattern.compile("an?" + SP + "+", FLAGS);
    private static final Pattern PACK = Pattern.compile(SP + "*[x×]" + SP + "*(?=\\d)", FLAGS);
    private static final Pattern UNIT_GAP = Pattern.compile(SP + "*(?:de" + SP + "+)?", FLAGS);
    private static final Pattern BRACKET_OPEN = Pattern.compile(SP + "*\\(" + SP + "*(" + ABOUT + SP + "*)?", FLAGS);
    private static final Pattern BRACKET_CLOSE = Pattern.compile(SP + "*\\)");
    private static final Pattern SLASH = Pattern.compile(SP + "*/" + SP + "*");
    private static final Pattern CONNECTOR = Pattern.compile("(?<=^|[\\s(\\u00a0])(?:\\+" + SP + "*|(?:plus|ou|or"
            + "|m[ée]lang[ée]e?s?" + SP + "+(?:à|a|avec)|mixed" + SP + "+with)" + SP + "+)", FLAGS);
    private static final Pattern NEXT_WORD = Pattern.compile(SP + "+(\\p{L}+)");
    private static final Pattern FRENCH_WORDS = Pattern.compile(
            "(?:^|\\s)(?:de|du|des|et|ou|une?|à|au|aux|pour|avec)\\s|\\sd['’]");
    private static final Pattern DECIMAL = Pattern.compile("\\d([.,])\\d");

    /** An amount read at some index: where it starts and ends, and how it was written. */
    private record Read(Amount amount, int start, int end, String rangeMark, char mark, boolean word) {
    }

    private LineReader() {
    }

    /** Reads {@code line}; a line without a leading quantity gives a reading with no spans. */
    static Reading read(String line) {
        List<Span> spans = new ArrayList<>();
        int nameStart = leadSpans(line, spans);
        if (!spans.isEmpty()) {
            alternatives(line, nameStart, spans);
            totals(line, nameStart, spans);
        }
        Language language = language(line, spans);
        return new Reading(line, spans, nameStart, language, decimalMark(line, language));
    }

    /** Adds the lead (and its equivalent or pack size) to {@code spans}; returns where the name starts. */
    private static int leadSpans(String line, List<Span> spans) {
        int pos = skip(line, 0);
        Matcher leadIn = LEAD_IN.matcher(line).region(pos, line.length());
        if (leadIn.lookingAt()) {
            pos = leadIn.end();
        }
        Matcher article = ARTICLE.matcher(line).region(pos, line.length());
        if (article.lookingAt()) {
            // "a pinch", "a cup": an article counts only in front of a unit ("a few drops" is no quantity).
            Optional<Spelling.Match> unit = Spelling.read(line, article.end());
            int start = pos;
            unit.ifPresent(u -> spans.add(new Span(Role.LEAD, start, u.end(),
                    Measure.of(1, u.written().spelling().unit()), u.written(), "", start, u.end())));
            return unit.map(Spelling.Match::end).orElse(0);
        }
        Optional<Read> found = amount(line, pos, true);
        if (found.isEmpty() || found.get().word() && nextWordIs(line, found.get().end(), "peu")) {
            return 0;
        }
        Read amount = found.get();
        Matcher pack = PACK.matcher(line).region(amount.end(), line.length());
        if (pack.lookingAt()) {
            Optional<Span> size = measure(line, pack.end(), false, Role.PACK_SIZE);
            if (size.isPresent()) {
                spans.add(count(amount, Role.LEAD));
                spans.add(size.get());
                return size.get().end();
            }
        }
        Optional<Span> measure = unitAfter(line, amount, Role.LEAD)
                .map(lead -> withOunces(line, lead))
                .map(lead -> withRangeEnd(line, lead));
        if (measure.isPresent()) {
            spans.add(measure.get());
            Optional<Span> equivalent = bracket(line, measure.get().end(), false)
                    .or(() -> slashed(line, measure.get().end()));
            equivalent.ifPresent(eq -> spans.add(eq.withRole(Role.EQUIVALENT, measure.get().end(), eq.outerEnd())));
            return equivalent.map(Span::outerEnd).orElse(measure.get().end());
        }
        if (endsCount(line, amount.end())) {
            spans.add(count(amount, Role.LEAD));
            return amount.end();
        }
        return 0;
    }

    /** "1 lb 2 oz" is one amount: 18 oz. */
    private static Span withOunces(String line, Span lead) {
        if (lead.measure().unit() != Unit.LB || lead.measure().amount().isRange()) {
            return lead;
        }
        int at = skip(line, lead.end());
        Optional<Span> ounces = at == lead.end() ? Optional.empty() : measure(line, at, false, Role.LEAD);
        if (ounces.isEmpty() || ounces.get().measure().unit() != Unit.OZ || ounces.get().measure().amount().isRange()) {
            return lead;
        }
        double total = lead.measure().in(Unit.OZ).amount().high() + ounces.get().measure().amount().high();
        return new Span(Role.LEAD, lead.start(), ounces.get().end(), Measure.of(total, Unit.OZ),
                ounces.get().unit(), "", lead.start(), ounces.get().end());
    }

    /** "100g-150g" is one range, written with its unit twice. */
    private static Span withRangeEnd(String line, Span lead) {
        Matcher range = RANGE.matcher(line).region(lead.end(), line.length());
        if (lead.measure().amount().isRange() || !range.lookingAt()) {
            return lead;
        }
        Optional<Span> end = measure(line, range.end(), false, Role.LEAD);
        if (end.isEmpty() || end.get().measure().unit() != lead.measure().unit()
                || end.get().measure().amount().low() <= lead.measure().amount().high()) {
            return lead;
        }
        Amount both = new Amount(lead.measure().amount().low(), end.get().measure().amount().high());
        return new Span(Role.LEAD, lead.start(), end.get().end(), new Measure(both, lead.measure().unit()),
                end.get().unit(), range.group(), lead.start(), end.get().end());
    }

    private static void alternatives(String line, int from, List<Span> spans) {
        Matcher connector = CONNECTOR.matcher(line);
        int at = from;
        while (at < line.length() && connector.find(at)) {
            Optional<Read> amount = amount(line, connector.end(), true);
            Optional<Span> measure = amount.flatMap(a -> unitAfter(line, a, Role.ALTERNATIVE));
            if (measure.isEmpty() && amount.isPresent() && endsCount(line, amount.get().end())
                    && !nextWordIs(line, amount.get().end(), "peu")) {
                measure = Optional.of(count(amount.get(), Role.ALTERNATIVE));
            }
            int start = connector.start();
            measure.ifPresent(span -> spans.add(span.withRole(Role.ALTERNATIVE, start, span.end())));
            at = Math.max(connector.end(), at + 1);
        }
    }

    private static void totals(String line, int from, List<Span> spans) {
        for (int i = line.indexOf('(', from); i >= 0; i = line.indexOf('(', i + 1)) {
            int open = i;
            bracket(line, i, true).ifPresent(span -> spans.add(span.withRole(Role.TOTAL, open, span.outerEnd())));
        }
    }

    /**
     * The same amount in the other system after a slash, as British recipes write it: "200g/7oz", "1 cup / 240 ml".
     * A measure only ("2/3" was read as a fraction before this is asked).
     */
    private static Optional<Span> slashed(String line, int from) {
        Matcher slash = SLASH.matcher(line).region(from, line.length());
        if (!slash.lookingAt()) {
            return Optional.empty();
        }
        return measure(line, slash.end(), false, Role.EQUIVALENT)
                .filter(other -> other.measure().unit().isMeasure())
                .map(other -> other.withRole(Role.EQUIVALENT, from, other.end()));
    }

    /** A bracket at {@code from} that holds nothing but a mass or volume, "about" first when required. */
    private static Optional<Span> bracket(String line, int from, boolean aboutRequired) {
        Matcher open = BRACKET_OPEN.matcher(line).region(from, line.length());
        if (!open.lookingAt() || aboutRequired && open.group(1) == null) {
            return Optional.empty();
        }
        Optional<Span> inside = measure(line, open.end(), false, Role.EQUIVALENT);
        if (inside.isEmpty() || !inside.get().measure().unit().isMeasure()) {
            return Optional.empty();
        }
        Matcher close = BRACKET_CLOSE.matcher(line).region(inside.get().end(), line.length());
        return close.lookingAt()
                ? Optional.of(inside.get().withRole(Role.EQUIVALENT, from, close.end()))
                : Optional.empty();
    }

    private static Optional<Span> measure(String line, int from, boolean words, Role role) {
        return amount(line, from, words).flatMap(amount -> unitAfter(line, amount, role));
    }

    private static Optional<Span> unitAfter(String line, Read amount, Role role) {
        Matcher gap = UNIT_GAP.matcher(line).region(amount.end(), line.length());
        int at = gap.lookingAt() ? gap.end() : amount.end();
        return Spelling.read(line, at).map(unit -> new Span(role, amount.start(), unit.end(),
                new Measure(amount.amount(), unit.written().spelling().unit()), unit.written(),
                amount.rangeMark(), amount.start(), unit.end()));
    }

    private static Span count(Read amount, Role role) {
        return new Span(role, amount.start(), amount.end(), new Measure(amount.amount(), Unit.EACH), null,
                amount.rangeMark(), amount.start(), amount.end());
    }

    /** A number or a range ("2-3", "2 à 3", "½-1") at {@code from}. */
    private static Optional<Read> amount(String line, int from, boolean words) {
        Optional<Numbers.Read> first = words ? Numbers.any(line, from) : Numbers.digits(line, from);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Numbers.Read low = first.get();
        boolean word = Character.isLetter(line.charAt(from));
        Matcher range = RANGE.matcher(line).region(low.end(), line.length());
        if (range.lookingAt()) {
            Optional<Numbers.Read> second = word ? Numbers.any(line, range.end()) : Numbers.digits(line, range.end());
            if (second.isPresent() && second.get().value() > low.value()) {
                char mark = low.decimalMark() != 0 ? low.decimalMark() : second.get().decimalMark();
                return Optional.of(new Read(new Amount(low.value(), second.get().value()), from, second.get().end(),
                        range.group(), mark, word));
            }
        }
        return Optional.of(new Read(Amount.of(low.value()), from, low.end(), "", low.decimalMark(), word));
    }

    /** Whether a number ending at {@code end} counts things: followed by a word or a bracket, or by nothing. */
    private static boolean endsCount(String line, int end) {
        if (end == line.length()) {
            return true;
        }
        int next = skip(line, end);
        if (next == end) {
            return false;
        }
        if (next == line.length()) {
            return true;
        }
        char c = line.charAt(next);
        return Character.isLetter(c) || c == '(' || c == '«' || c == '"';
    }

    private static boolean nextWordIs(String line, int from, String word) {
        Matcher m = NEXT_WORD.matcher(line).region(from, line.length());
        return m.lookingAt() && m.group(1).equalsIgnoreCase(word);
    }

    private static int skip(String line, int from) {
        int i = from;
        while (i < line.length() && (Character.isWhitespace(line.charAt(i)) || Character.isSpaceChar(line.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static Language language(String line, List<Span> spans) {
        for (Span span : spans) {
            if (span.unit() != null && span.unit().spelling().language() != null) {
                return span.unit().spelling().language();
            }
        }
        Matcher decimal = DECIMAL.matcher(line);
        if (decimal.find() && decimal.group(1).equals(",")) {
            return Language.FR;
        }
        return FRENCH_WORDS.matcher(line.toLowerCase(Locale.ROOT)).find() ? Language.FR : Language.EN;
    }

    private static char decimalMark(String line, Language language) {
        Matcher decimal = DECIMAL.matcher(line);
        if (decimal.find()) {
            return decimal.group(1).charAt(0);
        }
        return language == Language.FR ? ',' : '.';
    }
}
