package dev.commis.chat.reply;

import java.util.List;
import java.util.Objects;

/**
 * A native poll that a {@link Reply} asks its platform to post or to end. The core keeps the poll (its chat,
 * who started it, its candidates) under {@code key}; the adapter does what the platform needs and reports back
 * through {@code ChatCore.polls()}.
 */
public sealed interface Poll permits Poll.Open, Poll.Close {

    /** The core's key of the poll. */
    String key();

    /**
     * Post a poll: {@code question} with one answer per option, not anonymous where the platform allows, the
     * reply's buttons under it. Each adapter cuts the texts to its platform's limits. Once posted, the adapter
     * tells the core where it went ({@code polls().posted}).
     *
     * @param options two or more answers, in order; a vote is counted by its option's index
     */
    record Open(String key, String question, List<String> options) implements Poll {
        public Open {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(question, "question");
            options = List.copyOf(options);
        }
    }

    /**
     * End a posted poll and hand its final counts to the core ({@code polls().closed}), which answers with the
     * winner. When {@code askerMustBeAdmin}, the person who pressed is not the poll's starter: the adapter ends it
     * only if they administer the chat, and otherwise shows the reply's blocks (a refusal) instead.
     *
     * @param platformPoll the platform's id of the poll, as the adapter reported it
     * @param message      the platform's id of the poll's message, as the adapter reported it
     */
    record Close(String key, String platformPoll, String message, boolean askerMustBeAdmin) implements Poll {
        public Close {
            Objects.requireNonNull(key, "key");
            platformPoll = platformPoll == null ? "" : platformPoll;
            message = message == null ? "" : message;
        }
    }
}
