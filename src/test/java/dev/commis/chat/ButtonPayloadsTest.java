package dev.commis.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.reply.Button;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ButtonPayloadsTest {

    private final ButtonPayloads payloads = new ButtonPayloads();

    @Test
    void carriesAShortPayloadInTheActionItself() {
        assertThat(payloads.action("r", "plats-crepes:12")).isEqualTo("r:plats-crepes:12");
        assertThat(new ButtonPayloads().payload("plats-crepes:12")).hasValue("plats-crepes:12");
    }

    @Test
    void keepsALongPayloadBehindAToken() {
        String words = "végétarien dessert chocolat noisettes facile rapide sans gluten pour huit";
        String action = payloads.action("s", "0:" + words);
        assertThat(action.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Button.MAX_ACTION_BYTES);
        assertThat(payloads.payload(action.substring(2))).hasValue("0:" + words);
    }

    @Test
    void saysATokenFromAnotherRunHasExpired() {
        String action = payloads.action("s", "x".repeat(80));
        assertThat(new ButtonPayloads().payload(action.substring(2))).isEmpty();
    }

    @Test
    void aTokenBelongsToTheChatItWasMadeFor() {
        String action = payloads.forChat("telegram:1").action("s", "x".repeat(80));
        assertThat(payloads.forChat("telegram:1").payload(action.substring(2))).hasValue("x".repeat(80));
        assertThat(payloads.forChat("telegram:2").payload(action.substring(2))).isEmpty();
        assertThat(payloads.payload(action.substring(2))).isEmpty();
    }
}
