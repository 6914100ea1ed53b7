package dev.commis.telegram;

import static dev.commis.telegram.FakeKeyboards.buttons;
import static dev.commis.telegram.FakeKeyboards.setMarkup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commis.telegram.FakeBotApi.Button;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Native polls as the Bot API keeps them: {@code sendPoll} (checked against Telegram's limits: a question of 1 to
 * 300 characters, 2 to 12 options of 1 to 100), votes by users (one option each, changeable, delivered to the bot
 * as a {@code poll_answer} and a {@code poll} update, as Telegram does for a bot's own polls), {@code stopPoll}
 * (which answers the final poll and also sends it as a {@code poll} update), a poll closing by itself, and
 * {@code getChatMember} for who administers a chat. Callers hold the fake's lock.
 */
public final class FakePolls {

    /** A poll the bot sent, as it stands. */
    public record SentPoll(long chatId, int messageId, String pollId, String question, List<String> options, boolean anonymous,
            List<List<Button>> buttons, List<Integer> votes, boolean closed) {}

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int QUESTION_LIMIT = 300;
    private static final int OPTION_LIMIT = 100;
    private static final int MAX_OPTIONS = 12;

    private final FakeChats chats;
    private final FakeBotLog log;
    private final FakeUpdateQueue updates;
    private final Map<String, ObjectNode> polls = new LinkedHashMap<>();
    private final Map<String, SentPoll> sent = new LinkedHashMap<>();
    /** Each poll's voters and their option. */
    private final Map<String, Map<Long, Integer>> ballots = new HashMap<>();
    private final Set<String> admins = new HashSet<>();
    private int nextPollId = 5_000;

    FakePolls(FakeChats chats, FakeBotLog log, FakeUpdateQueue updates) {
        this.chats = chats;
        this.log = log;
        this.updates = updates;
    }

    JsonNode sendPoll(FakeRequestParams params, Instant at) {
        long chatId = chats.chatId(params);
        String question = params.text("question");
        if (question == null || question.isEmpty() || question.length() > QUESTION_LIMIT) {
            throw FakeRefusal.badRequest("poll question length must not exceed " + QUESTION_LIMIT);
        }
        JsonNode options = params.json("options");
        if (options == null || !options.isArray() || options.size() < 2 || options.size() > MAX_OPTIONS) {
            throw FakeRefusal.badRequest("poll must have 2-" + MAX_OPTIONS + " options");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode option : options) {
            String text = option.isTextual() ? option.asText() : option.path("text").asText("");
            if (text.isEmpty() || text.length() > OPTION_LIMIT) {
                throw FakeRefusal.badRequest("poll options length must not exceed " + OPTION_LIMIT);
            }
            texts.add(text);
        }
        JsonNode markup = params.json("reply_markup");
        FakeSendRules.keyboard(markup);
        String pollId = String.valueOf(nextPollId++);
        ObjectNode poll = JSON.objectNode().put("id", pollId).put("question", question);
        ArrayNode pollOptions = poll.putArray("options");
        texts.forEach(text -> pollOptions.addObject().put("text", text).put("voter_count", 0));
        boolean anonymous = !"false".equals(params.text("is_anonymous"));
        poll.put("total_voter_count", 0).put("is_closed", false).put("is_anonymous", anonymous).put("type", "regular")
                .put("allows_multiple_answers", false);
        int messageId = chats.nextMessageId();
        ObjectNode message = chats.botMessage(chatId, messageId, at);
        message.set("poll", poll);
        setMarkup(message, markup);
        chats.show(chatId, messageId, new FakeChats.BotMessage(false, null, FakeKeyboards.inlineKeyboard(markup), message));
        polls.put(pollId, poll);
        ballots.put(pollId, new HashMap<>());
        sent.put(pollId, new SentPoll(chatId, messageId, pollId, question, List.copyOf(texts), anonymous, buttons(markup),
                counts(poll), false));
        log.notifyAll();
        return message;
    }

    JsonNode stopPoll(FakeRequestParams params) {
        long chatId = chats.chatId(params);
        int messageId = FakeChats.messageId(params);
        SentPoll found = sent.values().stream().filter(poll -> poll.chatId() == chatId && poll.messageId() == messageId)
                .findFirst().orElseThrow(() -> FakeRefusal.badRequest("message with poll to stop not found"));
        ObjectNode poll = polls.get(found.pollId());
        if (poll.path("is_closed").asBoolean()) {
            throw FakeRefusal.badRequest("poll has already been closed");
        }
        close(found.pollId());
        return poll.deepCopy();
    }

    JsonNode getChatMember(FakeRequestParams params) {
        long chatId = chats.chatId(params);
        Long userId = params.number("user_id");
        if (userId == null) {
            throw FakeRefusal.badRequest("user_id is required");
        }
        ObjectNode member = JSON.objectNode().put("status", admins.contains(chatId + ":" + userId) ? "administrator" : "member");
        member.set("user", chats.knownUser(userId));
        if (admins.contains(chatId + ":" + userId)) {
            member.put("can_be_edited", false).put("is_anonymous", false).put("can_manage_chat", true)
                    .put("can_delete_messages", true).put("can_manage_video_chats", true).put("can_restrict_members", true)
                    .put("can_promote_members", false).put("can_change_info", true).put("can_invite_users", true)
                    .put("can_post_stories", false).put("can_edit_stories", false).put("can_delete_stories", false);
        }
        return member;
    }

    /** Makes {@code userId} an administrator of {@code chatId}. */
    void makeAdmin(long chatId, long userId) {
        admins.add(chatId + ":" + userId);
    }

    /** User {@code userId} votes for option {@code option} (from 0) of poll {@code pollId}; the poll_answer's update_id. */
    int vote(String pollId, long userId, int option) {
        ObjectNode poll = poll(pollId);
        if (poll.path("is_closed").asBoolean()) {
            throw new IllegalStateException("poll " + pollId + " is closed");
        }
        ballots.get(pollId).put(userId, option);
        recount(pollId);
        ObjectNode user = chats.knownUser(userId);
        int answer = updates.add(updateId -> {
            ObjectNode pollAnswer = JSON.objectNode().put("poll_id", pollId);
            pollAnswer.set("user", user);
            pollAnswer.putArray("option_ids").add(option);
            ObjectNode update = JSON.objectNode();
            update.set("poll_answer", pollAnswer);
            return update;
        });
        queueState(pollId);
        return answer;
    }

    /** Poll {@code pollId} closes by itself (its close date passed); the poll update's update_id. */
    int closeByItself(String pollId) {
        poll(pollId);
        return close(pollId);
    }

    private int close(String pollId) {
        polls.get(pollId).put("is_closed", true);
        SentPoll was = sent.get(pollId);
        sent.put(pollId, new SentPoll(was.chatId(), was.messageId(), pollId, was.question(), was.options(), was.anonymous(),
                was.buttons(), counts(polls.get(pollId)), true));
        log.notifyAll();
        return queueState(pollId);
    }

    private void recount(String pollId) {
        ObjectNode poll = polls.get(pollId);
        ArrayNode options = (ArrayNode) poll.get("options");
        for (int i = 0; i < options.size(); i++) {
            int option = i;
            ((ObjectNode) options.get(i)).put("voter_count",
                    ballots.get(pollId).values().stream().filter(chosen -> chosen == option).count());
        }
        poll.put("total_voter_count", ballots.get(pollId).size());
        SentPoll was = sent.get(pollId);
        sent.put(pollId, new SentPoll(was.chatId(), was.messageId(), pollId, was.question(), was.options(), was.anonymous(),
                was.buttons(), counts(poll), was.closed()));
        log.notifyAll();
    }

    private int queueState(String pollId) {
        ObjectNode state = polls.get(pollId).deepCopy();
        return updates.add(updateId -> {
            ObjectNode update = JSON.objectNode();
            update.set("poll", state);
            return update;
        });
    }

    private ObjectNode poll(String pollId) {
        ObjectNode poll = polls.get(pollId);
        if (poll == null) {
            throw new IllegalArgumentException("no poll " + pollId + " was sent");
        }
        return poll;
    }

    private static List<Integer> counts(ObjectNode poll) {
        List<Integer> counts = new ArrayList<>();
        poll.get("options").forEach(option -> counts.add(option.path("voter_count").asInt()));
        return List.copyOf(counts);
    }

    List<SentPoll> sent() {
        return List.copyOf(sent.values());
    }

    SentPoll awaitPoll(Predicate<SentPoll> wanted, Duration timeout) {
        return log.await(() -> sent.values().stream().filter(wanted).findFirst(), timeout, "poll", sent::toString);
    }

    Optional<SentPoll> byId(String pollId) {
        return Optional.ofNullable(sent.get(pollId));
    }
}
