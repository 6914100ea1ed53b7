package dev.commis.discord;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.commis.discord.FakeDiscord.Callback;
import dev.commis.discord.FakeDiscord.ChannelMessage;
import dev.commis.discord.FakeDiscord.From;
import dev.commis.discord.FakeDiscord.Interaction;
import dev.commis.discord.FakeDiscord.RegisteredCommand;
import dev.commis.discord.FakeDiscord.RestCall;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fake Discord, driven by real JDA 6.5.0 through a shard manager, as Commis will drive it. */
@Timeout(value = 20, unit = SECONDS)
class FakeDiscordTest {

    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** JDA 6 has no GatewayIntent.GUILDS: it always sends this bit, whatever intents it is given. */
    private static final int GUILDS_INTENT = 1;

    private final List<Throwable> listenerFailures = new CopyOnWriteArrayList<>();
    private Set<Thread> threadsBefore;
    private FakeDiscord discord;
    private ShardManager shards;
    private ExecutorService rawClientThreads;
    private OkHttpClient rawClient;

    @BeforeEach
    void startFake() throws IOException {
        threadsBefore = liveNonDaemonThreads();
        discord = new FakeDiscord().start();
    }

    @AfterEach
    void shutDownEverythingAndLeaveNoThreadBehind() throws Exception {
        if (shards != null) {
            List<JDA> running = shards.getShards();
            shards.shutdown();
            for (JDA jda : running) {
                assertThat(jda.awaitShutdown(Duration.ofSeconds(5))).as("shard shut down").isTrue();
            }
        }
        discord.close();
        if (rawClient != null) {
            rawClientThreads.shutdownNow();
            rawClient.connectionPool().evictAll();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        Set<Thread> left = leftBehind();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            left = leftBehind();
        }
        assertThat(left).as("non-daemon threads left behind").isEmpty();
        assertThat(listenerFailures).as("failures inside listeners").isEmpty();
    }

    // ---- connecting ----

    @Test
    void shardManagerConnectsThroughTheConfiguredRestAndGatewayUrls() throws Exception {
        JDA jda = connect(Compression.NONE);

        assertThat(jda.getStatus()).isEqualTo(JDA.Status.CONNECTED);
        assertThat(jda.getSelfUser().getIdLong()).isEqualTo(FakeDiscord.BOT_ID);
        assertThat(jda.getSelfUser().getName()).isEqualTo(FakeDiscord.BOT_NAME);
        assertThat(jda.getSelfUser().getApplicationIdLong()).isEqualTo(FakeDiscord.APPLICATION_ID);
        assertThat(jda.getTextChannelById(FakeDiscord.TEXT_CHANNEL_ID)).as("channel cached at ready").isNotNull();
        assertThat(discord.identifies()).singleElement().satisfies(identify -> {
            assertThat(identify.intents()).as("GUILDS only").isEqualTo(GUILDS_INTENT);
            assertThat(identify.shard()).containsExactly(0, 1);
        });
        assertThat(discord.calls()).extracting(RestCall::method, RestCall::route).startsWith(
                tuple("GET", "gateway/bot"),
                tuple("GET", "users/@me"),
                tuple("GET", "gateway"));
        await(() -> discord.heartbeats() > 0, "a heartbeat answered");
        assertThat(shards.retrieveApplicationInfo().complete().getIdLong()).isEqualTo(FakeDiscord.APPLICATION_ID);
    }

    @Test
    void resumesTheSessionWhenTheGatewayDropsTheConnection() throws Exception {
        JDA jda = connect(Compression.NONE, new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                event.reply("toujours là").queue(null, listenerFailures::add);
            }
        });

        discord.dropGatewayConnection(); // JDA logs this close (4000) as an ERROR, then resumes at once
        discord.awaitIdentified(WAIT);
        jda.awaitStatus(JDA.Status.CONNECTED);

        assertThat(discord.calls("GET", "gateway-resume")).extracting(RestCall::status).containsExactly(101);
        assertThat(discord.identifies()).as("resumed, not identified again").hasSize(1);
        Interaction after = discord.dispatchSlashCommand("recipe", Map.of());
        assertThat(discord.awaitCallback(after, WAIT).content()).isEqualTo("toujours là");
    }

    @Test
    void connectsWithZlibStreamCompressionToo() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        JDA jda = connect(Compression.ZLIB, new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                seen.add(event.getName());
                event.reply("ok").queue(null, listenerFailures::add);
            }
        });

        assertThat(jda.getStatus()).isEqualTo(JDA.Status.CONNECTED);
        Interaction ping = discord.dispatchSlashCommand("ping", Map.of());
        assertThat(discord.awaitCallback(ping, WAIT).content()).isEqualTo("ok");
        assertThat(seen).containsExactly("ping");
    }

    @Test
    void shutdownClosesTheGatewayAndLeavesNoThreadBehind() throws Exception {
        JDA jda = connect(Compression.NONE);

        shards.shutdown();

        assertThat(jda.awaitShutdown(Duration.ofSeconds(5))).isTrue();
        assertThat(jda.getStatus()).isEqualTo(JDA.Status.SHUTDOWN);
        await(() -> discord.openConnections() == 0, "JDA closed its gateway connection");
        // the check for threads left behind runs after every test
    }

    // ---- interactions ----

    @Test
    void repliesToASlashCommandWithAnEmbedAndAButton() throws Exception {
        BlockingQueue<SlashCommandInteractionEvent> received = new LinkedBlockingQueue<>();
        CompletableFuture<Message> replyMessage = new CompletableFuture<>();
        connect(Compression.NONE, new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                received.add(event);
                event.replyEmbeds(tarteEmbed())
                        .addComponents(ActionRow.of(Button.primary("cook:tarte", "Cuisiner")))
                        .queue(hook -> replyMessage.complete(hook.getCallbackResponse().getMessage()),
                                listenerFailures::add);
            }
        });

        Interaction recipe = discord.dispatchSlashCommand(From.guildChannel().withLocale("fr"), "recipe",
                Map.of("query", "tarte", "servings", 4));

        Callback reply = discord.awaitCallback(recipe, WAIT);
        assertThat(reply.type()).isEqualTo(FakeDiscord.CHANNEL_MESSAGE);
        assertThat(reply.embeds()).singleElement().satisfies(embed -> {
            assertThat(embed.title()).isEqualTo("Tarte aux pommes");
            assertThat(embed.description()).isEqualTo("Une tarte simple.");
            assertThat(embed.fields()).extracting(FakeDiscord.Field::name).containsExactly("Temps", "Portions");
        });
        assertThat(reply.customIds()).containsExactly("cook:tarte");
        assertThat(reply.ephemeral()).isFalse();
        SlashCommandInteractionEvent event = received.poll(1, SECONDS);
        assertThat(event.getOption("query").getAsString()).isEqualTo("tarte");
        assertThat(event.getOption("servings").getAsLong()).isEqualTo(4);
        assertThat(event.getUser().getIdLong()).isEqualTo(FakeDiscord.USER_ID);
        assertThat(event.getUser().getName()).isEqualTo(FakeDiscord.USER_NAME);
        assertThat(event.getGuild().getIdLong()).isEqualTo(FakeDiscord.GUILD_ID);
        assertThat(event.getChannel().getIdLong()).isEqualTo(FakeDiscord.TEXT_CHANNEL_ID);
        assertThat(event.getUserLocale()).isEqualTo(DiscordLocale.FRENCH);
        Message shown = replyMessage.get(1, SECONDS);
        assertThat(shown.getEmbeds()).extracting(MessageEmbed::getTitle).containsExactly("Tarte aux pommes");
        assertThat(discord.message(shown.getId())).as("the callback response names the created message")
                .hasValueSatisfying(message -> assertThat(message.customIds()).containsExactly("cook:tarte"));
    }

    @Test
    void defersInADirectMessageThenEditsTheOriginalAndFollowsUp() throws Exception {
        BlockingQueue<SlashCommandInteractionEvent> received = new LinkedBlockingQueue<>();
        connect(Compression.NONE, new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                received.add(event);
                event.deferReply(true).queue(hook -> hook.editOriginal("Voici ta liste.")
                        .queue(edited -> hook.sendMessage("Et une suite.").queue(null, listenerFailures::add),
                                listenerFailures::add), listenerFailures::add);
            }
        });

        Interaction shop = discord.dispatchSlashCommand(From.dm(), "shop list", Map.of());

        Callback defer = discord.awaitCallback(shop, WAIT);
        assertThat(defer.type()).isEqualTo(FakeDiscord.DEFERRED_CHANNEL_MESSAGE);
        assertThat(defer.ephemeral()).isTrue();
        FakeDiscord.WebhookMessage edit = discord.awaitEdit(e -> e.token().equals(shop.token()), WAIT);
        assertThat(edit.content()).isEqualTo("Voici ta liste.");
        assertThat(discord.message(edit.messageId())).hasValueSatisfying(shown -> {
            assertThat(shown.content()).isEqualTo("Voici ta liste.");
            assertThat(shown.channelId()).isEqualTo(FakeDiscord.DM_CHANNEL_ID);
            assertThat(shown.flags()).as("loading is over, ephemeral stays").isEqualTo(FakeDiscord.EPHEMERAL);
        });
        assertThat(discord.awaitFollowUp(f -> f.token().equals(shop.token()), WAIT).content())
                .isEqualTo("Et une suite.");
        SlashCommandInteractionEvent event = received.poll(1, SECONDS);
        assertThat(event.getChannelType()).isEqualTo(ChannelType.PRIVATE);
        assertThat(event.getGuild()).isNull();
        assertThat(event.getUser().getIdLong()).isEqualTo(FakeDiscord.USER_ID);
        assertThat(event.getSubcommandName()).isEqualTo("list");
    }

    @Test
    void answersAnAutocompleteWithTwentyFiveChoices() throws Exception {
        List<String> typed = new CopyOnWriteArrayList<>();
        connect(Compression.NONE, new ListenerAdapter() {
            @Override
            public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
                typed.add(event.getFocusedOption().getName() + "=" + event.getFocusedOption().getValue());
                event.replyChoices(IntStream.rangeClosed(1, 25)
                                .mapToObj(i -> new Command.Choice(event.getFocusedOption().getValue() + " " + i,
                                        "recipe-" + i))
                                .toList())
                        .queue(null, listenerFailures::add);
            }
        });

        Interaction typing = discord.dispatchAutocomplete("recipe", "query", "tar");

        Callback answer = discord.awaitCallback(typing, WAIT);
        assertThat(answer.type()).isEqualTo(FakeDiscord.AUTOCOMPLETE_RESULT);
        assertThat(answer.choices()).hasSize(25);
        assertThat(answer.choices().get(0).name()).isEqualTo("tar 1");
        assertThat(answer.choices().get(24).value()).isEqualTo("recipe-25");
        assertThat(typed).containsExactly("query=tar");
    }

    @Test
    void aButtonPressUpdatesTheMessageItCameFrom() throws Exception {
        List<String> pressed = new CopyOnWriteArrayList<>();
        connect(Compression.NONE, new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                event.replyEmbeds(tarteEmbed())
                        .addComponents(ActionRow.of(Button.primary("cook:tarte:1", "Étape suivante")))
                        .queue(null, listenerFailures::add);
            }

            @Override
            public void onButtonInteraction(ButtonInteractionEvent event) {
                pressed.add(event.getComponentId() + " on " + event.getMessage().getId() + " labelled "
                        + event.getButton().getLabel());
                event.editMessage("Étape 2 : étaler la pâte.")
                        .setComponents(ActionRow.of(Button.primary("cook:tarte:2", "Étape suivante")))
                        .queue(null, listenerFailures::add);
            }
        });
        Interaction cook = discord.dispatchSlashCommand("cook", Map.of("recipe", "tarte"));
        discord.awaitCallback(cook, WAIT);

        Interaction press = discord.dispatchButton(From.guildChannel(), "cook:tarte:1");

        Callback update = discord.awaitCallback(press, WAIT);
        assertThat(update.type()).isEqualTo(FakeDiscord.UPDATE_MESSAGE);
        assertThat(update.content()).isEqualTo("Étape 2 : étaler la pâte.");
        assertThat(update.customIds()).containsExactly("cook:tarte:2");
        String messageId = pressed.get(0).split(" ")[2];
        assertThat(pressed).containsExactly("cook:tarte:1 on " + messageId + " labelled Étape suivante");
        assertThat(discord.message(messageId)).hasValueSatisfying(shown -> {
            assertThat(shown.content()).isEqualTo("Étape 2 : étaler la pâte.");
            assertThat(shown.embeds()).as("an edit keeps what it does not mention").hasSize(1);
            assertThat(shown.customIds()).containsExactly("cook:tarte:2");
            assertThat(shown.edited()).isTrue();
        });
    }

    @Test
    void refusesAnAnswerAfterTheThreeSecondWindow() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T18:00:00Z"));
        discord.close();
        discord = new FakeDiscord(FakeDiscord.DEFAULT_TOKEN, clock).start();
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        connect(Compression.NONE, new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                clock.advance(Duration.ofSeconds(4));
                event.reply("trop tard").queue(ok -> failure.complete(null), failure::complete);
            }
        });

        discord.dispatchSlashCommand("recipe", Map.of());

        assertThat(failure.get(3, SECONDS)).isInstanceOfSatisfying(ErrorResponseException.class,
                refused -> assertThat(refused.getErrorResponse()).isEqualTo(ErrorResponse.UNKNOWN_INTERACTION));
        assertThat(discord.callbacks()).isEmpty();
    }

    @Test
    void refusesASecondAnswerToTheSameInteraction() throws Exception {
        connect(Compression.NONE);
        Interaction recipe = discord.dispatchSlashCommand("recipe", Map.of());
        // No listener answers: the test answers twice by hand, as two bot processes would.
        ObjectNode reply = JSON.objectNode().put("type", FakeDiscord.CHANNEL_MESSAGE);
        reply.putObject("data").put("content", "une fois");

        try (Response first = postRaw("interactions/" + recipe.id() + "/" + recipe.token() + "/callback", reply)) {
            assertThat(first.code()).isEqualTo(204);
        }
        try (Response second = postRaw("interactions/" + recipe.id() + "/" + recipe.token() + "/callback", reply)) {
            assertThat(second.code()).isEqualTo(400);
            assertThat(MAPPER.readTree(second.body().string()).path("code").asInt()).isEqualTo(40060);
        }
    }

    // ---- channel messages, commands, rate limits ----

    @Test
    void sendsAMessageToTheCachedTextChannel() throws Exception {
        JDA jda = connect(Compression.NONE);

        Message sent = jda.getTextChannelById(FakeDiscord.TEXT_CHANNEL_ID).sendMessage("x").complete();

        assertThat(discord.channelMessages()).singleElement().satisfies(message -> {
            assertThat(message.channelId()).isEqualTo(FakeDiscord.TEXT_CHANNEL_ID);
            assertThat(message.content()).isEqualTo("x");
            assertThat(message.messageId()).isEqualTo(sent.getId());
        });
        assertThat(sent.getAuthor().getIdLong()).isEqualTo(FakeDiscord.BOT_ID);
        assertThat(sent.getGuild().getIdLong()).isEqualTo(FakeDiscord.GUILD_ID);
    }

    @Test
    void opensADirectMessageChannelAndPostsInIt() throws Exception {
        JDA jda = connect(Compression.NONE);

        Message sent = jda.openPrivateChannelById(FakeDiscord.USER_ID)
                .flatMap(channel -> channel.sendMessage("Rappel : sortir la pâte."))
                .complete();

        ChannelMessage reminder = discord.awaitChannelMessage(message -> true, WAIT);
        assertThat(reminder.channelId()).isEqualTo(FakeDiscord.DM_CHANNEL_ID);
        assertThat(reminder.content()).isEqualTo("Rappel : sortir la pâte.");
        assertThat(sent.getChannelType()).isEqualTo(ChannelType.PRIVATE);
    }

    @Test
    void findsAUserByIdAndRefusesAnUnknownOne() throws Exception {
        JDA jda = connect(Compression.NONE);

        assertThat(jda.retrieveUserById(FakeDiscord.USER_ID).complete().getName()).isEqualTo(FakeDiscord.USER_NAME);
        assertThatExceptionOfType(ErrorResponseException.class)
                .isThrownBy(() -> jda.retrieveUserById(987_654_321L).complete())
                .satisfies(refused -> assertThat(refused.getErrorResponse()).isEqualTo(ErrorResponse.UNKNOWN_USER));
    }

    @Test
    void editsTheBotsMessageInItsChannelUntilItIsDeleted() throws Exception {
        JDA jda = connect(Compression.NONE);
        var channel = jda.getTextChannelById(FakeDiscord.TEXT_CHANNEL_ID);
        Message sent = channel.sendMessage("avant").complete();

        Message edited = channel.editMessageById(sent.getIdLong(), "après").complete();
        discord.deleteMessage(sent.getId());

        assertThat(edited.getContentRaw()).isEqualTo("après");
        assertThat(edited.isEdited()).isTrue();
        assertThat(discord.channelEdits()).singleElement().satisfies(edit -> {
            assertThat(edit.messageId()).isEqualTo(sent.getId());
            assertThat(edit.channelId()).isEqualTo(FakeDiscord.TEXT_CHANNEL_ID);
            assertThat(edit.content()).isEqualTo("après");
        });
        assertThatExceptionOfType(ErrorResponseException.class)
                .isThrownBy(() -> channel.editMessageById(sent.getIdLong(), "encore").complete())
                .satisfies(refused -> assertThat(refused.getErrorResponse()).isEqualTo(ErrorResponse.UNKNOWN_MESSAGE));
        assertThat(discord.channelMessages()).hasSize(1);
    }

    @Test
    void refusesTheNextRequestOfARouteOnceAsAsked() throws Exception {
        JDA jda = connect(Compression.NONE);
        var channel = jda.getTextChannelById(FakeDiscord.TEXT_CHANNEL_ID);
        Message sent = channel.sendMessage("avant").complete();
        discord.refuseNext("PATCH", "channels/" + FakeDiscord.TEXT_CHANNEL_ID + "/messages/", 403, 50005,
                "Cannot edit a message authored by another user");

        assertThatExceptionOfType(ErrorResponseException.class)
                .isThrownBy(() -> channel.editMessageById(sent.getIdLong(), "après").complete())
                .satisfies(refused -> assertThat(refused.getErrorResponse()).isEqualTo(ErrorResponse.INVALID_AUTHOR_EDIT));
        assertThat(channel.editMessageById(sent.getIdLong(), "après").complete().getContentRaw()).isEqualTo("après");
    }

    @Test
    void recordsGlobalAndGuildCommandsWithLocalizationsAndAutocomplete() throws Exception {
        JDA jda = connect(Compression.NONE);

        List<Command> global = jda.updateCommands().addCommands(Commands.slash("recipe", "Find a recipe")
                        .setNameLocalization(DiscordLocale.FRENCH, "recette")
                        .setDescriptionLocalization(DiscordLocale.FRENCH, "Trouver une recette")
                        .addOptions(new OptionData(OptionType.STRING, "query", "Recipe name", true, true)
                                .setNameLocalization(DiscordLocale.FRENCH, "nom")
                                .setDescriptionLocalization(DiscordLocale.FRENCH, "Nom de la recette")))
                .complete();
        jda.getGuildById(FakeDiscord.GUILD_ID).updateCommands()
                .addCommands(Commands.slash("plan", "Plan the week")).complete();

        assertThat(global).singleElement().satisfies(command -> {
            assertThat(command.getName()).isEqualTo("recipe");
            assertThat(command.getNameLocalizations().get(DiscordLocale.FRENCH)).isEqualTo("recette");
            assertThat(command.getOptions().get(0).isAutoComplete()).isTrue();
        });
        List<RegisteredCommand> registered = discord.registeredCommands();
        assertThat(registered).extracting(RegisteredCommand::name, RegisteredCommand::guildId)
                .containsExactly(tuple("recipe", null),
                        tuple("plan", FakeDiscord.GUILD_ID));
        RegisteredCommand recipe = registered.get(0);
        assertThat(recipe.id()).isEqualTo(global.get(0).getId());
        assertThat(recipe.nameLocalizations()).containsEntry("fr", "recette");
        assertThat(recipe.descriptionLocalizations()).containsEntry("fr", "Trouver une recette");
        assertThat(recipe.option("query")).hasValueSatisfying(query -> {
            assertThat(query.autocomplete()).isTrue();
            assertThat(query.required()).isTrue();
            assertThat(query.nameLocalizations()).containsEntry("fr", "nom");
        });
    }

    @Test
    void aSlashCommandCarriesTheRegisteredCommandId() throws Exception {
        List<String> ids = new CopyOnWriteArrayList<>();
        JDA jda = connect(Compression.NONE, new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                ids.add(event.getCommandId());
                event.reply("ok").queue(null, listenerFailures::add);
            }
        });
        String id = jda.updateCommands().addCommands(Commands.slash("recipe", "Find a recipe")).complete().get(0)
                .getId();

        discord.awaitCallback(discord.dispatchSlashCommand("recipe", Map.of()), WAIT);

        assertThat(ids).containsExactly(id);
    }

    @Test
    void jdaWaitsOutA429OnTheChannelMessageRouteAndSendsOnce() throws Exception {
        JDA jda = connect(Compression.NONE);
        discord.rateLimitNext("channels/" + FakeDiscord.TEXT_CHANNEL_ID + "/messages");

        long start = System.nanoTime();
        jda.getTextChannelById(FakeDiscord.TEXT_CHANNEL_ID).sendMessage("après la pause").complete();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        List<RestCall> posts = discord.calls("POST", "channels/" + FakeDiscord.TEXT_CHANNEL_ID + "/messages");
        assertThat(posts).extracting(RestCall::status).containsExactly(429, 200);
        // JDA waits the larger of Retry-After (1 s, whole seconds) and retry_after (0.5 s) rounded up.
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(discord.channelMessages()).extracting(ChannelMessage::content).containsExactly("après la pause");
    }

    @Test
    void refusesEmbedsThatTogetherExceedSixThousandCharactersWhereJdaChecksNothing() throws Exception {
        JDA jda = connect(Compression.NONE);
        MessageEmbed first = new EmbedBuilder().setTitle("Première").setDescription("a".repeat(3500)).build();
        MessageEmbed second = new EmbedBuilder().setTitle("Seconde").setDescription("b".repeat(3500)).build();

        assertThatExceptionOfType(ErrorResponseException.class)
                .isThrownBy(() -> jda.getTextChannelById(FakeDiscord.TEXT_CHANNEL_ID)
                        .sendMessageEmbeds(first, second).complete())
                .satisfies(refused -> {
                    assertThat(refused.getErrorResponse()).isEqualTo(ErrorResponse.INVALID_FORM_BODY);
                    assertThat(refused.getSchemaErrors()).singleElement().satisfies(error -> {
                        assertThat(error.getLocation()).isEqualTo("embeds");
                        assertThat(error.getErrors().get(0).getCode()).isEqualTo("MAX_EMBED_SIZE_EXCEEDED");
                    });
                });
        assertThat(discord.channelMessages()).isEmpty();
    }

    // ---- Discord's limits, one by one, in raw requests (JDA itself refuses most of them before sending) ----

    static Stream<Arguments> messagesDiscordRefuses() {
        return Stream.of(
                Arguments.of("content over 2000", message(m -> m.put("content", "x".repeat(2001))), "content"),
                Arguments.of("more than 10 embeds", message(m -> {
                    ArrayNode embeds = m.putArray("embeds");
                    IntStream.range(0, 11).forEach(i -> embeds.addObject().put("title", "e" + i));
                }), "embeds"),
                Arguments.of("title over 256", embed(e -> e.put("title", "t".repeat(257))), "embeds.0.title"),
                Arguments.of("description over 4096", embed(e -> e.put("description", "d".repeat(4097))),
                        "embeds.0.description"),
                Arguments.of("more than 25 fields", embed(e -> {
                    ArrayNode fields = e.put("title", "t").putArray("fields");
                    IntStream.range(0, 26).forEach(i -> fields.addObject().put("name", "n").put("value", "v"));
                }), "embeds.0.fields"),
                Arguments.of("field value over 1024", embed(e -> e.putArray("fields").addObject()
                        .put("name", "n").put("value", "v".repeat(1025))), "embeds.0.fields.0.value"),
                Arguments.of("embeds over 6000 in all", message(m -> {
                    ArrayNode embeds = m.putArray("embeds");
                    embeds.addObject().put("description", "a".repeat(4000));
                    embeds.addObject().put("description", "b".repeat(2001));
                }), "embeds"),
                Arguments.of("more than 5 action rows", message(m -> {
                    ArrayNode rows = m.putArray("components");
                    IntStream.range(0, 6).forEach(i -> rows.add(row("r" + i)));
                }), "components"),
                Arguments.of("more than 5 buttons in a row", message(m -> m.putArray("components")
                        .add(row("a", "b", "c", "d", "e", "f"))), "components.0.components"),
                Arguments.of("custom_id over 100", message(m -> m.putArray("components").add(row("c".repeat(101)))),
                        "components.0.components.0.custom_id"),
                Arguments.of("duplicate custom_id", message(m -> m.putArray("components").add(row("same", "same"))),
                        "components.0.components.1.custom_id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messagesDiscordRefuses")
    void refusesWhatDiscordRefusesWithInvalidFormBody(String rule, ObjectNode message, String errorPath)
            throws IOException {
        try (Response response = postRaw("channels/" + FakeDiscord.TEXT_CHANNEL_ID + "/messages", message)) {
            JsonNode body = MAPPER.readTree(response.body().string());

            assertThat(response.code()).isEqualTo(400);
            assertThat(body.path("code").asInt()).isEqualTo(50035);
            assertThat(body.path("message").asText()).isEqualTo("Invalid Form Body");
            JsonNode at = body.path("errors");
            for (String step : errorPath.split("\\.")) {
                at = at.path(step);
            }
            assertThat(at.path("_errors").isArray()).as("errors at " + errorPath + " in " + body).isTrue();
        }
        assertThat(discord.channelMessages()).isEmpty();
    }

    @Test
    void refusesAnEmptyMessage() throws IOException {
        try (Response response = postRaw("channels/" + FakeDiscord.TEXT_CHANNEL_ID + "/messages",
                JSON.objectNode().put("content", ""))) {
            assertThat(response.code()).isEqualTo(400);
            assertThat(MAPPER.readTree(response.body().string()).path("code").asInt()).isEqualTo(50006);
        }
    }

    @Test
    void refusesMoreThanTwentyFiveAutocompleteChoices() throws Exception {
        connect(Compression.NONE); // no listener answers: the test answers by hand
        Interaction typing = discord.dispatchAutocomplete("recipe", "query", "t");
        ObjectNode answer = JSON.objectNode().put("type", FakeDiscord.AUTOCOMPLETE_RESULT);
        ArrayNode choices = answer.putObject("data").putArray("choices");
        IntStream.range(0, 26).forEach(i -> choices.addObject().put("name", "c" + i).put("value", "v" + i));

        try (Response response = postRaw("interactions/" + typing.id() + "/" + typing.token() + "/callback",
                answer)) {
            JsonNode body = MAPPER.readTree(response.body().string());
            assertThat(response.code()).isEqualTo(400);
            assertThat(body.path("errors").path("data").path("choices").path("_errors").get(0).path("code").asText())
                    .isEqualTo("BASE_TYPE_MAX_LENGTH");
        }
        assertThat(discord.callbacks()).isEmpty();
    }

    @Test
    void refusesARequestWithoutTheBotToken() throws IOException {
        rawClient();
        Request request = new Request.Builder().url(discord.restUrl() + "users/@me").build();
        try (Response response = rawClient.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(401);
        }
    }

    // ---- helpers ----

    private JDA connect(Compression compression, Object... listeners) throws InterruptedException {
        shards = DefaultShardManagerBuilder.createLight(discord.token(), EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
                .setSessionController(new DiscordBot.DaemonSessions(discord.gatewayUrl()))
                .setShardsTotal(1)
                .setCompression(compression)
                .setEnableShutdownHook(false)
                .addEventListeners(listeners)
                .build();
        long deadline = System.nanoTime() + WAIT.toNanos();
        JDA shard = shards.getShardById(0);
        while (shard == null && System.nanoTime() < deadline) {
            Thread.sleep(10);
            shard = shards.getShardById(0);
        }
        assertThat(shard).as("shard 0 started").isNotNull();
        return shard.awaitReady();
    }

    private static MessageEmbed tarteEmbed() {
        return new EmbedBuilder()
                .setTitle("Tarte aux pommes")
                .setDescription("Une tarte simple.")
                .addField("Temps", "45 min", true)
                .addField("Portions", "6", true)
                .build();
    }

    private static ObjectNode message(Consumer<ObjectNode> fill) {
        ObjectNode message = JSON.objectNode();
        fill.accept(message);
        return message;
    }

    private static ObjectNode embed(Consumer<ObjectNode> fill) {
        ObjectNode message = JSON.objectNode();
        fill.accept(message.putArray("embeds").addObject());
        return message;
    }

    private static ObjectNode row(String... customIds) {
        ObjectNode row = JSON.objectNode().put("type", 1);
        ArrayNode buttons = row.putArray("components");
        for (String customId : customIds) {
            buttons.addObject().put("type", 2).put("style", 1).put("label", "b").put("custom_id", customId);
        }
        return row;
    }

    private Response postRaw(String route, JsonNode body) throws IOException {
        rawClient();
        Request request = new Request.Builder()
                .url(discord.restUrl() + route)
                .header("Authorization", "Bot " + discord.token())
                .post(RequestBody.create(body.toString(), MediaType.get("application/json")))
                .build();
        return rawClient.newCall(request).execute();
    }

    private void rawClient() {
        if (rawClient == null) {
            // OkHttp's dispatcher threads are not daemons; these are ours to stop.
            rawClientThreads = Executors.newCachedThreadPool();
            rawClient = new OkHttpClient.Builder().dispatcher(new Dispatcher(rawClientThreads)).build();
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private Set<Thread> leftBehind() {
        Set<Thread> now = liveNonDaemonThreads();
        now.removeAll(threadsBefore);
        // JUnit's own watcher for @Timeout starts with the first test and lives on.
        now.removeIf(thread -> thread.getName().equals("junit-jupiter-timeout-watcher"));
        return now;
    }

    private static Set<Thread> liveNonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && !thread.isDaemon())
                .collect(Collectors.toSet());
    }

    /** A clock the test moves by hand, to step past Discord's deadlines without waiting for them. */
    private static final class MutableClock extends Clock {

        private final AtomicReference<Instant> now;

        MutableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void advance(Duration by) {
            now.updateAndGet(instant -> instant.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
