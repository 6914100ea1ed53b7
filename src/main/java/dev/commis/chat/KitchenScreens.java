package dev.commis.chat;

import dev.commis.events.ChatEvents;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The kitchen screen as the chat sees it: whether the web server is on, each chat's link
 * ({@code <public url>/k/<token>}) and revoking it. {@link #OFF} when the web server is off.
 */
public final class KitchenScreens {

    /** No web server: no links. */
    public static final KitchenScreens OFF = new KitchenScreens(null, null, new ChatEvents());

    private final ScreenTokens tokens;
    private final URI publicUrl;
    private final ChatEvents events;

    /**
     * @param tokens    the chats' tokens
     * @param publicUrl the address put in links, without a trailing slash
     * @param events    told when a link is revoked, so that open pages close
     */
    public KitchenScreens(ScreenTokens tokens, URI publicUrl, ChatEvents events) {
        this.tokens = tokens;
        this.publicUrl = publicUrl;
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Whether the web server is on. */
    public boolean on() {
        return tokens != null;
    }

    /** Whether links open in Telegram as a Mini App, which needs an https address. */
    public boolean miniApp() {
        return on() && "https".equalsIgnoreCase(publicUrl.getScheme());
    }

    /** The chat's link, its token made now when it has none; empty when the web server is off. */
    public Optional<String> link(String chat) {
        return on() ? Optional.of(publicUrl + "/k/" + tokens.tokenFor(chat)) : Optional.empty();
    }

    /** Revokes the chat's link (open pages close); whether it had one. */
    public boolean revoke(String chat) {
        boolean revoked = on() && tokens.revoke(chat);
        if (revoked) {
            events.publish(chat, ChatEvents.Kind.SCREEN_REVOKED);
        }
        return revoked;
    }
}
