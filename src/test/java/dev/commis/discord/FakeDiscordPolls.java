package dev.commis.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Native polls on the bot's messages, as Discord keeps them: a message sent with a {@code poll} (checked against
 * Discord's limits: a question of 300 characters, 1 to 10 answers of 55, a duration of 1 to 768 hours) shows it
 * with answer ids from 1 and empty results; users vote (one answer each here, changeable); {@code POST
 * channels/{channel}/polls/{message}/expire} ends it early and answers the message with its final counts, and a
 * second end is refused as Discord does; a poll can also run out by its own end ({@link #runOut}), and a message is
 * read back with {@code GET channels/{channel}/messages/{message}}. Callers hold the fake's lock.
 */
final class FakeDiscordPolls {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int QUESTION_LIMIT = 300;
    private static final int ANSWER_LIMIT = 55;
    private static final int MAX_ANSWERS = 10;
    private static final long MAX_HOURS = 768;
    /** Discord's error code for ending a poll that has already ended. */
    static final int POLL_EXPIRED = 520001;

    private final FakeMessages messages;
    /** Each poll message's voters and their answer id. */
    private final Map<String, Map<Long, Integer>> ballots = new HashMap<>();

    FakeDiscordPolls(FakeMessages messages) {
        this.messages = messages;
    }

    /** The poll a message sent with {@code request} shows, as Discord writes it in a message. */
    static ObjectNode shown(JsonNode request, Instant at) {
        String question = request.path("question").path("text").asText("");
        JsonNode answers = request.path("answers");
        long hours = request.path("duration").asLong(24);
        if (question.isEmpty() || question.length() > QUESTION_LIMIT || !answers.isArray() || answers.isEmpty()
                || answers.size() > MAX_ANSWERS || hours < 1 || hours > MAX_HOURS) {
            throw FakeRefusal.of(400, 50035, "Invalid Form Body: poll");
        }
        ObjectNode poll = JSON.objectNode();
        poll.putObject("question").put("text", question);
        ArrayNode shownAnswers = poll.putArray("answers");
        for (int i = 0; i < answers.size(); i++) {
            String text = answers.get(i).path("poll_media").path("text").asText("");
            if (text.isEmpty() || text.length() > ANSWER_LIMIT) {
                throw FakeRefusal.of(400, 50035, "Invalid Form Body: poll.answers." + i + ".poll_media.text");
            }
            ObjectNode answer = shownAnswers.addObject().put("answer_id", i + 1);
            answer.putObject("poll_media").put("text", text);
        }
        poll.put("expiry", FakeDiscordObjects.timestamp(at.plus(Duration.ofHours(hours))))
                .put("allow_multiselect", request.path("allow_multiselect").asBoolean(false))
                .put("layout_type", request.path("layout_type").asInt(1));
        ObjectNode results = poll.putObject("results").put("is_finalized", false);
        results.putArray("answer_counts");
        return poll;
    }

    /** User {@code userId} votes for answer {@code answerId} (from 1) of the poll on message {@code messageId}. */
    void vote(String messageId, long userId, int answerId) {
        ObjectNode poll = poll(messageId);
        if (poll.path("results").path("is_finalized").asBoolean()) {
            throw new IllegalStateException("the poll on message " + messageId + " has ended");
        }
        ballots.computeIfAbsent(messageId, id -> new HashMap<>()).put(userId, answerId);
        ArrayNode counts = ((ObjectNode) poll.get("results")).putArray("answer_counts");
        for (JsonNode answer : poll.get("answers")) {
            int id = answer.path("answer_id").asInt();
            long count = ballots.get(messageId).values().stream().filter(chosen -> chosen == id).count();
            if (count > 0) {
                counts.addObject().put("id", id).put("count", count).put("me_voted", false);
            }
        }
    }

    /** Ends the poll on message {@code messageId} now; the message with its final counts. */
    ObjectNode expire(String messageId, Instant at) {
        ObjectNode poll = poll(messageId);
        if (poll.path("results").path("is_finalized").asBoolean()) {
            throw FakeRefusal.of(400, POLL_EXPIRED, "This poll has already expired");
        }
        poll.put("expiry", FakeDiscordObjects.timestamp(at));
        ((ObjectNode) poll.get("results")).put("is_finalized", true);
        return messages.get(messageId).deepCopy();
    }

    /** The poll on message {@code messageId} runs out as Discord ends it at its expiry: its counts become final. */
    void runOut(String messageId, Instant at) {
        ObjectNode poll = poll(messageId);
        poll.put("expiry", FakeDiscordObjects.timestamp(at));
        ((ObjectNode) poll.get("results")).put("is_finalized", true);
    }

    /** {@code GET channels/{channel}/messages/{message}}: the bot's message as it stands, with its poll's counts. */
    ObjectNode fetch(long channelId, String messageId) {
        ObjectNode message = messages.get(messageId);
        if (message == null || message.path("channel_id").asLong() != channelId) {
            throw FakeRefusal.of(404, FakeRefusal.UNKNOWN_MESSAGE, "Unknown Message");
        }
        return message.deepCopy();
    }

    /** The poll's answers' texts and whether it ended, for tests. */
    List<String> answers(String messageId) {
        List<String> texts = new ArrayList<>();
        poll(messageId).get("answers").forEach(answer -> texts.add(answer.path("poll_media").path("text").asText()));
        return texts;
    }

    boolean ended(String messageId) {
        return poll(messageId).path("results").path("is_finalized").asBoolean();
    }

    private ObjectNode poll(String messageId) {
        ObjectNode message = messages.get(messageId);
        if (message == null || !message.has("poll")) {
            throw FakeRefusal.of(404, FakeRefusal.UNKNOWN_MESSAGE, "Unknown Message");
        }
        return (ObjectNode) message.get("poll");
    }
}
