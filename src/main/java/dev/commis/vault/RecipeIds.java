package dev.commis.vault;

import dev.commis.text.Folding;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * Derives a recipe's id from its path in the vault (DESIGN §1.3): a readable slug such as
 * {@code plats-pork-belly-burnt-ends}, at most {@value #MAX_LENGTH} ASCII characters, so that it
 * fits in Telegram's 64-byte callback data beside an action. Editing a file keeps its id;
 * renaming it changes it. When two paths give one id, {@link #disambiguated(String, Predicate)}
 * finds the second one an id that no other file has.
 */
public final class RecipeIds {

    /** Longest id; leaves room for an action and a step number in 64 bytes of callback data. */
    public static final int MAX_LENGTH = 40;

    private static final int HASH_LENGTH = 6;

    private RecipeIds() {
    }

    /** The id for {@code path} (relative, {@code /}-separated, with or without {@code .md}). */
    public static String of(String path) {
        String slug = slug(path);
        if (slug.isEmpty()) {
            return hashed("r", path);
        }
        return slug.length() <= MAX_LENGTH ? slug : hashed(slug, path);
    }

    /**
     * An id for {@code path} that differs from {@link #of(String)} and that {@code taken} refuses
     * not: used when two paths give the same id. The same path and the same taken ids always give
     * the same answer, so that ids stay stable from one load to the next.
     */
    public static String disambiguated(String path, Predicate<String> taken) {
        String own = of(path);
        String slug = slug(path);
        String head = slug.isEmpty() ? "r" : slug;
        for (int attempt = 1; ; attempt++) {
            // The hash input differs from of()'s, so that a long path (already hashed) gets a new hash.
            String candidate = hashed(head, path + '\u0000' + attempt);
            if (!candidate.equals(own) && !taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** {@link #disambiguated(String, Predicate)} when only the path's own id is to be avoided. */
    public static String disambiguated(String path) {
        return disambiguated(path, id -> false);
    }

    private static String slug(String path) {
        return Folding.key(withoutExtension(path)).replace('_', '-');
    }

    private static String hashed(String slug, String hashed) {
        CRC32 crc = new CRC32();
        crc.update(hashed.getBytes(StandardCharsets.UTF_8));
        String hash = String.format("%08x", crc.getValue()).substring(0, HASH_LENGTH);
        String head = slug.substring(0, Math.min(slug.length(), MAX_LENGTH - HASH_LENGTH - 1));
        return head + "-" + hash;
    }

    private static String withoutExtension(String path) {
        return path.regionMatches(true, path.length() - 3, ".md", 0, 3) ? path.substring(0, path.length() - 3) : path;
    }
}
