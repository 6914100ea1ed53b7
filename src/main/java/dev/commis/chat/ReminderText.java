package dev.commis.chat;

import dev.commis.text.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A reminder's words in every language, kept in one stored string, so that a reminder is said
 * in the chat's language when it goes off rather than in the one of the moment it was set
 * ({@code /lang} may change in between). A text stored before this existed, or written by
 * hand, has no marks and reads the same in every language.
 */
public final class ReminderText {

    /** Starts a text in every language; control characters that no message or recipe contains. */
    private static final char START = '\u0001';
    private static final char NEXT = '\u0002';

    private ReminderText() {
    }

    /** The text {@code words} gives in each language, as one string to store. */
    public static String of(Function<Messages, String> words) {
        StringBuilder stored = new StringBuilder().append(START);
        for (Language language : Language.values()) {
            if (language.ordinal() > 0) {
                stored.append(NEXT);
            }
            stored.append(clean(words.apply(Messages.of(language))));
        }
        return stored.toString();
    }

    /** The stored {@code text} in {@code language}. */
    public static String in(String text, Language language) {
        if (text.isEmpty() || text.charAt(0) != START) {
            return text;
        }
        String[] parts = text.substring(1).split(String.valueOf(NEXT), -1);
        Map<Language, String> byLanguage = new EnumMap<>(Language.class);
        for (int i = 0; i < parts.length && i < Language.values().length; i++) {
            byLanguage.put(Language.values()[i], parts[i]);
        }
        return byLanguage.getOrDefault(language, parts[0]);
    }

    private static String clean(String words) {
        return words.replace(START, ' ').replace(NEXT, ' ');
    }
}
