package dev.commis.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real JDA against {@link FakeDiscord}: slash commands, autocomplete, buttons, reminders, long recipes, 429s. */
class DiscordBotTest extends ConnectedDiscordTest {

    @Test
    void answersARecipeInAServer() {
        FakeDiscord.WebhookMessage card = answerTo(discord.dispatchSlashCommand(GUILD, "recipe", Map.of("recipe", "burnt ends")));
        assertThat(card.embeds().get(0).title()).isEqualTo("Pork Belly Burnt Ends - Miso Butterscotch Glaze");
        assertThat(card.embeds().get(0).description()).contains("2kg pork belly");
        assertThat(card.customIds()).contains("sh:plats-pork-belly-burnt-ends");
    }

    @Test
    void answersARecipeScaledInADirectMessage() {
        FakeDiscord.WebhookMessage card = answerTo(discord.dispatchSlashCommand(DM, "recipe",
                Map.of("recipe", "burnt ends", "servings", 12)));
        assertThat(card.embeds().get(0).description()).contains("4 kg pork belly");
    }

    @Test
    void speaksTheLanguageOfADirectMessagesClientButNotAServersMember() {
        FakeDiscord.WebhookMessage french = answerTo(discord.dispatchSlashCommand(DM.withLocale("fr"), "recipe",
                Map.of("recipe", "burnt ends")));
        assertThat(labels(french)).contains("🛒 Liste de courses");
        FakeDiscord.WebhookMessage server = answerTo(discord.dispatchSlashCommand(GUILD.withLocale("fr"), "recipe",
                Map.of("recipe", "burnt ends")));
        assertThat(labels(server)).as("a channel keeps the configured language").contains("🛒 Shopping list");
    }

    private static java.util.List<String> labels(FakeDiscord.Posted message) {
        return message.rows().stream().flatMap(java.util.List::stream).map(FakeDiscord.Button::label).toList();
    }

    @Test
    void completesRecipeNames() {
        FakeDiscord.Interaction typed = discord.dispatchAutocomplete("recipe", "recipe", "burnt");
        FakeDiscord.Callback choices = discord.awaitCallback(typed, WAIT);
        assertThat(choices.choices()).hasSizeBetween(1, 25).extracting(FakeDiscord.Choice::name)
                .contains("Pork Belly Burnt Ends - Miso Butterscotch Glaze");
        FakeDiscord.Callback all = discord.awaitCallback(discord.dispatchAutocomplete("recipe", "recipe", ""), WAIT);
        assertThat(all.choices()).hasSize(25);
    }

    @Test
    void completesTheLastRecipeOfAJointCookAndKeepsTheOthers() {
        FakeDiscord.Callback choices = discord.awaitCallback(discord.dispatchAutocomplete("cook", "recipe", "burnt ends + risot"),
                WAIT);
        assertThat(choices.choices()).extracting(FakeDiscord.Choice::name).contains("burnt ends + Risotto aux champignons");
    }

    @Test
    void cooksARecipeJointWithAnother() {
        FakeDiscord.WebhookMessage plan = answerTo(discord.dispatchSlashCommand(GUILD, "cook",
                Map.of("recipe", "burnt ends + Risotto aux champignons", "ready_at", "23:30")));
        assertThat(plan.embeds().get(0).description()).contains("To have everything ready at 23:30")
                .contains("Risotto aux champignons · 5. Cuire (18 min, hands-on)");
    }

    @Test
    void advancesACookWithItsButton() {
        FakeDiscord.WebhookMessage step = answerTo(discord.dispatchSlashCommand(GUILD, "cook", Map.of("recipe", "burnt ends")));
        assertThat(step.embeds().get(0).description()).contains("Step 1 of 4");
        FakeDiscord.Interaction next = discord.dispatchButton(GUILD, step.customIds().get(0));
        FakeDiscord.Callback moved = discord.awaitCallback(next, WAIT);
        assertThat(moved.type()).as("updates the cook message").isEqualTo(7);
        assertThat(moved.embeds().get(0).description()).contains("Step 2 of 4");
    }

    @Test
    void postsAReminderInTheChannelMentioningWhoSetIt() {
        answerTo(discord.dispatchSlashCommand(GUILD, "timer", Map.of("text", "10m oven")));
        clock.advance(Duration.ofMinutes(10));
        reminders.runDue();
        FakeDiscord.ChannelMessage reminder = discord.awaitChannelMessage(m -> m.content().contains("oven"), WAIT);
        assertThat(reminder.channelId()).isEqualTo(FakeDiscord.TEXT_CHANNEL_ID);
        assertThat(reminder.content()).isEqualTo("<@" + FakeDiscord.USER_ID + "> ⏰ oven (10 min)");
    }

    @Test
    void postsTheAnswerToAKitchenScreenPressInTheChannel() throws Exception {
        bot.pushes().push(DiscordBot.PLATFORM + ":" + FakeDiscord.TEXT_CHANNEL_ID,
                dev.commis.chat.reply.Reply.builder().heading("Burnt ends").paragraph("Step 2 of 4").replacing().build());
        FakeDiscord.ChannelMessage posted = discord.awaitChannelMessage(
                m -> !m.embeds().isEmpty() && m.embeds().get(0).description().contains("Step 2 of 4"), WAIT);
        assertThat(posted.channelId()).isEqualTo(FakeDiscord.TEXT_CHANNEL_ID);
        assertThat(posted.embeds().get(0).title()).isEqualTo("Burnt ends");
    }

    @Test
    void survivesARateLimitOnItsOwn() {
        discord.rateLimitNext("channels/" + FakeDiscord.TEXT_CHANNEL_ID + "/messages");
        answerTo(discord.dispatchSlashCommand(GUILD, "timer", Map.of("text", "1m tea")));
        clock.advance(Duration.ofMinutes(1));
        reminders.runDue();
        discord.awaitChannelMessage(m -> m.content().contains("tea"), WAIT);
        assertThat(discord.channelMessages()).filteredOn(m -> m.content().contains("tea")).hasSize(1);
    }

    @Test
    void splitsALongRecipeWithinEmbedLimits() {
        FakeDiscord.Interaction asked = discord.dispatchSlashCommand(GUILD, "recipe", Map.of("recipe", "very long stew"));
        FakeDiscord.WebhookMessage first = answerTo(asked);
        discord.awaitFollowUp(m -> m.token().equals(asked.token())
                && m.embeds().stream().anyMatch(e -> e.description().contains("Stage 30")), WAIT);
        int embeds = first.embeds().size() + discord.followUps().stream().mapToInt(m -> m.embeds().size()).sum();
        assertThat(embeds).isGreaterThan(1);
        assertThat(first.embeds()).allSatisfy(e -> assertThat(e.description().length()).isLessThanOrEqualTo(4096));
    }
}
