package dev.commis.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads text in Telegram's {@code parse_mode=HTML} the way the Bot API does (tdlib's {@code parse_html}) and
 * returns the text a reader sees, or refuses it with Telegram's words.
 *
 * <p>One deliberate difference: Telegram keeps an unknown named entity such as {@code &nbsp;} as literal text;
 * this fake refuses it, because a renderer that writes one expects it to be decoded and would show the user
 * {@code &nbsp;}. A bare {@code &} that starts no entity is kept, as Telegram keeps it.
 */
final class FakeTelegramHtml {

    static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span",
            "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji");
    private static final Map<String, String> NAMED_ENTITIES = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"");
    private static final int LONGEST_ENTITY = 10;

    private final String html;
    private final StringBuilder visible = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();
    private int at;

    private FakeTelegramHtml(String html) {
        this.html = html;
    }

    /** The text Telegram shows for {@code html}; throws {@link FakeRefusal} where Telegram refuses it. */
    static String visibleText(String html) {
        return new FakeTelegramHtml(html).parse();
    }

    private String parse() {
        while (at < html.length()) {
            char c = html.charAt(at);
            if (c == '&') {
                entity();
            } else if (c != '<') {
                visible.append(c);
                at++;
            } else if (at + 1 < html.length() && html.charAt(at + 1) == '/') {
                endTag();
            } else {
                startTag();
            }
        }
        if (!open.isEmpty()) {
            throw refuse("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
        }
        return visible.toString();
    }

    private void entity() {
        int start = at;
        int semicolon = -1;
        for (int i = start + 1; i < html.length() && i - start <= LONGEST_ENTITY; i++) {
            char c = html.charAt(i);
            if (c == ';') {
                semicolon = i;
                break;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                break;
            }
        }
        String name = semicolon < 0 ? "" : html.substring(start + 1, semicolon);
        String decoded = decode(name);
        if (decoded != null) {
            visible.append(decoded);
            at = semicolon + 1;
            return;
        }
        if (name.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw refuse("Unsupported HTML entity \"&" + name + ";\" at byte offset " + byteOffset(start)
                    + " (only &lt; &gt; &amp; &quot; and numeric ones are decoded)");
        }
        visible.append('&');
        at++;
    }

    private static String decode(String name) {
        if (NAMED_ENTITIES.containsKey(name)) {
            return NAMED_ENTITIES.get(name);
        }
        try {
            int codePoint;
            if (name.matches("#[0-9]{1,7}")) {
                codePoint = Integer.parseInt(name.substring(1));
            } else if (name.matches("#[xX][0-9A-Fa-f]{1,6}")) {
                codePoint = Integer.parseInt(name.substring(2), 16);
            } else {
                return null;
            }
            return codePoint > 0 && Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void startTag() {
        int tagStart = at;
        at++;
        int nameStart = at;
        while (at < html.length() && !Character.isWhitespace(html.charAt(at)) && html.charAt(at) != '>') {
            at++;
        }
        if (at >= html.length()) {
            throw refuse("Unclosed start tag at byte offset " + byteOffset(tagStart));
        }
        String name = html.substring(nameStart, at).toLowerCase(Locale.ROOT);
        if (!TAGS.contains(name)) {
            throw refuse("Unsupported start tag \"" + name + "\" at byte offset " + byteOffset(tagStart));
        }
        Map<String, String> attributes = attributes(name, tagStart);
        if (name.equals("span") && !"tg-spoiler".equals(attributes.get("class"))) {
            throw refuse("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + byteOffset(tagStart));
        }
        if (name.equals("tg-emoji") && !attributes.getOrDefault("emoji-id", "").matches("[0-9]{1,19}")) {
            throw refuse("Invalid custom emoji identifier specified");
        }
        open.push(name);
        at++;
    }

    private Map<String, String> attributes(String tag, int tagStart) {
        Map<String, String> attributes = new HashMap<>();
        while (true) {
            skipWhitespace();
            if (at >= html.length()) {
                throw refuse("Unclosed start tag \"" + tag + "\" at byte offset " + byteOffset(tagStart));
            }
            if (html.charAt(at) == '>') {
                return attributes;
            }
            int nameStart = at;
            while (at < html.length() && !Character.isWhitespace(html.charAt(at)) && "=>/\"'".indexOf(html.charAt(at)) < 0) {
                at++;
            }
            String name = html.substring(nameStart, at).toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw refuse("Empty attribute name in the tag \"" + tag + "\" at byte offset " + byteOffset(tagStart));
            }
            skipWhitespace();
            if (at >= html.length()) {
                throw refuse("Unclosed start tag \"" + tag + "\" at byte offset " + byteOffset(tagStart));
            }
            if (html.charAt(at) != '=') {
                attributes.put(name, "");
                continue;
            }
            at++;
            skipWhitespace();
            if (at >= html.length()) {
                throw refuse("Unclosed start tag \"" + tag + "\" at byte offset " + byteOffset(tagStart));
            }
            attributes.put(name, attributeValue(tag, tagStart));
        }
    }

    private String attributeValue(String tag, int tagStart) {
        char quote = html.charAt(at);
        if (quote == '"' || quote == '\'') {
            int end = html.indexOf(quote, at + 1);
            if (end < 0) {
                throw refuse("Unclosed start tag \"" + tag + "\" at byte offset " + byteOffset(tagStart));
            }
            String raw = html.substring(at + 1, end);
            at = end + 1;
            return raw.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        }
        int start = at;
        while (at < html.length() && (Character.isLetterOrDigit(html.charAt(at)) || html.charAt(at) == '.'
                || html.charAt(at) == '-')) {
            at++;
        }
        if (at >= html.length() || (!Character.isWhitespace(html.charAt(at)) && html.charAt(at) != '>')) {
            throw refuse("Unexpected end of name token at byte offset " + byteOffset(start));
        }
        return html.substring(start, at).toLowerCase(Locale.ROOT);
    }

    private void endTag() {
        int tagStart = at;
        at += 2;
        int nameStart = at;
        while (at < html.length() && !Character.isWhitespace(html.charAt(at)) && html.charAt(at) != '>') {
            at++;
        }
        String name = html.substring(nameStart, at).toLowerCase(Locale.ROOT);
        skipWhitespace();
        if (at >= html.length() || html.charAt(at) != '>') {
            throw refuse("Unclosed end tag at byte offset " + byteOffset(tagStart));
        }
        if (open.isEmpty()) {
            throw refuse("Unexpected end tag at byte offset " + byteOffset(tagStart));
        }
        if (!name.isEmpty() && !name.equals(open.peek())) {
            throw refuse("Unmatched end tag at byte offset " + byteOffset(tagStart) + ", expected \"</" + open.peek()
                    + ">\", found \"</" + name + ">\"");
        }
        open.pop();
        at++;
    }

    private void skipWhitespace() {
        while (at < html.length() && Character.isWhitespace(html.charAt(at))) {
            at++;
        }
    }

    private int byteOffset(int index) {
        return html.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
    }

    private static FakeRefusal refuse(String reason) {
        return FakeRefusal.badRequest("can't parse entities: " + reason);
    }
}
