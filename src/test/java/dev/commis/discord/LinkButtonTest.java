package dev.commis.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import org.junit.jupiter.api.Test;

/** The kitchen screen's link button on Discord: a link button, beside the cook's own. */
class LinkButtonTest {

    @Test
    void aLinkButtonOpensItsAddress() {
        List<List<ActionRow>> groups = ButtonRows.groups(List.of(
                List.of(new dev.commis.chat.reply.Button("Next ▶", "ck:1:plats-feta", 2)),
                List.of(dev.commis.chat.reply.Button.link("📺 Kitchen screen", "https://commis.example.org/k/abc"))));

        List<Button> buttons = groups.get(0).stream().flatMap(row -> row.getButtons().stream()).toList();
        assertThat(buttons).hasSize(2);
        assertThat(buttons.get(0).getCustomId()).isEqualTo("ck:1:plats-feta");
        assertThat(buttons.get(1).getStyle()).isEqualTo(ButtonStyle.LINK);
        assertThat(buttons.get(1).getUrl()).isEqualTo("https://commis.example.org/k/abc");
    }
}
