package dev.commis.chat;

import dev.commis.chat.reply.Reply;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Routes each pushed reply to the adapter of its chat's platform, by the chat key's prefix
 * ({@code telegram:…}, {@code discord:…}, {@code console}), as reminders are routed.
 */
public final class ChatPushes implements ChatPush {

    private final Map<String, ChatPush> byPlatform = new ConcurrentHashMap<>();

    /** Sends replies to chats whose key is {@code platform} or starts with {@code platform:} through {@code push}. */
    public void register(String platform, ChatPush push) {
        byPlatform.put(platform, push);
    }

    @Override
    public void push(String chat, Reply reply) throws Exception {
        int colon = chat.indexOf(':');
        ChatPush push = byPlatform.get(colon < 0 ? chat : chat.substring(0, colon));
        if (push == null) {
            throw new IllegalStateException("no connection to the platform of chat " + chat + " in this run of Commis");
        }
        push.push(chat, reply);
    }
}
