package dev.commis.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressGuardTest {

    /** Resolves every name to the literal address in {@code to}; no DNS is asked. */
    private static HostResolver pointingAt(String to) {
        return host -> List.of(InetAddress.getByName(to));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(value = {
            "127.0.0.1, loopback", "127.10.0.3, loopback", "::1, loopback", "10.1.2.3, private", "172.16.0.9, private",
            "192.168.1.20, private", "169.254.169.254, link-local", "fe80::1, link-local", "224.0.0.251, multicast",
            "ff02::1, multicast", "0.0.0.0, unspecified", "::, unspecified", "100.64.0.1, private", "fd12:3456::1, private",
            "::ffff:127.0.0.1, loopback", "::ffff:10.0.0.1, private", "93.184.216.34, ''", "2606:4700::1111, ''",
            "8.8.8.8, ''"})
    void namesWhatKindOfAddressItIs(String address, String kind) throws UnknownHostException {
        assertThat(AddressGuard.kind(InetAddress.getByName(address))).isEqualTo(kind);
    }

    @Test
    void refusesANameThatResolvesToLoopback() {
        AddressGuard guard = new AddressGuard(pointingAt("127.0.0.1"), false);

        assertThatThrownBy(() -> guard.check(URI.create("https://recipes.example/soup"), "https://recipes.example/soup"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ImportException.Reason.REFUSED_ADDRESS);
                    assertThat(e.getMessage()).startsWith("https://recipes.example/soup: refused")
                            .contains("recipes.example (loopback address 127.0.0.1)")
                            .contains("import.allow_private_addresses");
                });
    }

    @Test
    void refusesLocalhostThroughTheSystemResolver() {
        AddressGuard guard = new AddressGuard(HostResolver.SYSTEM, false);

        assertThatThrownBy(() -> guard.check(URI.create("http://localhost:8080/"), "http://localhost:8080/"))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.reason()).isEqualTo(ImportException.Reason.REFUSED_ADDRESS));
    }

    @Test
    void refusesWhenAnyOfTheAddressesIsPrivate() {
        HostResolver both = host -> List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.1"));

        assertThatThrownBy(() -> new AddressGuard(both, false).check(URI.create("https://two.example/"), "x"))
                .hasMessageContaining("private address 10.0.0.1");
    }

    @Test
    void letsPublicAddressesAndWithTheSettingPrivateOnesThrough() {
        assertThatCode(() -> new AddressGuard(pointingAt("93.184.216.34"), false)
                .check(URI.create("https://recipes.example/"), "x")).doesNotThrowAnyException();
        assertThatCode(() -> new AddressGuard(pointingAt("127.0.0.1"), true)
                .check(URI.create("http://localhost/"), "x")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({"file:///etc/passwd", "ftp://files.example/recipe.html", "javascript:alert(1)", "gopher://old.example/"})
    void refusesEverySchemeButHttpAndHttpsEvenWhenPrivateAddressesAreAllowed(String link) {
        assertThatThrownBy(() -> new AddressGuard(pointingAt("93.184.216.34"), true).check(URI.create(link), link))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ImportException.Reason.BAD_URL);
                    assertThat(e.getMessage()).startsWith(link + ": not a web page address");
                });
    }

    @Test
    void saysWhenTheHostDoesNotExist() {
        HostResolver none = host -> {
            throw new UnknownHostException(host);
        };
        assertThatThrownBy(() -> new AddressGuard(none, false).check(URI.create("https://nowhere.example/"), "https://nowhere.example/"))
                .hasMessage("https://nowhere.example/: the host nowhere.example was not found");
    }
}
