package dev.commis.vault;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Detects and reverses mojibake: UTF-8 text that was once decoded as Mac Roman or Windows-1252
 * and saved again ({@code am√©ricaine} or {@code amÃ©ricaine} for {@code américaine}).
 *
 * <p>Every UTF-8 sequence for a non-ASCII character is two to four bytes of 0x80 or more, and
 * both legacy charsets map those bytes to non-ASCII characters. So the damage shows as runs of
 * two or more non-ASCII characters; each run is re-encoded in the suspected charset and kept
 * only where the bytes are valid UTF-8. Runs that do not reverse (real emoji, real accents) are
 * left alone, so a file that mixes good and damaged text is mended without harm.
 */
final class Mojibake {

    /** A charset that UTF-8 was wrongly decoded with. */
    enum Origin {
        MAC_ROMAN("Mac Roman", "x-MacRoman"),
        WINDOWS_1252("Windows-1252", "windows-1252");

        final String label;
        private final char[] byteToChar = new char[256];
        private final short[] charToByte = new short[Character.MAX_VALUE + 1];

        Origin(String label, String charsetName) {
            this.label = label;
            Charset charset = Charset.forName(charsetName);
            java.util.Arrays.fill(charToByte, (short) -1);
            for (int b = 0x80; b <= 0xFF; b++) {
                char c = new String(new byte[] {(byte) b}, charset).charAt(0);
                if (c == '\uFFFD') {
                    // Windows-1252 leaves five bytes undefined; sloppy decoders pass them through as C1 controls.
                    c = (char) b;
                }
                byteToChar[b] = c;
                charToByte[c] = (short) b;
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

    /** A repaired text, the charset it was damaged by, and how many runs were mended. */
    record Repair(String text, Origin origin, int runs) {
    }

    private Mojibake() {
    }

    /** Returns the repaired text when some run reverses cleanly, else empty. */
    static Optional<Repair> repair(String text) {
        if (!hasNonAsciiRun(text)) {
            return Optional.empty();
        }
        Repair best = null;
        for (Origin origin : Origin.values()) {
            Repair candidate = repairAs(text, origin);
            if (candidate.runs() > 0 && (best == null || candidate.runs() > best.runs())) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Repair repairAs(String text, Origin origin) {
        StringBuilder out = null;
        int runs = 0;
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
            String mended = reverse(text, start, i, origin);
            if (mended != null) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copiedUpTo, start).append(mended);
                copiedUpTo = i;
                runs++;
            }
        }
        if (out == null) {
            return new Repair(text, origin, 0);
        }
        out.append(text, copiedUpTo, text.length());
        return new Repair(out.toString(), origin, runs);
    }

    /** Re-encodes {@code text[start, end)} in {@code origin} and decodes it as UTF-8; null when it does not reverse. */
    private static String reverse(String text, int start, int end, Origin origin) {
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
        try {
            CharBuffer decoded = utf8.decode(ByteBuffer.wrap(bytes));
            String result = decoded.toString();
            return looksLikeText(result) ? result : null;
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** Refuses results that are no better than the input: control characters or unassigned code points. */
    private static boolean looksLikeText(String s) {
        return s.codePoints().noneMatch(cp -> Character.isISOControl(cp) || !Character.isDefined(cp));
    }

    private static boolean hasNonAsciiRun(String text) {
        boolean previousNonAscii = false;
        for (int i = 0; i < text.length(); i++) {
            boolean nonAscii = text.charAt(i) >= 0x80;
            if (nonAscii && previousNonAscii) {
                return true;
            }
            previousNonAscii = nonAscii;
        }
        return false;
    }
}
