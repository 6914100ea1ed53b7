package dev.commis.vault;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a recipe file's bytes into text: UTF-8 with or without a byte-order mark, UTF-16 with
 * one, legacy Windows-1252 files read as such, mojibake reversed (never valid text: see
 * {@link Mojibake}), line endings made {@code \n}. Every repair is reported as a warning so that
 * the user can fix the file for good.
 */
final class RecipeText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text and the warnings about how it had to be repaired (empty when it was fine). */
    record Decoded(String text, List<String> repairs) {
        boolean repaired() {
            return !repairs.isEmpty();
        }
    }

    private RecipeText() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @throws RecipeFormatException when the bytes are not text at all
     */
    static Decoded decode(byte[] bytes) throws RecipeFormatException {
        List<String> repairs = new ArrayList<>(1);
        Charset utf16 = utf16ByBom(bytes);
        String text;
        if (utf16 != null) {
            text = strictly(utf16, bytes, 2).orElseThrow(() -> new RecipeFormatException(0,
                    "this file starts like UTF-16 text but is not; recipes must be Markdown text saved as UTF-8"));
        } else {
            int offset = hasUtf8Bom(bytes) ? 3 : 0;
            var utf8 = strictly(StandardCharsets.UTF_8, bytes, offset);
            if (utf8.isPresent()) {
                text = utf8.get();
            } else {
                if (looksBinary(bytes)) {
                    throw new RecipeFormatException(0, "this is not a text file (it holds binary data); "
                            + "recipes must be Markdown text saved as UTF-8");
                }
                text = new String(bytes, WINDOWS_1252);
                repairs.add("not saved as UTF-8: read as Windows-1252; save it as UTF-8 to keep it that way");
            }
        }
        if (text.indexOf('\0') >= 0) {
            throw new RecipeFormatException(0, "this is not a text file (it holds NUL characters); "
                    + "recipes must be Markdown text saved as UTF-8");
        }
        // Mojibake is made of non-ASCII characters: a file of ASCII bytes has none to look for.
        var repair = isAscii(bytes) ? Optional.<Mojibake.Repair>empty() : Mojibake.repair(text);
        if (repair.isPresent()) {
            text = repair.get().text();
            // Saving is advised only when nothing that looks damaged was left: else the user checks first.
            repairs.add("repaired text that had been decoded as " + repair.get().origin().label
                    + " (" + repair.get().runs() + " places, e.g. accents); " + (repair.get().certain()
                    ? "save the file to keep the repair"
                    : "some places could not be repaired: check the file and correct it by hand"));
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return new Decoded(text, List.copyOf(repairs));
    }

    /** The bytes from {@code offset} decoded as {@code charset}, or empty when they are not valid in it. */
    private static Optional<String> strictly(Charset charset, byte[] bytes, int offset) {
        if (charset == StandardCharsets.UTF_8) {
            // The JDK's own String decoding is several times cheaper than a CharsetDecoder; it marks
            // invalid bytes with U+FFFD, so only a text holding one needs the strict decoder's verdict.
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return Optional.of(text);
            }
        }
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException invalid) {
            return Optional.empty();
        }
    }

    /** UTF-16 as Windows' Notepad saves "Unicode" text: always with a byte-order mark. */
    private static Charset utf16ByBom(byte[] bytes) {
        if (bytes.length < 2) {
            return null;
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        if (first == 0xFF && second == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return first == 0xFE && second == 0xFF ? StandardCharsets.UTF_16BE : null;
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
