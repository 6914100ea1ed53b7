package dev.commis.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiscordMessagesTest {

    // ---- escaping and shape

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "2 * 3 = 6                 => 2 \\* 3 = 6",
        "sel_fin                   => sel\\_fin",
        "`code`                    => \\`code\\`",
        "a | b || c                => a \\| b \\|\\| c",
        "'> citation'              => '\\> citation'",
        "[lien](x)                 => \\[lien\\](x)",
        "~barré~ et \\             => \\~barré\\~ et \\\\",
        "'# titre -# petit'        => '\\# titre -# petit'",
        "'Burnt Ends - Miso'       => 'Burnt Ends - Miso'",
        "'- tiret, plat-principal' => '\\- tiret, plat-principal'",
        "'1. un, 1.5 kg'           => '1\\. un, 1.5 kg'",
        "voir https://example.org/pain_de_mie ici => voir https://example.org/pain_de_mie ici",
    })
    void escapesMarkdownSoThatTextShowsAsWritten(String text, String markdown) {
        assertThat(descriptions(Reply.text(text))).containsExactly(markdown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"@everyone | @~everyone", "@here ! | @~here !", "<@123> | \\<@~123\\>",
        "chef@example.org | chef@example.org"})
    void neutralisesMentions(String text, String markdown) {
        assertThat(descriptions(Reply.text(text))).containsExactly(markdown.replace("~", "\u200B"));
    }

    @Test
    void allowsNoMentionAtAll() {
        MessageCreateData message = DiscordMessages.messages(Reply.text("@everyone")).get(0);
        assertThat(message.getAllowedMentions()).isEmpty();
        assertThat(message.isMentionRepliedUser()).isFalse();
    }

    @Test
    void rendersEveryBlockKind() {
        Reply reply = Reply.builder()
                .heading(Span.plain("Crêpes "), Span.bold("*maison*"))
                .paragraph(Span.plain("Source : "), Span.link("Carnet", "https://example.org/c_(1)"),
                        Span.plain(", "), Span.bold("gras"), Span.plain(" et"), Span.italic(" penché "), Span.plain("!"))
                .heading("Pâte")
                .bullets(List.of("250 g de farine", "3 œufs"))
                .list(true, 3, List.of(List.of(Span.bold("Repos"), Span.plain(" — 1 h.")), List.of(Span.plain("Cuire."))))
                .build();
        List<MessageEmbed> embeds = DiscordMessages.messages(reply).get(0).getEmbeds();
        assertThat(embeds).hasSize(1);
        assertThat(embeds.get(0).getTitle()).isEqualTo("Crêpes \\*maison\\*");
        assertThat(embeds.get(0).getDescription()).isEqualTo("""
                Source : [Carnet](https://example.org/c_%281%29), **gras** et *penché* !

                **Pâte**

                • 250 g de farine
                • 3 œufs

                3. **Repos** — 1 h.
                4. Cuire.""");
    }

    @Test
    void keepsAdjacentBoldAndItalicMarksApart() {
        assertThat(descriptions(Reply.builder().paragraph(Span.bold("gras"), Span.italic("penché")).build()))
                .containsExactly("**gras**\u200B*penché*");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.org/f", "example.org", "https://", ""})
    void rendersALinkToAnythingButAWebAddressAsItsLabel(String url) {
        assertThat(descriptions(Reply.builder().paragraph(Span.link("Carnet_1", url)).build())).containsExactly("Carnet\\_1");
    }

    @Test
    void keepsAHeadingAfterTextInPlaceAsABoldLine() {
        List<MessageEmbed> embeds = embeds(DiscordMessages.messages(Reply.builder().paragraph("Bonjour").heading("Pâte").build()));
        assertThat(embeds).extracting(MessageEmbed::getTitle, MessageEmbed::getDescription)
                .containsExactly(tuple(null, "Bonjour\n\n**Pâte**"));
    }

    @ParameterizedTest(name = "{0}…")
    @ValueSource(strings = {"x", "*", "ab ", "é"})
    void cutsALongTitleWithAnEllipsisBetweenWholeEscapes(String repeated) {
        String title = DiscordMessages.messages(Reply.builder().heading(repeated.repeat(300)).build()).get(0)
                .getEmbeds().get(0).getTitle();
        assertThat(title).hasSizeLessThanOrEqualTo(DiscordMessages.TITLE_LIMIT).endsWith("…");
        assertThat(title.replace("\\*", "")).doesNotContain("\\", "*");
    }

    @Test
    void rendersAnEmptyReplyAsOneEllipsis() {
        assertThat(DiscordMessages.messages(Reply.builder().build())).singleElement().satisfies(message -> assertThat(
                List.of(message.getContent(), message.getEmbeds(), message.getComponents())).containsExactly("…", List.of(), List.of()));
    }

    // ---- splitting

    @Test
    void splitsALongRecipeIntoEmbedsAndMessagesWithinEveryLimit() {
        List<MessageCreateData> messages = DiscordMessages.messages(longRecipe());
        assertThat(messages).hasSizeGreaterThan(2);
        assertThat(messages).anySatisfy(message -> assertThat(message.getEmbeds()).hasSizeGreaterThan(1));
        assertWithinLimits(messages);
        assertThat(embeds(messages)).extracting(MessageEmbed::getTitle).containsOnlyOnce("Ramen").first().isEqualTo("Ramen");
    }

    @Test
    void keepsEveryItemOfALongRecipeWholeAndInOrder() {
        List<String> lines = embeds(DiscordMessages.messages(longRecipe())).stream()
                .flatMap(embed -> Arrays.stream(embed.getDescription().split("\n"))).filter(l -> !l.isEmpty()).toList();
        List<String> expected = IntStream.rangeClosed(1, 60).mapToObj(i -> "• " + ingredient(i)).collect(Collectors.toList());
        IntStream.rangeClosed(1, 50).mapToObj(i -> i + ". " + step(i)).forEach(expected::add);
        assertThat(lines).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"plain | 'pâte * levée '", "bold | 'pâte * levée '", "plain | pâte_levée_"})
    void cutsAParagraphOfTenThousandCharactersAtSpacesWithinEveryLimit(String style, String word) {
        String text = word.repeat(10_000 / word.length() + 1).strip();
        Span span = style.equals("bold") ? Span.bold(text) : Span.plain(text);
        List<MessageCreateData> messages = DiscordMessages.messages(Reply.builder().paragraph(span).build());
        assertWithinLimits(messages);
        List<String> pieces = embeds(messages).stream().map(MessageEmbed::getDescription).toList();
        assertThat(pieces).hasSizeGreaterThan(2).allSatisfy(piece -> {
            assertThat(piece).doesNotStartWith(" ").doesNotEndWith(" ");
            if (style.equals("bold")) {
                assertThat(piece).startsWith("**").endsWith("**");
            }
        });
        String shown = pieces.stream().map(p -> p.replace("**", "").replaceAll("\\\\(\\p{Punct})", "$1"))
                .reduce((a, b) -> a + (word.contains(" ") ? " " : "") + b).orElseThrow();
        assertThat(shown).isEqualTo(text);
    }

    @Test
    void movesAHeadingThatWouldEndAnEmbedOnWithItsBlock() {
        Reply reply = Reply.builder().paragraph("a ".repeat(2_000)).heading("Suite").paragraph("b ".repeat(1_000)).build();
        List<String> descriptions = descriptions(reply);
        assertThat(descriptions).hasSize(2);
        assertThat(descriptions.get(0)).endsWith("a");
        assertThat(descriptions.get(1)).startsWith("**Suite**\n\nb b");
    }

    // ---- buttons

    @Test
    void splitsARowOfTwelveButtonsIntoSecondaryRowsOfAtMostFive() {
        Reply reply = Reply.builder().paragraph("Choisir").buttons(buttons("r", 12)).build();
        List<ActionRow> rows = rows(DiscordMessages.messages(reply).get(0));
        assertThat(rows).extracting(row -> row.getButtons().size()).containsExactly(5, 5, 2);
        assertThat(rows.get(2).getButtons()).extracting(b -> b.getCustomId(), b -> b.getLabel(), b -> b.getStyle())
                .containsExactly(tuple("r:10", "R 10", ButtonStyle.SECONDARY), tuple("r:11", "R 11", ButtonStyle.SECONDARY));
    }

    @Test
    void spillsRowsBeyondFiveIntoAFollowUpMessage() {
        // Rows of two: one-button rows would be put side by side instead (below).
        Reply.Builder builder = Reply.builder().paragraph("Pages");
        IntStream.range(0, 7).forEach(i -> builder.buttons(buttons("p" + i, 2)));
        List<MessageCreateData> messages = DiscordMessages.messages(builder.build());
        assertThat(messages).hasSize(2);
        assertThat(rows(messages.get(0))).hasSize(5);
        assertThat(messages.get(1).getContent()).isEqualTo("…");
        assertThat(rows(messages.get(1))).extracting(row -> row.getButtons().get(0).getCustomId()).containsExactly("p5:0", "p6:0");
    }

    @Test
    void putsOneButtonRowsSideBySideWhenThatKeepsThemOnOneMessage() {
        Reply.Builder builder = Reply.builder().paragraph("Liste");
        IntStream.range(0, 20).forEach(i -> builder.buttons(new Button("☐ item " + i, "i:" + i)));
        builder.buttons(buttons("nav", 3));
        List<MessageCreateData> messages = DiscordMessages.messages(builder.build());
        assertThat(messages).hasSize(1);
        List<ActionRow> rows = rows(messages.get(0));
        assertThat(rows).extracting(row -> row.getButtons().size()).containsExactly(5, 5, 5, 5, 3);
        assertThat(rows.get(1).getButtons()).extracting(b -> b.getCustomId()).containsExactly("i:5", "i:6", "i:7", "i:8", "i:9");
        assertThat(rows.get(4).getButtons()).extracting(b -> b.getCustomId()).containsExactly("nav:0", "nav:1", "nav:2");
    }

    @Test
    void keepsOneButtonRowsApartWhenTheyFitAsTheyAre() {
        Reply.Builder builder = Reply.builder().paragraph("Choisir");
        IntStream.range(0, 5).forEach(i -> builder.buttons(new Button("R " + i, "r:" + i)));
        assertThat(rows(DiscordMessages.messages(builder.build()).get(0))).extracting(row -> row.getButtons().size())
                .containsExactly(1, 1, 1, 1, 1);
    }

    @Test
    void putsTheButtonsOnTheLastMessageOfALongReply() {
        Reply reply = Reply.builder().paragraph("x ".repeat(9_000)).buttons(buttons("n", 2)).build();
        List<MessageCreateData> messages = DiscordMessages.messages(reply);
        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(messages.subList(0, messages.size() - 1)).allSatisfy(m -> assertThat(m.getComponents()).isEmpty());
        assertThat(rows(messages.get(messages.size() - 1))).hasSize(1);
    }

    @Test
    void sendsButtonsWithoutTextUnderAnEllipsis() {
        assertThat(DiscordMessages.messages(Reply.builder().buttons(buttons("b", 1)).build())).singleElement()
                .satisfies(m -> assertThat(m.getContent()).isEqualTo("…"), m -> assertThat(rows(m)).hasSize(1));
    }

    @Test
    void leavesOutAButtonWhoseActionRepeatsAnEarlierOne() {
        Reply reply = Reply.builder().buttons(new Button("Un", "same"), new Button("Deux", "same"), new Button("Trois", "other")).build();
        assertThat(rows(DiscordMessages.messages(reply).get(0)).get(0).getButtons()).extracting(b -> b.getLabel())
                .containsExactly("Un", "Trois");
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource(delimiter = '|', value = {"a | 80 | 80 | false", "a | 81 | 80 | true", "🍜 | 50 | 79 | true", "' ' | 3 | 1 | true"})
    void cutsLabelsToEightyWithAnEllipsis(String unit, int times, int length, boolean cut) {
        Reply reply = Reply.builder().buttons(new Button(unit.repeat(times), "b")).build();
        String label = rows(DiscordMessages.messages(reply).get(0)).get(0).getButtons().get(0).getLabel();
        assertThat(label).hasSize(length).hasSizeLessThanOrEqualTo(DiscordMessages.LABEL_LIMIT);
        assertThat(label.endsWith("…")).isEqualTo(cut);
    }

    // ---- helpers

    private static Reply longRecipe() {
        return Reply.builder().heading("Ramen")
                .bullets(IntStream.rangeClosed(1, 60).mapToObj(DiscordMessagesTest::ingredient).toList())
                .list(true, 1, IntStream.rangeClosed(1, 50).mapToObj(i -> List.of(Span.plain(step(i)))).toList())
                .buttons(buttons("cook", 3)).build();
    }

    private static String ingredient(int i) {
        return "100 g d'ingrédient numéro " + i;
    }

    private static String step(int i) {
        return "Étape " + i + " : " + "remuer doucement la casserole et goûter ".repeat(12).strip();
    }

    private static List<Button> buttons(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> new Button(prefix.toUpperCase() + " " + i, prefix + ":" + i)).toList();
    }

    private static void assertWithinLimits(List<MessageCreateData> messages) {
        assertThat(messages).allSatisfy(message -> {
            assertThat(message.getEmbeds()).hasSizeLessThanOrEqualTo(DiscordMessages.EMBEDS_PER_MESSAGE);
            assertThat(message.getEmbeds().stream().mapToInt(e -> length(e)).sum())
                    .isLessThanOrEqualTo(DiscordMessages.EMBED_TOTAL_LIMIT);
            assertThat(message.getEmbeds()).allSatisfy(e -> assertThat(e.getDescription().length())
                    .isLessThanOrEqualTo(DiscordMessages.DESCRIPTION_LIMIT));
            assertThat(rows(message)).hasSizeLessThanOrEqualTo(DiscordMessages.ROWS_PER_MESSAGE)
                    .allSatisfy(row -> assertThat(row.getButtons()).hasSizeLessThanOrEqualTo(DiscordMessages.BUTTONS_PER_ROW));
        });
    }

    /** Title and description in UTF-16 units: what JDA checks, never less than Discord counts. */
    private static int length(MessageEmbed embed) {
        return (embed.getTitle() == null ? 0 : embed.getTitle().length())
                + (embed.getDescription() == null ? 0 : embed.getDescription().length());
    }

    private static List<String> descriptions(Reply reply) {
        return embeds(DiscordMessages.messages(reply)).stream().map(MessageEmbed::getDescription).toList();
    }

    private static List<MessageEmbed> embeds(List<MessageCreateData> messages) {
        return messages.stream().flatMap(m -> m.getEmbeds().stream()).toList();
    }

    private static List<ActionRow> rows(MessageCreateData message) {
        return message.getComponents().stream().map(c -> c.asActionRow()).toList();
    }
}
