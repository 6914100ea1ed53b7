package dev.commis.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/** The kitchen screen's link button on Telegram: a Mini App in a private chat, a link in a group. */
class MiniAppButtonTest {

    private static final String SCREEN = "https://commis.example.org/k/abcdefghijklmnopqrstuvwxyz012345";

    private static Reply cook(String url) {
        return Reply.builder().paragraph("Step 1 of 3")
                .buttons(new Button("Next ▶", "ck:1:plats-feta", 2))
                .buttons(Button.link("📺 Kitchen screen", url)).replacing().build();
    }

    private static List<InlineKeyboardButton> buttons(InlineKeyboardMarkup markup) {
        return markup.getKeyboard().stream().flatMap(List::stream).toList();
    }

    @Test
    void inAPrivateChatTheScreenOpensAsAMiniApp() {
        List<InlineKeyboardButton> buttons = buttons(TelegramReplies.keyboard(cook(SCREEN), true));

        assertThat(buttons).hasSize(2);
        assertThat(buttons.get(0).getCallbackData()).isEqualTo("ck:1:plats-feta");
        assertThat(buttons.get(1).getWebApp().getUrl()).isEqualTo(SCREEN);
        assertThat(buttons.get(1).getCallbackData()).isNull();
        assertThat(buttons.get(1).getUrl()).isNull();
    }

    @Test
    void inAGroupWhereTelegramRefusesMiniAppButtonsItIsALink() {
        List<InlineKeyboardButton> buttons = buttons(TelegramReplies.keyboard(cook(SCREEN), false));

        assertThat(buttons.get(1).getUrl()).isEqualTo(SCREEN);
        assertThat(buttons.get(1).getWebApp()).isNull();
    }

    @Test
    void anHttpLinkWhichTelegramRefusesIsLeftOut() {
        List<InlineKeyboardButton> buttons = buttons(TelegramReplies.keyboard(cook("http://192.168.1.20:8080/k/x"), true));

        assertThat(buttons).extracting(InlineKeyboardButton::getText).containsExactly("Next ▶");
    }
}
