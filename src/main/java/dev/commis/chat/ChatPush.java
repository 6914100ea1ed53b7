package dev.commis.chat;

import dev.commis.chat.reply.Reply;

/**
 * Sends a reply to a chat outside any message of it: the answer to a press on the kitchen screen's
 * buttons, which the chat sees as if its own button had been pressed. Implemented by each platform
 * adapter; a {@link Reply#replacing() replacing} reply takes the place of the chat's last replaceable
 * message (the cook's) where the platform can edit one.
 */
@FunctionalInterface
public interface ChatPush {

    /** Sends {@code reply} to {@code chat}; throws when the platform did not take it. */
    void push(String chat, Reply reply) throws Exception;
}
