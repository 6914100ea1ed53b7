package dev.commis.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commis.text.Language;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsLoaderTest {

    private static final String TOKEN = "123456:SECRET-token_value";

    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        Path file = dir.resolve("commis.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static Settings load(Path file, Map<String, String> env) throws SettingsException {
        return new SettingsLoader(env).load(file);
    }

    @Test
    void readsTheShippedFile() throws SettingsException {
        Settings settings = load(Path.of("config/commis.yaml"), Map.of());
        assertThat(settings.vault()).isEqualTo(Path.of("recipes"));
        assertThat(settings.data()).isEqualTo(Path.of("data"));
        assertThat(settings.lang()).isEqualTo(Language.FR);
        assertThat(settings.timezone()).isEqualTo(ZoneId.systemDefault());
        assertThat(settings.quickMinutes()).isEqualTo(30);
        assertThat(settings.templates()).isEqualTo("Templates");
        assertThat(settings.reminders().headsUp()).isEqualTo(java.time.Duration.ofMinutes(10));
        assertThat(settings.reminders().grace()).isEqualTo(java.time.Duration.ofHours(1));
        assertThat(settings.telegram().token()).isEmpty();
        assertThat(settings.telegram().apiUrl()).isEqualTo(URI.create("https://api.telegram.org"));
        assertThat(settings.telegram().allowed()).isEmpty();
        assertThat(settings.discord().token()).isEmpty();
        assertThat(settings.discord().guilds()).isEmpty();
    }

    @Test
    void readsEveryKey() throws Exception {
        Settings settings = load(file("""
                vault: /srv/recettes
                data: /var/lib/commis
                lang: EN
                timezone: Europe/Paris
                quick_minutes: 20
                templates: Modèles
                reminders:
                  heads_up_minutes: 5
                  grace_minutes: 120
                telegram:
                  token: "%s"
                  api_url: http://127.0.0.1:8081/
                  allowed: [42, -1001234567890]
                discord:
                  token: abc.def.ghi
                  guilds: [123456789012345678]
                  api_url: http://127.0.0.1:8090/api/v10/
                  gateway_url: ws://127.0.0.1:8090/gateway
                  shards: 2
                """.formatted(TOKEN)), Map.of());
        assertThat(settings.vault()).isEqualTo(Path.of("/srv/recettes"));
        assertThat(settings.data()).isEqualTo(Path.of("/var/lib/commis"));
        assertThat(settings.lang()).isEqualTo(Language.EN);
        assertThat(settings.timezone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(settings.quickMinutes()).isEqualTo(20);
        assertThat(settings.templates()).isEqualTo("Modèles");
        assertThat(settings.reminders().headsUp()).isEqualTo(java.time.Duration.ofMinutes(5));
        assertThat(settings.reminders().grace()).isEqualTo(java.time.Duration.ofHours(2));
        assertThat(settings.telegram().token()).hasValue(new Secret(TOKEN));
        assertThat(settings.telegram().apiUrl()).isEqualTo(URI.create("http://127.0.0.1:8081"));
        assertThat(settings.telegram().allowed()).containsExactly(42L, -1001234567890L);
        assertThat(settings.discord().token()).hasValue(new Secret("abc.def.ghi"));
        assertThat(settings.discord().guilds()).containsExactly(123456789012345678L);
        assertThat(settings.discord().apiUrl()).isEqualTo(URI.create("http://127.0.0.1:8090/api/v10"));
        assertThat(settings.discord().gatewayUrl()).hasValue(URI.create("ws://127.0.0.1:8090/gateway"));
        assertThat(settings.discord().shards()).isEqualTo(2);
    }

    @Test
    void defaultsToDiscordsOwnEndpointsAndItsShardCount() throws SettingsException {
        Settings settings = load(null, Map.of("DISCORD_GATEWAY_URL", "wss://proxy.example/gw"));
        assertThat(settings.discord().apiUrl()).isEqualTo(URI.create("https://discord.com/api/v10"));
        assertThat(settings.discord().gatewayUrl()).hasValue(URI.create("wss://proxy.example/gw"));
        assertThat(settings.discord().shards()).isZero();
    }

    @Test
    void readsTheCapOnRemindersPerChatAndRefusesZero() throws Exception {
        assertThat(new SettingsLoader(Map.of()).load(null).reminders().maxPerChat()).isEqualTo(100);
        assertThat(load(file("reminders:\n  max_per_chat: 20\n"), Map.of()).reminders().maxPerChat()).isEqualTo(20);
        Path zero = file("reminders:\n  max_per_chat: 0\n");
        assertThatThrownBy(() -> load(zero, Map.of())).hasMessageContaining("'reminders.max_per_chat' has value '0'");
    }

    @Test
    void readsTheTelegramTimeoutAndRefusesOneTooShortForAnAnswer() throws Exception {
        assertThat(new SettingsLoader(Map.of()).load(null).telegram().timeout()).isEqualTo(java.time.Duration.ofSeconds(75));
        assertThat(load(Path.of("config/commis.yaml"), Map.of()).telegram().timeout()).isEqualTo(java.time.Duration.ofSeconds(75));
        assertThat(load(file("telegram:\n  timeout_seconds: 4\n"), Map.of()).telegram().timeout())
                .isEqualTo(java.time.Duration.ofSeconds(4));
        for (String bad : List.of("1", "0", "601", "soon")) {
            Path file = file("telegram:\n  timeout_seconds: " + bad + "\n");
            assertThatThrownBy(() -> load(file, Map.of())).as(bad)
                    .hasMessageContaining("'telegram.timeout_seconds' has value '" + bad + "'");
        }
    }

    @Test
    void givesDefaultsWhenThereIsNoFile() throws SettingsException {
        Settings settings = new SettingsLoader(Map.of()).load(null);
        assertThat(settings.vault()).isEqualTo(Path.of("recipes"));
        assertThat(settings.quickMinutes()).isEqualTo(30);
    }

    @Test
    void substitutesEnvironmentVariables() throws Exception {
        Settings settings = load(file("""
                vault: ${HOME_DIR}/recettes
                data: ${STATE_DIR:-/tmp/commis}
                lang: ${LANGUE:-en}
                telegram:
                  allowed: ${ALLOWED}
                """), Map.of("HOME_DIR", "/home/lea", "LANGUE", "", "ALLOWED", "1, 2 3"));
        assertThat(settings.vault()).isEqualTo(Path.of("/home/lea/recettes"));
        assertThat(settings.data()).isEqualTo(Path.of("/tmp/commis"));
        assertThat(settings.lang()).as("an empty variable takes the default").isEqualTo(Language.EN);
        assertThat(settings.telegram().allowed()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void refusesAMissingVariableWithoutDefault() throws Exception {
        Path file = file("telegram:\n  token: ${TG_TOKEN}\n");
        assertThatThrownBy(() -> load(file, Map.of()))
                .hasMessage(file + ": key 'telegram.token' uses ${TG_TOKEN}, which is not set: set TG_TOKEN,"
                        + " or write ${TG_TOKEN:-default} to give a default");
    }

    @Test
    void environmentOverridesTheFile() throws Exception {
        Settings settings = load(file("vault: from-file\ntelegram:\n  token: file-token\n"), Map.of(
                "COMMIS_VAULT", "/env/vault", "COMMIS_DATA", "/env/data", "TELEGRAM_BOT_TOKEN", TOKEN,
                "TELEGRAM_API_URL", "http://localhost:9000", "DISCORD_BOT_TOKEN", "d.t.k"));
        assertThat(settings.vault()).isEqualTo(Path.of("/env/vault"));
        assertThat(settings.data()).isEqualTo(Path.of("/env/data"));
        assertThat(settings.telegram().token()).hasValue(new Secret(TOKEN));
        assertThat(settings.telegram().apiUrl()).isEqualTo(URI.create("http://localhost:9000"));
        assertThat(settings.discord().token()).hasValue(new Secret("d.t.k"));
    }

    @Test
    void refusesAnUnknownKey() throws Exception {
        Path file = file("telegram:\n  tokn: x\n");
        assertThatThrownBy(() -> load(file, Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith(file + ": unknown key 'telegram.tokn'; the keys are vault, data, lang");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "lang             | de            | 'lang' has value 'de'; expected fr or en",
            "timezone         | Paris         | 'timezone' has value 'Paris'; expected a time zone",
            "quick_minutes    | abc           | 'quick_minutes' has value 'abc'; expected a whole number of minutes",
            "quick_minutes    | 0             | 'quick_minutes' has value '0'; expected a whole number of minutes",
            "vault            | [a, b]        | 'vault' has value '[a, b]'; expected a single value",
    })
    void refusesBadValuesNamingFileKeyAndValue(String key, String value, String message) throws Exception {
        Path file = file(key + ": " + value + "\n");
        assertThatThrownBy(() -> load(file, Map.of())).hasMessageStartingWith(file + ": key " + message);
    }

    @Test
    void refusesBadIdsAndUrls() throws Exception {
        Path file = file("telegram:\n  allowed: [12, bob]\n  api_url: ftp://x\n");
        assertThatThrownBy(() -> load(file, Map.of()))
                .hasMessageContaining("key 'telegram.api_url' has value 'ftp://x'; expected an address starting with http:// or https://");
        Path ids = file("discord:\n  guilds: [12, -5]\n");
        assertThatThrownBy(() -> load(ids, Map.of()))
                .hasMessage(ids + ": key 'discord.guilds' has '-5' in its list; expected numeric server ids such as 123456789012345678");
    }

    @Test
    void namesTheEnvironmentVariableForABadOverride() {
        assertThatThrownBy(() -> load(null, Map.of("TELEGRAM_API_URL", "nonsense")))
                .hasMessageStartingWith("environment variable TELEGRAM_API_URL: key 'telegram.api_url' has value 'nonsense'");
    }

    @Test
    void neverShowsAToken() throws Exception {
        Secret secret = new Secret(TOKEN);
        assertThat(secret.toString()).doesNotContain("SECRET");
        Settings settings = load(file("telegram:\n  token: " + TOKEN + "\n"), Map.of());
        assertThat(settings.toString()).doesNotContain(TOKEN).doesNotContain("SECRET");
        Path spaced = file("telegram:\n  token: \"" + TOKEN + " oops\"\n");
        assertThatThrownBy(() -> load(spaced, Map.of()))
                .hasMessageContaining("key 'telegram.token' holds spaces")
                .message().doesNotContain("SECRET");
        Path broken = file("telegram:\n  token: " + TOKEN + ": : bad\n");
        assertThatThrownBy(() -> load(broken, Map.of()))
                .hasMessageContaining("not valid YAML")
                .message().doesNotContain("SECRET");
    }

    @Test
    void namesTheLineOfBrokenYaml() throws Exception {
        Path file = file("vault: recipes\nlang: [fr\n");
        assertThatThrownBy(() -> load(file, Map.of())).hasMessageStartingWith(file + ":3: not valid YAML");
    }

    @Test
    void refusesAMissingFileThatWasNamed() {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> load(missing, Map.of())).hasMessage(missing + ": no such settings file");
    }

    @Test
    void refusesAValueWhereASectionBelongs() throws Exception {
        Path file = file("telegram: abc\n");
        assertThatThrownBy(() -> load(file, Map.of()))
                .hasMessage(file + ": key 'telegram' must hold keys of its own, such as telegram.token");
    }

    /** Shaped like a real BotFather token, so that an error message hiding tokens by shape would hide it. */
    private static final String REAL_SHAPED = "7123456789:AAHk3qP0s_Zx9vW2mLr8TtYuIoPa-sDfGhJ";

    @Test
    void refusesAKeyWrittenTwiceNamingFileKeyAndLine() throws Exception {
        Path file = file("""
                telegram:
                  allowed: [42]
                lang: en
                telegram:
                  api_url: http://127.0.0.1:8081
                """);
        assertThatThrownBy(() -> load(file, Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessage(file + ":4: key 'telegram' is written twice (first at line 1); keep one: the second would replace the first");
        Path nested = file("discord:\n  shards: 1\n  guilds: []\n  shards: 2\n");
        assertThatThrownBy(() -> load(nested, Map.of()))
                .hasMessage(nested + ":4: key 'discord.shards' is written twice (first at line 2); keep one: the second would replace the first");
    }

    @Test
    void refusesATypedValueWithoutAStackTraceOrTheValue() throws Exception {
        Path binary = file("telegram:\n  token: !!binary abc$%^\n");
        assertThatThrownBy(() -> load(binary, Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessage(binary + ":2: key 'telegram.token' has a value typed !!binary; write it as plain text, without a !! tag"
                        + " (the value is not shown here)");
        Path decodable = file("telegram:\n  token: !!binary aGVsbG8=\n");
        assertThatThrownBy(() -> load(decodable, Map.of())).isInstanceOf(SettingsException.class)
                .message().doesNotContain("aGVsbG8");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "telegram:NL  allowed: [42, TOKEN]NL",
            "telegram:NL  allowed: TOKENNL",
            "telegram:NL  api_url: TOKENNL",
            "telegram:NL  api_url: https://api.telegram.org/botTOKEN/NL",
            "discord:NL  gateway_url: TOKENNL",
            "lang: TOKENNL",
            "TOKEN: 1NL",
    })
    void neverEchoesATokenPastedIntoAnotherKey(String yaml) throws Exception {
        Path file = file(yaml.replace("NL", "\n").replace("TOKEN", REAL_SHAPED));
        assertThatThrownBy(() -> load(file, Map.of()))
                .isInstanceOf(SettingsException.class)
                .message().contains(file.toString()).doesNotContain("AAHk3qP0s").doesNotContain("7123456789");
    }

    @Test
    void neverEchoesTheConfiguredTokenWhateverItsShape() throws Exception {
        Path file = file("telegram:\n  token: short-one\n  api_url: x-short-one\n");
        assertThatThrownBy(() -> load(file, Map.of())).message().doesNotContain("short-one");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
            "telegram.token | token: [a, " + TOKEN + "]",
            "discord.token  | token: {x: " + TOKEN + "}",
    })
    void hidesATokenOfTheWrongTypeInTheError(String key, String line) throws Exception {
        Path file = file(key.substring(0, key.indexOf('.')) + ":\n  " + line + "\n");
        assertThatThrownBy(() -> load(file, Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("'" + key + "'")
                .message().doesNotContain("SECRET");
    }

    @Test
    void hidesATokenOfTheWrongTypeFromTheEnvironment() {
        assertThatThrownBy(() -> load(null, Map.of("TELEGRAM_BOT_TOKEN", TOKEN + " " + TOKEN)))
                .hasMessageStartingWith("environment variable TELEGRAM_BOT_TOKEN: key 'telegram.token' holds spaces")
                .message().doesNotContain("SECRET");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1 MB     | 1048576",
            "512KB    | 524288",
            "2000000  | 2000000",
            "1 gb     | 1073741824",
            "64 k     | 65536",
    })
    void readsTheRecipeSizeLimit(String written, long bytes) throws Exception {
        assertThat(load(file("max_recipe_size: " + written + "\n"), Map.of()).maxRecipeSize()).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12", "2 GB", "lots", "-1 MB", "1.5 MB"})
    void refusesABadRecipeSizeLimit(String written) throws Exception {
        Path file = file("max_recipe_size: " + written + "\n");
        assertThatThrownBy(() -> load(file, Map.of()))
                .hasMessage(file + ": key 'max_recipe_size' has value '" + written + "'; expected a size from 1 KB to 1 GB"
                        + " such as 1 MB, 512 KB or 2000000 (bytes)");
    }

    @Test
    void theRecipeSizeLimitDefaultsToOneMegabyte() throws SettingsException {
        assertThat(load(null, Map.of()).maxRecipeSize()).isEqualTo(1L << 20);
        assertThat(load(Path.of("config/commis.yaml"), Map.of()).maxRecipeSize()).isEqualTo(1L << 20);
    }
}
