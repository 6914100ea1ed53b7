package dev.commis.discord;

import dev.commis.discord.FakeDiscord.Callback;
import dev.commis.discord.FakeDiscord.ChannelMessage;
import dev.commis.discord.FakeDiscord.Identify;
import dev.commis.discord.FakeDiscord.RestCall;
import dev.commis.discord.FakeDiscord.WebhookMessage;
import dev.commis.testing.AwaitingLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the fake answered and accepted, in order, for tests to read or wait for; its monitor is the fake's one
 * lock, held by whoever changes the fake's state and notified by every change a test may wait for.
 */
final class FakeDiscordLog extends AwaitingLog {

    private final List<RestCall> calls = new ArrayList<>();
    private final List<Callback> callbacks = new ArrayList<>();
    private final List<WebhookMessage> followUps = new ArrayList<>();
    private final List<WebhookMessage> edits = new ArrayList<>();
    private final List<ChannelMessage> channelMessages = new ArrayList<>();
    private final List<ChannelMessage> channelEdits = new ArrayList<>();
    private final List<Identify> identifies = new ArrayList<>();

    // ---- recording ----

    synchronized void call(RestCall call) {
        calls.add(call);
        notifyAll();
    }

    synchronized void callback(Callback callback) {
        callbacks.add(callback);
        notifyAll();
    }

    synchronized void followUp(WebhookMessage followUp) {
        followUps.add(followUp);
        notifyAll();
    }

    synchronized void edit(WebhookMessage edit) {
        edits.add(edit);
        notifyAll();
    }

    synchronized void channelMessage(ChannelMessage message) {
        channelMessages.add(message);
        notifyAll();
    }

    synchronized void channelEdit(ChannelMessage edit) {
        channelEdits.add(edit);
        notifyAll();
    }

    synchronized void identify(Identify identify) {
        identifies.add(identify);
        notifyAll();
    }

    // ---- reading ----

    synchronized List<RestCall> calls() {
        return List.copyOf(calls);
    }

    synchronized List<RestCall> calls(String method, String routePrefix) {
        return calls.stream()
                .filter(call -> call.method().equals(method) && call.route().startsWith(routePrefix))
                .toList();
    }

    synchronized List<Callback> callbacks() {
        return List.copyOf(callbacks);
    }

    synchronized List<WebhookMessage> followUps() {
        return List.copyOf(followUps);
    }

    synchronized List<WebhookMessage> edits() {
        return List.copyOf(edits);
    }

    synchronized List<ChannelMessage> channelMessages() {
        return List.copyOf(channelMessages);
    }

    synchronized List<ChannelMessage> channelEdits() {
        return List.copyOf(channelEdits);
    }

    synchronized List<Identify> identifies() {
        return List.copyOf(identifies);
    }

    // ---- awaiting ----

    Callback awaitCallback(Predicate<Callback> wanted, Duration timeout) {
        return await(() -> callbacks.stream().filter(wanted).findFirst(), timeout, "callback",
                callbacks::toString);
    }

    WebhookMessage awaitFollowUp(Predicate<WebhookMessage> wanted, Duration timeout) {
        return await(() -> followUps.stream().filter(wanted).findFirst(), timeout, "follow-up",
                followUps::toString);
    }

    WebhookMessage awaitEdit(Predicate<WebhookMessage> wanted, Duration timeout) {
        return await(() -> edits.stream().filter(wanted).findFirst(), timeout, "edit", edits::toString);
    }

    ChannelMessage awaitChannelMessage(Predicate<ChannelMessage> wanted, Duration timeout) {
        return await(() -> channelMessages.stream().filter(wanted).findFirst(), timeout, "channel message",
                channelMessages::toString);
    }

    ChannelMessage awaitChannelEdit(Predicate<ChannelMessage> wanted, Duration timeout) {
        return await(() -> channelEdits.stream().filter(wanted).findFirst(), timeout, "channel message edit",
                channelEdits::toString);
    }

    RestCall awaitCall(Predicate<RestCall> wanted, Duration timeout) {
        return await(() -> calls.stream().filter(wanted).findFirst(), timeout, "request", calls::toString);
    }

}
