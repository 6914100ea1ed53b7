package dev.commis.vault;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Detects and reverses mojibake: UTF-8 text that was once (or twice) decoded as Mac Roman,
 * Windows-1252 or ISO-8859-1 and saved again ({@code am√©ricaine} or {@code amÃ©ricaine} for
 * {@code américaine}), and never changes valid French or English text.
 *
 * <p>Every UTF-8 sequence for a non-ASCII character is two to four bytes of 0x80 or more, and
 * the legacy charsets map those bytes to non-ASCII characters. So the damage shows as runs of two
 * or more non-ASCII characters, one of which stands for a UTF-8 lead byte followed by one for a
 * continuation byte; a text without such a pair is given back at once. Each run is re-encoded in
 * the suspected charset and replaced only when its bytes are valid UTF-8 <em>and</em> every
 * character they give is one French or English text uses (Latin letters, typographic punctuation,
 * symbols, emoji). That last check is what keeps {@code jusqu’à} (Mac Roman bytes of an Armenian
 * letter) and {@code « à »} as written.
 */
final class Mojibake {

    /** A charset that UTF-8 was wrongly decoded with. */
    enum Origin {
        MAC_ROMAN("Mac Roman", "x-MacRoman"),
        WINDOWS_1252("Windows-1252", "windows-1252");

        final String label;
        private final short[] charToByte = new short[Character.MAX_VALUE + 1];

        Origin(String label, String charsetName) {
            this.label = label;
            Charset charset = Charset.forName(charsetName);
            Arrays.fill(charToByte, (short) -1);
            if (charsetName.equals("windows-1252")) {
                // ISO-8859-1 and sloppy decoders give C1 controls for 0x80-0x9F: the same bytes back.
                for (int b = 0x80; b <= 0x9F; b++) {
                    charToByte[b] = (short) b;
                }
            }
            for (int b = 0x80; b <= 0xFF; b++) {
                char c = new String(new byte[] {(byte) b}, charset).charAt(0);
                if (c != '\uFFFD') {
                    charToByte[c] = (short) b;
                }
            }
            if (charsetName.equals("x-MacRoman")) {
                // Mac Roman's 0xF0 is the Apple logo (U+F8FF, private use); tools often lose it as U+FFFD.
                // It is the lead byte of every 4-byte UTF-8 sequence, that is of most emoji.
                charToByte['\uFFFD'] = 0xF0;
            }
        }

        int byteFor(char c) {
            return charToByte[c];
        }
    }

    /**
     * A repaired text, the charset it was damaged by, how many runs were mended, and whether the
     * repair is certain: no run that looks damaged was left as it was.
     */
    record Repair(String text, Origin origin, int runs, boolean certain) {
    }

    /** Twice-damaged text ({@code ÃƒÂ©}) takes two passes; a third would be a coincidence. */
    private static final int MAX_PASSES = 3;
    private static final boolean[] LEAD = new boolean[Character.MAX_VALUE + 1];
    private static final boolean[] CONTINUATION = new boolean[Character.MAX_VALUE + 1];

    static {
        for (Origin origin : Origin.values()) {
            for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
                int b = origin.byteFor((char) c);
                LEAD[c] |= b >= 0xC2 && b <= 0xF4;
                CONTINUATION[c] |= b >= 0x80 && b <= 0xBF;
            }
        }
    }

    private Mojibake() {
    }

    /** Returns the repaired text when some damaged run reverses into plausible text, else empty. */
    static Optional<Repair> repair(String text) {
        Repair done = null;
        String current = text;
        for (int pass = 0; pass < MAX_PASSES && mayBeDamaged(current); pass++) {
            Repair best = null;
            for (Origin origin : Origin.values()) {
                Repair candidate = repairAs(current, origin);
                if (candidate.runs() > 0 && (best == null || candidate.runs() > best.runs())) {
                    best = candidate;
                }
            }
            if (best == null) {
                break;
            }
            done = done == null ? best
                    : new Repair(best.text(), done.origin(), done.runs(), best.certain());
            current = best.text();
        }
        return Optional.ofNullable(done);
    }

    /** The cheap pass: whether some character that may stand for a lead byte is followed by one for a continuation byte. */
    static boolean mayBeDamaged(String text) {
        for (int i = 0, last = text.length() - 1; i < last; i++) {
            if (LEAD[text.charAt(i)] && CONTINUATION[text.charAt(i + 1)]) {
                return true;
            }
        }
        return false;
    }

    private static Repair repairAs(String text, Origin origin) {
        StringBuilder out = null;
        int runs = 0;
        boolean leftDamaged = false;
        int copiedUpTo = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) < 0x80) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && text.charAt(i) >= 0x80) {
                i++;
            }
            if (i - start < 2) {
                continue;
            }
            String mended = reverse(text, start, i, origin, 0);
            if (mended == null) {
                leftDamaged |= mayBeDamaged(text.substring(start, i));
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copiedUpTo, start).append(mended);
            copiedUpTo = i;
            runs++;
        }
        if (out == null) {
            return new Repair(text, origin, 0, false);
        }
        out.append(text, copiedUpTo, text.length());
        return new Repair(out.toString(), origin, runs, !leftDamaged);
    }

    /**
     * Re-encodes {@code text[start, end)} in {@code origin} and decodes it as UTF-8; null when it
     * does not reverse into plausible text. A result that is not plausible yet is tried once more:
     * text damaged twice through ISO-8859-1 is C1 controls after one reversal.
     */
    private static String reverse(String text, int start, int end, Origin origin, int depth) {
        byte[] bytes = new byte[end - start];
        for (int i = start; i < end; i++) {
            int b = origin.byteFor(text.charAt(i));
            if (b < 0) {
                return null;
            }
            bytes[i - start] = (byte) b;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String result;
        try {
            result = utf8.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
        if (PlausibleText.isPlausible(result)) {
            return result;
        }
        return depth == 0 && result.length() >= 2 ? reverse(result, 0, result.length(), origin, depth + 1) : null;
    }
}
