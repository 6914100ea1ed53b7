package dev.commis.vault;

import dev.commis.text.Folding;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Derives a recipe's id from its path in the vault (DESIGN §1.3): a readable slug such as
 * {@code plats-pork-belly-burnt-ends}, at most {@value #MAX_LENGTH} ASCII characters, so that it
 * fits in Telegram's 64-byte callback data beside an action. Editing a file keeps its id;
 * renaming it changes it.
 */
public final class RecipeIds {

    /** Longest id; leaves room for an action and a step number in 64 bytes of callback data. */
    public static final int MAX_LENGTH = 40;

    private static final int HASH_LENGTH = 6;

    private RecipeIds() {
    }

    /** The id for {@code path} (relative, {@code /}-separated, with or without {@code .md}). */
    public static String of(String path) {
        String slug = Folding.key(withoutExtension(path)).replace('_', '-');
        if (slug.isEmpty()) {
            return hashed("r", path);
        }
        return slug.length() <= MAX_LENGTH ? slug : hashed(slug, path);
    }

    /** An id for {@code path} that differs from {@link #of(String)}: used when two paths fold to the same slug. */
    public static String disambiguated(String path) {
        return hashed(of(path), path);
    }

    private static String hashed(String slug, String path) {
        CRC32 crc = new CRC32();
        crc.update(path.getBytes(StandardCharsets.UTF_8));
        String hash = String.format("%08x", crc.getValue()).substring(0, HASH_LENGTH);
        String head = slug.substring(0, Math.min(slug.length(), MAX_LENGTH - HASH_LENGTH - 1));
        return head + "-" + hash;
    }

    private static String withoutExtension(String path) {
        return path.regionMatches(true, path.length() - 3, ".md", 0, 3) ? path.substring(0, path.length() - 3) : path;
    }
}
