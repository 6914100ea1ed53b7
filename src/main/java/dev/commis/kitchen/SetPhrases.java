package dev.commis.kitchen;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The durations written without a number, French and English: "une demi-heure", "un quart
 * d'heure", "trois quarts d'heure", "half an hour", "a quarter of an hour", and a night
 * ("overnight", "toute la nuit", "la veille", "jusqu'au lendemain").
 */
final class SetPhrases {

    private record Phrase(Pattern pattern, long seconds) {
    }

    /** A night: eight hours, the time to set when a step says to leave something overnight. */
    static final long NIGHT = 8 * 3600;
    private static final List<Phrase> PHRASES = List.of(
            phrase("une\\h+(?:(?:bonne|petite)\\h+)?demie?[-\\h]heure", 1800),
            phrase("(?:un|1)\\h+(?:(?:bon|petit)\\h+)?quart\\h+d['’]\\h?heure", 900),
            phrase("(?:trois|3)\\h+quarts\\h+d['’]\\h?heure", 2700),
            phrase("(?:a\\h+(?:good\\h+)?)?half(?:[-\\h]an)?[-\\h]hour", 1800),
            phrase("(?:a\\h+)?quarter(?:\\h+of)?(?:\\h+an)?[-\\h]hour", 900),
            phrase("three[-\\h]quarters(?:\\h+of)?(?:\\h+an)?[-\\h]hour", 2700),
            // "jusqu'au lendemain", "until the next day": left to the next morning, a night; "le
            // lendemain" alone is when to serve, and stays out.
            phrase("over\\h?night|all\\h+night(?:\\h+long)?|the\\h+night\\h+before"
                    + "|until\\h+the\\h+(?:next|following)\\h+(?:day|morning)"
                    + "|jusqu['’]\\h?au\\h+lendemain(?:\\h+matin)?"
                    + "|(?:toute\\h+)?(?:la|une)\\h+(?:nuit(?:\\h+enti[eè]re)?|veille)", NIGHT));

    private SetPhrases() {
    }

    /** The set phrase written at {@code from}: its seconds and where it ends. */
    static Optional<DurationReader.Single> read(String text, int from) {
        for (Phrase phrase : PHRASES) {
            Matcher m = phrase.pattern().matcher(text).region(from, text.length());
            if (m.lookingAt()) {
                return Optional.of(new DurationReader.Single(phrase.seconds(), null, m.end()));
            }
        }
        return Optional.empty();
    }

    private static Phrase phrase(String regex, long seconds) {
        return new Phrase(Pattern.compile(regex + Scan.END, Scan.FLAGS), seconds);
    }
}
