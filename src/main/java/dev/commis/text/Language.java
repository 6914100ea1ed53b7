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
}
