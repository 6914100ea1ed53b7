package dev.commis.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whoever listens that something a chat shows has changed: its cook started, moved or
 * stopped, a reminder was set, cancelled or went off, its kitchen screen link was revoked. The
 * core publishes; a listener (the kitchen screen) subscribes, so the core never knows who listens.
 * A listener is called on the thread that made the change and must return quickly; one that
 * throws is logged and the others are still told.
 */
public final class ChatEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ChatEvents.class);

    /** What changed. */
    public enum Kind { COOK_STARTED, COOK_MOVED, COOK_STOPPED, REMINDER_SET, REMINDER_CANCELLED, REMINDER_FIRED, SCREEN_REVOKED }

    /** Told of each change. */
    @FunctionalInterface
    public interface Listener {
        void changed(String chat, Kind kind);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Starts telling {@code listener}; the returned action stops it. */
    public Runnable subscribe(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells every listener that {@code kind} happened in {@code chat}. */
    public void publish(String chat, Kind kind) {
        for (Listener listener : listeners) {
            try {
                listener.changed(chat, kind);
            } catch (RuntimeException e) {
                LOG.warn("A listener failed on {} in chat {}", kind, chat, e);
            }
        }
    }
}
