package dev.commis.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code import.*} settings: defaults, every key, and bad values refused with the key named. */
class ImportSettingsTest {

    @TempDir
    Path dir;

    private Settings.Import load(String yaml) throws Exception {
        Path file = dir.resolve("commis.yaml");
        Files.writeString(file, yaml);
        return new SettingsLoader(Map.of()).load(file).imports();
    }

    @Test
    void defaultsAreTheDocumentedOnes() throws Exception {
        for (Settings.Import imports : new Settings.Import[] {load(""),
                new SettingsLoader(Map.of()).load(Path.of("config/commis.yaml")).imports()}) {
            assertThat(imports.folder()).isEqualTo("Imports");
            assertThat(imports.maxPageBytes()).isEqualTo(5L * 1024 * 1024);
            assertThat(imports.timeout()).isEqualTo(Duration.ofSeconds(20));
            assertThat(imports.allowPrivateAddresses()).isFalse();
            assertThat(imports.allowed()).isEmpty();
        }
    }

    @Test
    void readsEveryKey() throws Exception {
        Settings.Import imports = load("""
                import:
                  folder: Recettes/Web
                  max_page_mb: 2
                  timeout_seconds: 7
                  allow_private_addresses: true
                  allowed: [telegram:123456789, "discord:123456789012345678"]
                """);

        assertThat(imports.folder()).isEqualTo("Recettes/Web");
        assertThat(imports.maxPageBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(imports.timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(imports.allowPrivateAddresses()).isTrue();
        assertThat(imports.allowed()).containsExactly("telegram:123456789", "discord:123456789012345678");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "folder                  | ../outside | 'import.folder' has value '../outside'; expected a folder inside the vault",
            "folder                  | /etc       | 'import.folder' has value '/etc'; expected a folder inside the vault",
            "allow_private_addresses | yes        | 'import.allow_private_addresses' has value 'yes'; expected true or false",
            "max_page_mb             | 500        | 'import.max_page_mb' has value '500'; expected a whole number from 0 to 100",
            "max_page_mb             | 0          | 'import.max_page_mb' has value '0'; expected a whole number from 1",
            "timeout_seconds         | soon       | 'import.timeout_seconds' has value 'soon'; expected a whole number",
            "allowed                 | [bob]      | 'import.allowed' has 'bob' in its list; expected users such as telegram:123456789"})
    void refusesBadValuesNamingTheKey(String key, String value, String message) throws Exception {
        Path file = dir.resolve("commis.yaml");
        Files.writeString(file, "import:\n  " + key + ": " + value + "\n");

        assertThatThrownBy(() -> new SettingsLoader(Map.of()).load(file)).hasMessageStartingWith(file + ": key " + message);
    }
}
