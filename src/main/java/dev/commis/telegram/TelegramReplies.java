package dev.commis.telegram;

import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.vault.VaultImages;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.webapp.WebAppInfo;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends a {@link Reply} to a Telegram chat through the {@link Outbox}: HTML messages split
 * within Telegram's limits, the reply's buttons as an inline keyboard under the last part (with a
 * share button for a recipe), and its image, when the vault has a usable one ({@link VaultImages}), as a photo
 * with a caption; without it otherwise. It remembers each chat's last message that a later reply may take the
 * place of (the cook's step), so that a press on the kitchen screen edits it ({@link #push}).
 */
final class TelegramReplies {

    static final String HTML = "HTML";
    /** The share button's label: a picture, so that it needs no language. */
    static final String SHARE_LABEL = "📤";
    private static final String EMPTY_TEXT = "…";

    private final TelegramClient client;
    private final Outbox outbox;
    private final Supplier<Path> vault;
    private final VaultImages images = new VaultImages();
    /** Each chat's last message sent or edited with a replacing reply: the cook's, while cooking. */
    private final com.github.benmanes.caffeine.cache.Cache<Long, Integer> replaceable =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(100_000)
                    .expireAfterWrite(java.time.Duration.ofDays(2)).build();

    /** @param vault gives the vault's folder, where images are looked up */
    TelegramReplies(TelegramClient client, Outbox outbox, Supplier<Path> vault) {
        this.client = client;
        this.outbox = outbox;
        this.vault = vault;
    }

    /** Sends {@code reply} as new messages; completes when Telegram accepted them all. */
    CompletableFuture<Void> send(long chat, Reply reply) {
        Optional<VaultImages.Image> photo = reply.image().flatMap(name -> images.read(vault.get(), name));
        InlineKeyboardMarkup keyboard = keyboard(reply, chat > 0);
        List<CompletableFuture<?>> sent = new ArrayList<>();
        List<String> parts;
        if (photo.isPresent()) {
            TelegramHtml.Captioned captioned = TelegramHtml.captioned(reply);
            parts = captioned.messages();
            InlineKeyboardMarkup photoKeyboard = parts.isEmpty() ? keyboard : null;
            VaultImages.Image image = photo.get();
            // Built at each attempt from bytes read beforehand: a retry uploads the same picture and touches no file.
            sent.add(outbox.submit(chat, () -> client.execute(SendPhoto.builder().chatId(chat)
                    .photo(new InputFile(new ByteArrayInputStream(image.bytes()), image.fileName()))
                    .caption(captioned.caption()).parseMode(HTML).replyMarkup(photoKeyboard).build())));
        } else {
            parts = TelegramHtml.messages(reply);
            if (parts.isEmpty()) {
                parts = List.of(EMPTY_TEXT);
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            SendMessage message = SendMessage.builder().chatId(chat).text(parts.get(i)).parseMode(HTML)
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                    .replyMarkup(i == parts.size() - 1 ? keyboard : null).build();
            CompletableFuture<org.telegram.telegrambots.meta.api.objects.message.Message> posted =
                    outbox.submit(chat, () -> client.execute(message));
            if (reply.replacing() && i == parts.size() - 1) {
                posted.thenAccept(done -> remember(chat, done.getMessageId()));
            }
            sent.add(posted);
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new));
        // Giving up on the whole (a reminder that took too long) gives up on every part not yet sent.
        all.whenComplete((done, failure) -> {
            if (all.isCancelled()) {
                sent.forEach(part -> part.cancel(false));
            }
        });
        return all;
    }

    /**
     * Puts {@code reply} in place of message {@code messageId} when it fits one message; else sends it anew. An
     * edit Telegram refuses because the message already reads so is done; one refused because the message is
     * gone ({@link #isGone}) is sent anew.
     */
    CompletableFuture<Void> replace(long chat, int messageId, Reply reply) {
        List<String> parts = TelegramHtml.messages(reply);
        if (parts.size() != 1 || reply.image().isPresent()) {
            return send(chat, reply);
        }
        EditMessageText edit = EditMessageText.builder().chatId(chat).messageId(messageId).text(parts.get(0))
                .parseMode(HTML).linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .replyMarkup(keyboard(reply, chat > 0)).build();
        return outbox.submit(chat, () -> {
            try {
                return client.execute(edit);
            } catch (TelegramApiRequestException e) {
                if (isNotModified(e)) {
                    // Two people pressed at once and the message already shows what it should: nothing to do.
                    return null;
                }
                throw e;
            }
        }).<Void>thenApply(done -> {
            remember(chat, messageId);
            return null;
        }).exceptionallyCompose(failure -> isGone(failure) ? send(chat, reply) : CompletableFuture.failedFuture(failure));
    }

    /**
     * Telegram's 400 for an edit of a message that is no more, or no longer editable (deleted by someone, or by
     * the chat's history being cleared): the reply is then sent anew, and that message is the one edited next.
     */
    static boolean isGone(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (!(cause instanceof TelegramApiRequestException e) || e.getErrorCode() == null || e.getErrorCode() != 400
                || e.getApiResponse() == null) {
            return false;
        }
        String message = e.getApiResponse();
        return message.contains("message to edit not found") || message.contains("message can't be edited");
    }

    /** Telegram's 400 for an edit that would leave the message as it is. */
    static boolean isNotModified(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        String message = e.getApiResponse();
        return code != null && code == 400 && message != null && message.contains("message is not modified");
    }

    /**
     * Sends {@code reply} outside any update (a press on the kitchen screen): in place of the chat's last
     * replaceable message when the reply replaces and there is one, else as new messages.
     */
    CompletableFuture<Void> push(long chat, Reply reply) {
        Integer last = replaceable.getIfPresent(chat);
        return reply.replacing() && last != null ? replace(chat, last, reply) : send(chat, reply);
    }

    /** The chat's last replaceable message, which {@link #push} edits. */
    java.util.Optional<Integer> replaceableMessage(long chat) {
        return java.util.Optional.ofNullable(replaceable.getIfPresent(chat));
    }

    private void remember(long chat, Integer messageId) {
        if (messageId != null) {
            replaceable.put(chat, messageId);
        }
    }

    /** The reply's buttons in a group chat: {@link #keyboard(Reply, boolean)}. */
    static InlineKeyboardMarkup keyboard(Reply reply) {
        return keyboard(reply, false);
    }

    /**
     * The reply's buttons, and a share button when it shows a recipe; null when there are none. A link button
     * opens its https page as a Mini App ({@code web_app}) in a private chat, the only place Telegram allows one,
     * and as a plain link in a group; an http link, which Telegram refuses, is left out.
     */
    static InlineKeyboardMarkup keyboard(Reply reply, boolean privateChat) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (List<Button> row : reply.buttons()) {
            List<InlineKeyboardButton> buttons = new ArrayList<>();
            for (Button button : row) {
                if (!button.isLink()) {
                    buttons.add(InlineKeyboardButton.builder().text(button.label()).callbackData(button.action()).build());
                } else if (button.url().startsWith("https://")) {
                    buttons.add(privateChat
                            ? InlineKeyboardButton.builder().text(button.label())
                                    .webApp(WebAppInfo.builder().url(button.url()).build()).build()
                            : InlineKeyboardButton.builder().text(button.label()).url(button.url()).build());
                }
            }
            if (!buttons.isEmpty()) {
                rows.add(new InlineKeyboardRow(buttons));
            }
        }
        if (!reply.share().isEmpty()) {
            rows.add(new InlineKeyboardRow(List.of(
                    InlineKeyboardButton.builder().text(SHARE_LABEL).switchInlineQuery(reply.share()).build())));
        }
        return rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build();
    }
}
