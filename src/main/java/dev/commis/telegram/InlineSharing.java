package dev.commis.telegram;

import dev.commis.chat.ChatCore;
import dev.commis.chat.Incoming;
import dev.commis.chat.RecipeCard;
import dev.commis.chat.reply.Reply;
import dev.commis.vault.Recipe;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Inline mode: typing {@code @ThisBot burnt} in any chat offers the matching recipes, and the
 * one chosen is posted there as its recipe card (its first message, without buttons: they would
 * point at a chat the bot is not in).
 */
final class InlineSharing {

    /** Telegram's limit on results in one answer. */
    static final int MAX_RESULTS = 50;

    private final ChatCore core;
    private final TelegramClient client;

    InlineSharing(ChatCore core, TelegramClient client) {
        this.core = core;
        this.client = client;
    }

    void answer(InlineQuery query) {
        List<Recipe> found = query.getQuery().isBlank()
                ? core.services().library().snapshot().recipes()
                : core.services().library().search(query.getQuery());
        List<InlineQueryResult> results = new ArrayList<>();
        String chat = TelegramUpdates.key(query.getFrom().getId()); // the sender's own preferences: language, units
        for (Recipe recipe : found.subList(0, Math.min(MAX_RESULTS, found.size()))) {
            Reply card = core.handle(Incoming.button(chat, RecipeCard.OPEN + ":" + recipe.id())
                    .speaking(query.getFrom().getLanguageCode()));
            List<String> parts = TelegramHtml.messages(card);
            results.add(InlineQueryResultArticle.builder()
                    .id(recipe.id())
                    .title(recipe.title())
                    .description(description(recipe))
                    .inputMessageContent(InputTextMessageContent.builder().messageText(parts.isEmpty() ? recipe.title() : parts.get(0))
                            .parseMode(TelegramReplies.HTML)
                            .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build()).build())
                    .build());
        }
        AnswerInlineQuery answer = AnswerInlineQuery.builder().inlineQueryId(query.getId()).results(results)
                .cacheTime(60).isPersonal(true).build();
        TelegramBot.quietly(client, answer);
    }

    private static String description(Recipe recipe) {
        List<String> parts = new ArrayList<>();
        recipe.facts().totalMinutes().ifPresent(minutes -> parts.add(minutes + " min"));
        if (!recipe.facts().cuisine().isEmpty()) {
            parts.add(recipe.facts().cuisine());
        }
        if (!recipe.facts().type().isEmpty()) {
            parts.add(recipe.facts().type());
        }
        return String.join(" · ", parts);
    }
}
