package dev.commis.discord;

import dev.commis.chat.ChatCore;
import dev.commis.config.Settings;
import dev.commis.reminders.Delivery;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commis on Discord: a shard manager (as many shards as configured, else as Discord recommends)
 * over the REST and gateway addresses of the settings, slash commands registered globally or to
 * the configured servers, and reminders posted where the cook started. Keeps ids, never JDA
 * objects, so that a reconnect changes nothing.
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

    /** The prefix of Discord chats' keys in the core ({@code discord:123}, {@code discord:dm:456}). */
    public static final String PLATFORM = "discord";

    /** How often, at least, the polls that end by themselves are looked at again (a new poll, a jump of the clock). */
    static final Duration POLL_RECHECK = Duration.ofMinutes(10);

    private final ShardManager shards;
    private final ScheduledExecutorService pollTimer;
    private final DiscordPollEnds pollEnds;
    private final ReplaceableMessages replaceable;
    private final DiscordPush push;

    private DiscordBot(ShardManager shards, ScheduledExecutorService pollTimer, DiscordPollEnds pollEnds,
            ReplaceableMessages replaceable) {
        this.shards = shards;
        this.pollTimer = pollTimer;
        this.pollEnds = pollEnds;
        this.replaceable = replaceable;
        this.push = new DiscordPush(shards, replaceable);
    }

    /** Connects with the token and addresses of {@code settings} and starts answering. */
    public static DiscordBot start(Settings.Discord settings, ChatCore core) {
        return start(settings, core, POLL_RECHECK);
    }

    /** {@link #start(Settings.Discord, ChatCore)}, looking at the polls that end by themselves every {@code pollRecheck} at least. */
    static DiscordBot start(Settings.Discord settings, ChatCore core, Duration pollRecheck) {
        String token = settings.token().orElseThrow(() -> new IllegalArgumentException("no Discord token")).reveal();
        ScheduledExecutorService pollTimer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "discord-poll-ends");
            thread.setDaemon(true);
            return thread;
        });
        DiscordPollEnds pollEnds = new DiscordPollEnds(core, pollTimer, pollRecheck);
        List<SlashCommandData> commands = DiscordCommands.of(core.commands());
        ReplaceableMessages replaceable = new ReplaceableMessages();
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(token, EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(new RestConfig().setBaseUrl(withSlash(settings.apiUrl())))
                .setCompression(Compression.NONE)
                .addEventListeners(new DiscordListener(core, replaceable), new CommandRegistration(commands, settings.guilds()), pollEnds);
        builder.setSessionController(new DaemonSessions(settings.gatewayUrl().map(URI::toString).orElse(null)))
                .setEnableShutdownHook(false); // Commis closes the bot itself, in order, on SIGTERM
        if (settings.shards() > 0) {
            builder.setShardsTotal(settings.shards());
        }
        ShardManager shards = builder.build();
        LOG.info("Discord connecting ({} shard(s))", settings.shards() > 0 ? settings.shards() : "recommended");
        return new DiscordBot(shards, pollTimer, pollEnds, replaceable);
    }

    /** Settles now the polls whose time is up, and returns once done: for tests. */
    void checkPollEnds() throws Exception {
        pollTimer.submit(pollEnds::check).get(30, TimeUnit.SECONDS);
    }

    /**
     * Sends the kitchen screen's replies to Discord channels and direct messages: the cook's next step edits the
     * chat's cook message, as a press on its own button does ({@link DiscordPush}).
     */
    public dev.commis.chat.ChatPush pushes() {
        return push;
    }

    /** The message of {@code chat} that a replacing push edits, if known: for tests, which wait until it is remembered. */
    java.util.Optional<Long> replaceableMessage(String chat) {
        return replaceable.last(chat);
    }

    /** Sends reminders to Discord channels and direct messages. */
    public Delivery delivery() {
        return new DiscordDelivery(shards);
    }

    /** Waits until every shard is connected, for at most {@code seconds}; whether they all are. */
    public boolean awaitConnected(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (!shards.getShards().isEmpty() && shards.getShards().stream().allMatch(jda -> jda.getStatus() == JDA.Status.CONNECTED)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Disconnects every shard and waits (a few seconds at most) until they are down. */
    @Override
    public void close() {
        pollTimer.shutdownNow();
        shards.shutdown();
        for (JDA shard : shards.getShards()) {
            try {
                shard.awaitShutdown(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        LOG.info("Discord disconnected");
    }

    private static String withSlash(URI api) {
        String text = api.toString();
        return text.endsWith("/") ? text : text + "/";
    }

    /** Registers the slash commands: globally once, or in each configured server as soon as it is ready. */
    private static final class CommandRegistration extends ListenerAdapter {
        private final List<SlashCommandData> commands;
        private final List<Long> guilds;

        CommandRegistration(List<SlashCommandData> commands, List<Long> guilds) {
            this.commands = commands;
            this.guilds = guilds;
        }

        @Override
        public void onReady(ReadyEvent event) {
            LOG.info("Discord connected as {} (shard {})", event.getJDA().getSelfUser().getName(),
                    event.getJDA().getShardInfo().getShardId());
            if (guilds.isEmpty() && event.getJDA().getShardInfo().getShardId() == 0) {
                event.getJDA().updateCommands().addCommands(commands).queue(
                        done -> LOG.info("Discord slash commands registered globally"),
                        e -> LOG.warn("Discord refused the slash commands: {}", e.getMessage()));
            }
        }

        @Override
        public void onGuildReady(GuildReadyEvent event) {
            if (guilds.contains(event.getGuild().getIdLong())) {
                event.getGuild().updateCommands().addCommands(commands).queue(
                        done -> LOG.info("Discord slash commands registered in server {}", event.getGuild().getIdLong()),
                        e -> LOG.warn("Discord refused the slash commands in server {}: {}", event.getGuild().getIdLong(),
                                e.getMessage()));
            }
        }
    }

    /**
     * JDA's session controller, with two changes: shards connect to the configured gateway when
     * there is one (keeping the shard count Discord gives), and logins run on a daemon thread.
     * JDA's login worker takes the daemon status of the thread that built the shards and then
     * sleeps 5 s, which would hold the process that long after a stop.
     */
    static final class DaemonSessions extends ConcurrentSessionController {
        private final String gateway;

        /** @param gateway the gateway URL, or null for Discord's own */
        DaemonSessions(String gateway) {
            this.gateway = gateway;
        }

        @Override
        public void appendSession(SessionConnectNode node) {
            Thread starter = new Thread(() -> super.appendSession(node), "discord-session-starter");
            starter.setDaemon(true);
            starter.start();
            try {
                starter.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public String getGateway() {
            return gateway != null ? gateway : super.getGateway();
        }

        @Override
        public ShardedGateway getShardedGateway(JDA api) {
            ShardedGateway recommended = super.getShardedGateway(api);
            return gateway == null ? recommended
                    : new ShardedGateway(gateway, recommended.getShardTotal(), recommended.getConcurrency());
        }
    }
}
