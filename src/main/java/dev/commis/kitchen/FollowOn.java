package dev.commis.kitchen;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a second timer that borrows the unit of the one before it: "bake 10 min, turn the tray,
 * then bake 5 more", "cook 3 minutes, flip and cook another 2", "cuire 10 min, retourner et cuire
 * encore 5". Only a bare number with "more", "further", "another", "encore" or "de plus", after a
 * verb that takes a time ("bake", "cook", "cuire", "for", "pendant") and closed by punctuation,
 * the end or a word that goes on with the sentence, is read: "add 2 more eggs", "then add 2 more"
 * and "ajouter encore 2" hold no timer.
 */
final class FollowOn {

    private static final Pattern MORE = Pattern.compile(
            "(?:another\\h+|encore\\h+)?(\\d{1,3}(?:[.,]\\d)?)(?:\\h+(?:more|further|extra|de\\h+plus))?"
                    + "(?=\\h*(?:[.,;:!?)]|$)|\\h+(?:until|or|then|and|before|to|if|jusqu|ou|puis|et|avant|si)(?!\\p{L}))",
            Scan.FLAGS);
    private static final int LOOK_BACK = 16;
    private static final Pattern TIMED_BEFORE = Pattern.compile(
            "(?<!\\p{L})(?:bake|cook|roast|simmer|boil|fry|grill|broil|steam|braise|poach|toast|sear|microwave"
                    + "|rest|chill|leave|stand|continue|knead|whisk|beat|blend|process|for"
                    + "|cuire|enfourner|mijoter|rôtir|griller|frire|bouillir|reposer|laisser|poursuivre|prolonger"
                    + "|continuer|pétrir|fouetter|mixer|pendant)\\h+$",
            Scan.FLAGS);
    private static final Pattern SAYS_MORE =
            Pattern.compile("another\\h|encore\\h|\\d[\\d.,]*\\h+(?:more|further|extra|de\\h+plus)", Scan.FLAGS);

    private FollowOn() {
    }

    /** The follow-on timer written at {@code from}, in the unit ({@code unitSeconds}) of the timer before it. */
    static Optional<DurationReader.Read> read(String text, int from, long unitSeconds) {
        char first = text.charAt(from);
        if (unitSeconds == 0 || !(Character.isDigit(first) || "aAeE".indexOf(first) >= 0)) {
            return Optional.empty();
        }
        // The cheap test first: this runs at every word after a timer.
        Matcher m = MORE.matcher(text).region(from, text.length());
        if (!m.lookingAt() || !SAYS_MORE.matcher(text).region(from, m.end()).lookingAt()
                || !TIMED_BEFORE.matcher(text).region(Math.max(0, from - LOOK_BACK), from).find()) {
            return Optional.empty();
        }
        long seconds = Math.round(Double.parseDouble(m.group(1).replace(',', '.')) * unitSeconds);
        return seconds < 1
                ? Optional.empty()
                : Optional.of(new DurationReader.Read(seconds, seconds, m.end(), unitSeconds));
    }
}
