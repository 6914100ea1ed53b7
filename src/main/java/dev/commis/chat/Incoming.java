package dev.commis.chat;

import java.util.Objects;

/**
 * One thing a person did in a chat, as an adapter hands it to the core: a message, or a press
 * on one of Commis's buttons. Plain values only: the core never sees a platform's objects.
 *
 * @param chat    the chat's key, unique across platforms ({@code telegram:123}, {@code console})
 * @param user    how to name the person in a group ("@lea" or "Léa"), or "" when unknown
 * @param group   whether the chat has several people in it
 * @param kind    a message or a button press
 * @param content the message's text, or the pressed button's action
 * @param sender  the person's key, unique across platforms ({@code telegram:42}), or "" when unknown
 * @param name    how to write the person's name in a reply's text, where {@code user} is a mention the
 *                platform would not show as a name there (Discord's {@code <@id>} in an embed); else {@code user}
 * @param spoken  the person's language as their app reports it ({@code fr}, {@code en-US}), or "" when unknown
 */
public record Incoming(String chat, String user, boolean group, Kind kind, String content, String sender, String name,
        String spoken) {

    /** What the person did. */
    public enum Kind { MESSAGE, BUTTON }

    public Incoming {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(kind, "kind");
        user = user == null ? "" : user;
        content = content == null ? "" : content;
        sender = sender == null ? "" : sender;
        name = name == null || name.isBlank() ? user : name;
        spoken = spoken == null ? "" : spoken;
    }

    /** Without the person's language. */
    public Incoming(String chat, String user, boolean group, Kind kind, String content, String sender, String name) {
        this(chat, user, group, kind, content, sender, name, "");
    }

    /** Named in text as {@code user}. */
    public Incoming(String chat, String user, boolean group, Kind kind, String content, String sender) {
        this(chat, user, group, kind, content, sender, user);
    }

    /** Without the sender's key (the console, and adapters that do not know it). */
    public Incoming(String chat, String user, boolean group, Kind kind, String content) {
        this(chat, user, group, kind, content, "");
    }

    /** The same, from a person whose app is in language {@code tag} (as the platform reports it). */
    public Incoming speaking(String tag) {
        return new Incoming(chat, user, group, kind, content, sender, name, tag);
    }

    public static Incoming message(String chat, String text) {
        return new Incoming(chat, "", false, Kind.MESSAGE, text);
    }

    public static Incoming button(String chat, String action) {
        return new Incoming(chat, "", false, Kind.BUTTON, action);
    }
}
