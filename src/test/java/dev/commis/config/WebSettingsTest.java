package dev.commis.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kitchen screen's settings: {@code web.port}, {@code web.bind}, {@code web.public_url}, {@code COMMIS_WEB_PORT}. */
class WebSettingsTest {

    @TempDir
    Path dir;

    private Path file(String yaml) throws Exception {
        return Files.writeString(dir.resolve("commis.yaml"), yaml);
    }

    private static Settings load(Path file, Map<String, String> env) throws SettingsException {
        return new SettingsLoader(env).load(file);
    }

    @Test
    void theWebServerIsOffByDefaultAndInTheShippedFile() throws Exception {
        assertThat(load(file("lang: fr\n"), Map.of()).web()).isEqualTo(new Settings.Web(false, "127.0.0.1", 0, Optional.empty()));
        assertThat(load(Path.of("config/commis.yaml"), Map.of()).web().on()).isFalse();
    }

    @Test
    void readsEveryWebKey() throws Exception {
        Settings settings = load(file("""
                web:
                  port: 8080
                  bind: 0.0.0.0
                  public_url: https://commis.example.org/
                """), Map.of());

        assertThat(settings.web()).isEqualTo(new Settings.Web(true, "0.0.0.0", 8080,
                Optional.of(URI.create("https://commis.example.org"))));
    }

    @Test
    void theEnvironmentVariableTurnsItOnWhateverTheFileSays() throws Exception {
        Settings settings = load(file("web:\n  port: 0\n"), Map.of("COMMIS_WEB_PORT", "8099"));

        assertThat(settings.web().on()).isTrue();
        assertThat(settings.web().port()).isEqualTo(8099);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "port       | 70000                 | 'web.port' has value '70000'; expected a whole number from 0 to 65535",
            "port       | http                  | 'web.port' has value 'http'; expected a whole number from 0 to 65535",
            "port       | -1                    | 'web.port' has value '-1'; expected a whole number from 0 to 65535",
            "bind       | my-laptop             | 'web.bind' has value 'my-laptop'; expected an IP address to listen on, such as 127.0.0.1 (this machine only) or 0.0.0.0 (the network)",
            "public_url | ftp://example.org     | 'web.public_url' has value 'ftp://example.org'; expected an address starting with http:// or https://, without ? or #, such as http://192.168.1.20:8080 or https://commis.example.org",
            "public_url | https://x.org/?a=b    | 'web.public_url' has value 'https://x.org/?a=b'; expected an address starting with http:// or https://",
            "public_url | tablet                | 'web.public_url' has value 'tablet'; expected an address starting with http:// or https://",
    })
    void refusesBadWebValuesNamingFileKeyAndValue(String key, String value, String message) throws Exception {
        Path file = file("web:\n  " + key + ": " + value + "\n");
        assertThatThrownBy(() -> load(file, Map.of())).hasMessageStartingWith(file + ": key " + message);
    }

    @Test
    void namesTheEnvironmentVariableForABadPort() {
        assertThatThrownBy(() -> load(null, Map.of("COMMIS_WEB_PORT", "eighty")))
                .hasMessage("environment variable COMMIS_WEB_PORT: key 'web.port' has value 'eighty';"
                        + " expected a whole number from 0 to 65535");
    }

    @Test
    void anUnknownWebKeyIsRefused() throws Exception {
        Path file = file("web:\n  host: 1.2.3.4\n");
        assertThatThrownBy(() -> load(file, Map.of())).hasMessageStartingWith(file + ": unknown key 'web.host'");
    }
}
