package dev.commis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which presses come from the kitchen screen's own page. */
class OriginsTest {

    @ParameterizedTest(name = "{0} / {1} / {2} via {3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "https://commis.example.org         | same-origin | commis.example.org | https://commis.example.org | true",
            "https://commis.example.org         | -           | -                  | https://commis.example.org | true",
            "http://192.168.1.20:8080           | same-origin | 192.168.1.20:8080  | http://192.168.1.20:8080   | true",
            "http://127.0.0.1:8080              | same-origin | 127.0.0.1:8080     | http://192.168.1.20:8080   | true",
            "https://commis.example.org:443     | same-origin | -                  | https://commis.example.org | false",
            "https://evil.example               | cross-site  | commis.example.org | https://commis.example.org | false",
            "https://evil.example               | -           | commis.example.org | https://commis.example.org | false",
            "https://commis.example.org         | same-site   | commis.example.org | https://commis.example.org | false",
            "https://commis.example.org         | none        | commis.example.org | https://commis.example.org | false",
            "-                                  | same-origin | commis.example.org | https://commis.example.org | false",
            "null                               | -           | commis.example.org | https://commis.example.org | false",
            "http://commis.example.org.evil.io  | -           | commis.example.org | https://commis.example.org | false",
    })
    void acceptsOnlyThisServersOrigin(String origin, String site, String host, String publicUrl, boolean accepted) {
        Headers headers = new Headers();
        if (origin != null) {
            headers.set("Origin", origin);
        }
        if (site != null) {
            headers.set("Sec-Fetch-Site", site);
        }
        if (host != null) {
            headers.set("Host", host);
        }
        assertThat(Origins.sameOrigin(headers, URI.create(publicUrl))).isEqualTo(accepted);
    }
}
