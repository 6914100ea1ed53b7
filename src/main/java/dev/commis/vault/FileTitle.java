package dev.commis.vault;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The title a recipe file's path gives when nothing inside it does: the file name without its
 * extension ({@code .md}, {@code .markdown}); for a Hugo page bundle ({@code pain-perdu/index.md})
 * the folder's name; for a Jekyll post ({@code _posts/2023-03-14-lemon-posset.md}) the name
 * without its date. A slug ("lemon-posset") reads as words ("Lemon posset"), as those sites show it.
 */
final class FileTitle {

    private static final Pattern JEKYLL_DATE = Pattern.compile("^\\d{4}-\\d{1,2}-\\d{1,2}-(?=.)");
    private static final Pattern SLUG = Pattern.compile("^[\\p{Ll}\\d]+(?:[-_][\\p{Ll}\\d]+)+$");

    private FileTitle() {
    }

    static String of(String path) {
        String[] parts = path.split("/");
        String name = withoutExtension(parts[parts.length - 1]);
        boolean bundle = parts.length > 1 && (name.equalsIgnoreCase("index") || name.equalsIgnoreCase("_index")
                || name.equalsIgnoreCase("readme"));
        if (bundle) {
            return words(parts[parts.length - 2]);
        }
        var dated = JEKYLL_DATE.matcher(name);
        return dated.lookingAt() ? words(name.substring(dated.end())) : name;
    }

    /** Whether {@code name} is a recipe file's name: Markdown, as {@code .md} or {@code .markdown}. */
    static boolean isMarkdown(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    static String withoutExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".markdown")) {
            return name.substring(0, name.length() - ".markdown".length());
        }
        return lower.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private static String words(String slug) {
        if (!SLUG.matcher(slug).matches()) {
            return slug;
        }
        String spaced = slug.replace('-', ' ').replace('_', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
