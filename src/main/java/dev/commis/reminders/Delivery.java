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

    /**
     * Like {@link #deliver(String, String, String)}, for an attempt of the delivery named {@code key}, which stays
     * the same when the scheduler tries the same reminder again: an adapter that gave up waiting on an earlier
     * attempt that is still under way (or succeeded meanwhile) follows that one rather than sending a second copy.
     */
    default void deliver(String key, String chat, String user, String text) throws Exception {
        deliver(chat, user, text);
    }
}
