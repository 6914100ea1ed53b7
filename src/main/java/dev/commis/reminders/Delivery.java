package dev.commis.reminders;

/**
 * Sends a reminder's words to a chat: implemented by each platform adapter. Returning normally
 * means the platform accepted the message; throwing means it did not, and the scheduler tries
 * again later.
 */
@FunctionalInterface
public interface Delivery {

    /**
     * @param chat the chat's key
     * @param user who set the reminder, to be named in a group chat; "" when unknown
     * @param text what to say
     */
    void deliver(String chat, String user, String text) throws Exception;
}
