package dev.commis.telegram;

import dev.commis.telegram.FakeBotApi.ApiCall;
import dev.commis.telegram.FakeBotApi.CallbackAnswer;
import dev.commis.telegram.FakeBotApi.ChatAction;
import dev.commis.telegram.FakeBotApi.CommandMenu;
import dev.commis.telegram.FakeBotApi.Edit;
import dev.commis.telegram.FakeBotApi.InlineAnswer;
import dev.commis.telegram.FakeBotApi.Sent;
import dev.commis.testing.AwaitingLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the fake answered and accepted, in order, for tests to read or wait for; its monitor is the fake's one
 * lock, held by whoever changes the fake's state and notified by every record.
 */
final class FakeBotLog extends AwaitingLog {

    private final List<ApiCall> calls = new ArrayList<>();
    private final List<Sent> sent = new ArrayList<>();
    private final List<Edit> edits = new ArrayList<>();
    private final List<InlineAnswer> inlineAnswers = new ArrayList<>();
    private final List<CallbackAnswer> callbackAnswers = new ArrayList<>();
    private final List<ChatAction> chatActions = new ArrayList<>();
    private final Map<String, CommandMenu> menus = new LinkedHashMap<>();

    // ---- recording ----

    synchronized void call(ApiCall call) {
        calls.add(call);
        notifyAll();
    }

    synchronized void sent(Sent message) {
        sent.add(message);
        notifyAll();
    }

    synchronized void edit(Edit edit) {
        edits.add(edit);
        notifyAll();
    }

    synchronized void inlineAnswer(InlineAnswer answer) {
        inlineAnswers.add(answer);
        notifyAll();
    }

    synchronized void callbackAnswer(CallbackAnswer answer) {
        callbackAnswers.add(answer);
        notifyAll();
    }

    synchronized void chatAction(ChatAction action) {
        chatActions.add(action);
        notifyAll();
    }

    /** Puts {@code menu} in force for its scope and language, in place of the one there was. */
    synchronized void putMenu(CommandMenu menu) {
        menus.put(menuKey(menu.scope(), menu.languageCode()), menu);
        notifyAll();
    }

    synchronized void removeMenu(String scope, String languageCode) {
        menus.remove(menuKey(scope, languageCode));
        notifyAll();
    }

    // ---- reading ----

    synchronized List<ApiCall> calls() {
        return List.copyOf(calls);
    }

    synchronized List<ApiCall> calls(String method) {
        return calls.stream().filter(call -> call.method().equalsIgnoreCase(method)).toList();
    }

    synchronized List<Sent> sentMessages() {
        return List.copyOf(sent);
    }

    synchronized List<Edit> edits() {
        return List.copyOf(edits);
    }

    synchronized List<InlineAnswer> inlineAnswers() {
        return List.copyOf(inlineAnswers);
    }

    synchronized List<CallbackAnswer> callbackAnswers() {
        return List.copyOf(callbackAnswers);
    }

    synchronized List<ChatAction> chatActions() {
        return List.copyOf(chatActions);
    }

    synchronized List<CommandMenu> menus() {
        return List.copyOf(menus.values());
    }

    synchronized Optional<CommandMenu> menu(String scope, String languageCode) {
        return Optional.ofNullable(menus.get(menuKey(scope, languageCode)));
    }

    // ---- awaiting ----

    Sent awaitSent(Predicate<Sent> wanted, Duration timeout) {
        return await(() -> sent.stream().filter(wanted).findFirst(), timeout, "sent message", sent::toString);
    }

    Edit awaitEdit(Predicate<Edit> wanted, Duration timeout) {
        return await(() -> edits.stream().filter(wanted).findFirst(), timeout, "edit", edits::toString);
    }

    ApiCall awaitCall(Predicate<ApiCall> wanted, Duration timeout) {
        return await(() -> calls.stream().filter(wanted).findFirst(), timeout, "request",
                () -> calls.stream().map(call -> call.method() + " " + call.status()).toList().toString());
    }


    private static String menuKey(String scope, String languageCode) {
        return scope + "|" + languageCode;
    }
}
