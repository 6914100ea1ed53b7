package dev.commis.config;

import java.util.regex.Pattern;

/**
 * Tells whether a text holds something shaped like a bot token (Telegram's {@code 123456:AA…},
 * Discord's three dotted parts, or any long run of letters and digits), so that an error message
 * never echoes a token pasted into the wrong setting.
 */
final class TokenShapes {

    private static final Pattern TELEGRAM = Pattern.compile("\\d{5,}:[A-Za-z0-9_-]{20,}");
    private static final Pattern DISCORD = Pattern.compile("[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{16,}");
    /** A long word mixing letters and digits: no setting other than a token is written like that. */
    private static final Pattern LONG_KEY = Pattern.compile("(?=[A-Za-z0-9_+/=-]*[0-9])(?=[A-Za-z0-9_+/=-]*[A-Za-z])[A-Za-z0-9_+/=-]{28,}");

    private TokenShapes() {
    }

    static boolean looksLikeToken(String text) {
        return TELEGRAM.matcher(text).find() || DISCORD.matcher(text).find() || LONG_KEY.matcher(text).find();
    }

    /** {@code 'text'} in quotes, or a note saying it is not shown when it looks like a token. */
    static String quoted(String text) {
        return looksLikeToken(text) ? "(not shown: it looks like a bot token)" : "'" + text + "'";
    }
}
