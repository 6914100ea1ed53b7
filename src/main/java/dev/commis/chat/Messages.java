package dev.commis.chat;

import dev.commis.text.Language;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words Commis says, in French or English, from {@code messages_fr.properties} and
 * {@code messages_en.properties} beside this class. Patterns are {@link MessageFormat}s; the
 * French ones use the typographic apostrophe (’), which MessageFormat leaves alone.
 */
public final class Messages {

    private static final Map<Language, Messages> ALL = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            ALL.put(language, new Messages(language));
        }
    }

    private final Language language;
    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language.code());
        this.bundle = ResourceBundle.getBundle("dev.commis.chat.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Language language) {
        return ALL.get(language);
    }

    public Language language() {
        return language;
    }

    /** The message {@code key} with {@code args} put in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message '" + key + "' in " + language.code(), e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Whether {@code key} exists, for optional words such as a command's French alias help. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every key, for the test that checks both languages say everything. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
