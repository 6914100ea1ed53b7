package dev.commis.config;

import dev.commis.text.Language;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings' raw values read as the types {@link Settings} holds (text, whole numbers, minutes,
 * addresses, tokens, lists of ids), each checked: a bad value is refused with a message naming
 * where it came from (file or environment variable), the key, the value and what was expected,
 * except a token, which is never shown. A key absent or blank takes the default given.
 */
class SettingsValues {

    private static final List<String> SECRET_KEYS = List.of("telegram.token", "discord.token");

    private final Map<String, SettingsLoader.Value> values;

    SettingsValues(Map<String, SettingsLoader.Value> values) {
        this.values = values;
    }

    /** Where the value of {@code key} came from; the key must have a value. */
    final String origin(String key) {
        return values.get(key).origin();
    }

    final List<String> words(String key) {
        SettingsLoader.Value value = values.get(key);
        List<String> words = new ArrayList<>();
        if (value == null || value.raw() == null) {
            return words;
        }
        Collection<?> items = value.raw() instanceof Collection<?> list ? list
                : List.of(String.valueOf(value.raw()).split("[,\\s]+"));
        for (Object item : items) {
            String word = String.valueOf(item).trim();
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    final String text(String key, String fallback) throws SettingsException {
        SettingsLoader.Value value = values.get(key);
        if (value == null || value.raw() == null) {
            return fallback;
        }
        if (!(value.raw() instanceof String text)) {
            throw bad(key, "a single value");
        }
        return text.isBlank() ? fallback : text.trim();
    }

    final Language language() throws SettingsException {
        String code = text("lang", "fr");
        return Language.fromCode(code).orElseThrow(() -> bad("lang", "fr or en"));
    }

    final ZoneId zone() throws SettingsException {
        String id = text("timezone", "");
        if (id.isEmpty()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw bad("timezone", "a time zone such as Europe/Paris or America/Montreal");
        }
    }

    final int minutes(String key, int fallback) throws SettingsException {
        String text = text(key, String.valueOf(fallback));
        try {
            int minutes = Integer.parseInt(text);
            if (minutes >= 1 && minutes <= 1440) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(key, "a whole number of minutes from 1 to 1440");
    }

    final URI url(String key, String fallback, String scheme, String secureScheme) throws SettingsException {
        String text = text(key, fallback);
        if (TokenShapes.looksLikeToken(text)) {
            // The address is printed when a connection fails: a token in it would end up in the log.
            throw new SettingsException(values.get(key).origin() + ": key '" + key + "' holds what looks like a bot token"
                    + " (not shown); give the server's address only, and the token in the token key");
        }
        try {
            URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            if ((scheme.equals(uri.getScheme()) || secureScheme.equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw bad(key, "an address starting with " + scheme + ":// or " + secureScheme + "://, such as "
                + (key.startsWith("telegram") ? "https://api.telegram.org" : key.endsWith("gateway_url")
                        ? "wss://gateway.discord.gg" : "https://discord.com/api/v10"));
    }

    final int count(String key, int fallback, int max) throws SettingsException {
        String text = text(key, String.valueOf(fallback));
        try {
            int value = Integer.parseInt(text);
            if (value >= 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(key, "a whole number from 0 to " + max);
    }

    final Optional<Secret> secret(String key) throws SettingsException {
        String token = text(key, "");
        if (token.isEmpty()) {
            return Optional.empty();
        }
        if (token.chars().anyMatch(Character::isWhitespace)) {
            throw new SettingsException(values.get(key).origin() + ": key '" + key
                    + "' holds spaces; a token is one word (its value is not shown here)");
        }
        return Optional.of(new Secret(token));
    }

    final List<Long> ids(String key, boolean negativeAllowed) throws SettingsException {
        SettingsLoader.Value value = values.get(key);
        if (value == null || value.raw() == null) {
            return List.of();
        }
        List<Object> items = new ArrayList<>();
        if (value.raw() instanceof Collection<?> list) {
            items.addAll(list);
        } else {
            for (String part : String.valueOf(value.raw()).split("[,\\s]+")) {
                if (!part.isEmpty()) {
                    items.add(part);
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        for (Object item : items) {
            try {
                long id = Long.parseLong(String.valueOf(item).trim());
                if (id != 0 && (negativeAllowed || id > 0)) {
                    ids.add(id);
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new SettingsException(value.origin() + ": key '" + key + "' has " + shown(String.valueOf(item))
                    + " in its list; expected "
                    + (negativeAllowed ? "numeric user or chat ids such as 123456789 or -1001234567890"
                            : "numeric server ids such as 123456789012345678"));
        }
        return List.copyOf(ids);
    }

    /**
     * {@code text} in quotes for an error message, unless it holds a configured token or looks like
     * one (a token pasted into the wrong key must not end up in a log).
     */
    private String shown(String text) {
        for (String key : SECRET_KEYS) {
            SettingsLoader.Value secret = values.get(key);
            if (secret != null && secret.raw() instanceof String token && !token.isBlank() && text.contains(token.trim())) {
                return "(not shown: it holds a bot token)";
            }
        }
        return TokenShapes.quoted(text);
    }

    final SettingsException bad(String key, String expected) {
        SettingsLoader.Value value = values.get(key);
        String shown = SECRET_KEYS.contains(key) ? "(not shown)" : shown(String.valueOf(value.raw()));
        return new SettingsException(value.origin() + ": key '" + key + "' has value " + shown + "; expected " + expected);
    }
}
