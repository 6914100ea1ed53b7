package dev.commis.reminders;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Routes each reminder to the adapter of its chat's platform, by the chat key's prefix
 * ({@code telegram:…}, {@code discord:…}, {@code console}). A chat whose platform is not
 * connected fails delivery, so its reminder waits and is tried again rather than dropped.
 */
public final class Deliveries implements Delivery {

    private final Map<String, Delivery> byPlatform = new ConcurrentHashMap<>();

    /** Sends reminders of chats whose key is {@code platform} or starts with {@code platform:} through {@code delivery}. */
    public void register(String platform, Delivery delivery) {
        byPlatform.put(platform, delivery);
    }

    @Override
    public void deliver(String chat, String user, String text) throws Exception {
        route(chat).deliver(chat, user, text);
    }

    @Override
    public void deliver(String key, String chat, String user, String text) throws Exception {
        route(chat).deliver(key, chat, user, text);
    }

    private Delivery route(String chat) {
        int colon = chat.indexOf(':');
        String platform = colon < 0 ? chat : chat.substring(0, colon);
        Delivery delivery = byPlatform.get(platform);
        if (delivery == null) {
            throw new IllegalStateException("no connection to " + platform + " in this run of Commis");
        }
        return delivery;
    }
}
