package dev.commis.text;

import java.util.Locale;
import java.util.Optional;

/** The languages Commis speaks: French and English. */
public enum Language {
    FR, EN;

    /** The language's code as written in settings and chat commands: {@code fr} or {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a language code, case-insensitively; empty when it is neither {@code fr} nor {@code en}. */
    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language of a platform's language tag ({@code fr}, {@code fr-CA}, {@code en_US}, Telegram's
     * {@code language_code}, Discord's locale): its primary subtag, case-insensitively; empty for any other
     * language or none.
     */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.strip();
        int end = 0;
        while (end < primary.length() && Character.isLetter(primary.charAt(end))) {
            end++;
        }
        return end == 2 ? fromCode(primary.substring(0, end)) : Optional.empty();
    }
}
