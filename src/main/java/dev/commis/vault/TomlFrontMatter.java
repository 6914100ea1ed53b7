package dev.commis.vault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the TOML front matter Hugo sites write between {@code +++} lines, as far as recipes use
 * it: {@code key = "text"}, numbers, booleans and arrays of strings, top-level keys and one level
 * of {@code [table]}. Anything else is skipped, never fatal: Commis has no TOML library, and a
 * recipe's title and times are all it needs from there.
 */
final class TomlFrontMatter {

    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([A-Za-z0-9_\\-]+|\"[^\"]+\")\\s*=\\s*(.*?)\\s*$");
    private static final Pattern TABLE = Pattern.compile("^\\s*\\[([^\\[\\]]+)\\]\\s*$");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'");

    private TomlFrontMatter() {
    }

    static Map<String, Object> read(String toml) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Object> table = fields;
        String[] lines = toml.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher t = TABLE.matcher(line);
            if (t.matches()) {
                Map<String, Object> nested = new LinkedHashMap<>();
                fields.put(t.group(1).strip(), nested);
                table = nested;
                continue;
            }
            Matcher m = KEY_VALUE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1).replace("\"", "");
            StringBuilder value = new StringBuilder(m.group(2));
            while (value.toString().startsWith("[") && !closed(value) && i + 1 < lines.length) {
                value.append(' ').append(lines[++i].strip());
            }
            table.put(key, value(value.toString()));
        }
        return fields;
    }

    private static boolean closed(CharSequence array) {
        return STRING.matcher(array).replaceAll("").indexOf("]") >= 0;
    }

    private static Object value(String written) {
        if (written.startsWith("[")) {
            List<String> items = new ArrayList<>();
            Matcher s = STRING.matcher(written);
            while (s.find()) {
                items.add(unescape(s.group(1) != null ? s.group(1) : s.group(2)));
            }
            if (items.isEmpty()) {
                for (String part : written.replaceAll("[\\[\\]]", "").split(",")) {
                    if (!part.isBlank()) {
                        items.add(part.strip());
                    }
                }
            }
            return items;
        }
        Matcher s = STRING.matcher(written);
        if (s.lookingAt()) {
            return unescape(s.group(1) != null ? s.group(1) : s.group(2));
        }
        int comment = written.indexOf(" #");
        return comment >= 0 ? written.substring(0, comment).strip() : written;
    }

    private static String unescape(String text) {
        return text.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
