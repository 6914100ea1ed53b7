package dev.commis.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commis.chat.reply.Block;
import dev.commis.chat.reply.Button;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TelegramHtmlTest {

    // ---- escaping and shape

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "a < b           | a &lt; b",
        "a > b           | a &gt; b",
        "sel & poivre    | sel &amp; poivre",
        "&lt; déjà écrit | &amp;lt; déjà écrit",
        "<b>pas gras</b> | &lt;b&gt;pas gras&lt;/b&gt;",
        "'\"guillemets\"' | '\"guillemets\"'",
    })
    void escapesAngleBracketsAndAmpersandsInText(String text, String html) {
        assertThat(TelegramHtml.messages(Reply.text(text))).containsExactly(html);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"*gras*", "_penché_", "`code`", "**double** __double__", "~barré~ [lien](x) #titre \\*"})
    void keepsMarkdownCharactersAsWritten(String text) {
        assertThat(TelegramHtml.messages(Reply.text(text))).containsExactly(text);
    }

    @Test
    void escapesQuotesAndAmpersandsInALinkAddress() {
        Reply reply = Reply.builder()
                .paragraph(Span.link("Pain & beurre", "https://example.org/r?q=\"pain\"&t=<1>"))
                .build();
        assertThat(TelegramHtml.messages(reply)).containsExactly(
                "<a href=\"https://example.org/r?q=&quot;pain&quot;&amp;t=&lt;1&gt;\">Pain &amp; beurre</a>");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"javascript:alert(1)", "tg://resolve?domain=x", "ftp://example.org/f", "example.org",
        "https://", "http://exa mple.org", "https://example.org/\nnext", ""})
    void rendersALinkToAnythingButAWebAddressAsItsLabel(String url) {
        Reply reply = Reply.builder().paragraph(Span.link("Carnet & co", url)).build();
        assertThat(TelegramHtml.messages(reply)).containsExactly("Carnet &amp; co");
    }

    @Test
    void rendersALinkWithAnOverlongAddressAsItsLabel() {
        String url = "https://example.org/" + "a".repeat(TelegramHtml.MAX_HREF);
        Reply reply = Reply.builder().paragraph(Span.link("Carnet", url)).build();
        assertThat(TelegramHtml.messages(reply)).containsExactly("Carnet");
    }

    @Test
    void rendersEveryBlockKind() {
        Reply reply = Reply.builder()
                .heading(Span.plain("Crêpes <& co>"))
                .paragraph(Span.plain("Source : "), Span.link("Carnet", "https://example.org/c?a=1&b=2"),
                        Span.plain(", "), Span.bold("gras"), Span.plain(" et "), Span.italic("penché"))
                .bullets(List.of("250 g de farine", "3 œufs"))
                .list(true, 1, List.of(List.of(Span.bold("Pâte"), Span.plain(" — mélanger.")), List.of(Span.plain("Cuire."))))
                .build();
        assertThat(TelegramHtml.messages(reply)).containsExactly("""
                <b>Crêpes &lt;&amp; co&gt;</b>

                Source : <a href="https://example.org/c?a=1&amp;b=2">Carnet</a>, <b>gras</b> et <i>penché</i>

                • 250 g de farine
                • 3 œufs

                1. <b>Pâte</b> — mélanger.
                2. Cuire.""");
    }

    @Test
    void numbersAListFromItsStart() {
        Reply reply = Reply.builder()
                .list(true, 7, List.of(List.of(Span.plain("Servir.")), List.of(Span.plain("Déguster."))))
                .build();
        assertThat(TelegramHtml.messages(reply)).containsExactly("7. Servir.\n8. Déguster.");
    }

    @Test
    void boldsAHeadingOnceAroundItsOwnStyles() {
        Reply reply = Reply.builder()
                .heading(Span.plain("Pâtes "), Span.bold("fraîches"), Span.italic(" maison"))
                .build();
        assertThat(TelegramHtml.messages(reply)).containsExactly("<b>Pâtes fraîches<i> maison</i></b>");
    }

    @Test
    void mergesNeighbouringSpansOfOneStyle() {
        Reply reply = Reply.builder()
                .paragraph(Span.bold("250 "), Span.bold("g"), Span.plain(""), Span.plain(" de farine"))
                .build();
        assertThat(TelegramHtml.messages(reply)).containsExactly("<b>250 g</b> de farine");
    }

    @Test
    void leavesOutBlankBlocks() {
        Reply reply = Reply.builder()
                .heading("  ")
                .paragraph("")
                .list(false, 1, List.of())
                .paragraph("Rien d'autre.")
                .paragraph(Span.bold(" "))
                .build();
        assertThat(TelegramHtml.messages(reply)).containsExactly("Rien d'autre.");
    }

    @Test
    void rendersAnEmptyReplyAsNoMessage() {
        assertThat(TelegramHtml.messages(Reply.builder().build())).isEmpty();
    }

    @Test
    void rendersAReplyOfButtonsAndAnImageAsNoMessage() {
        Reply reply = Reply.builder().image("crepes.jpg").buttons(new Button("Pour 8", "r:crepes:8")).build();
        assertThat(TelegramHtml.messages(reply)).isEmpty();
    }

    // ---- splitting a long recipe on block boundaries

    @Test
    void splitsALongRecipeIntoPartsWithinTheTextLimit() {
        List<String> parts = TelegramHtml.messages(longRecipe());
        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> {
            assertThat(visible(part).length()).isLessThanOrEqualTo(TelegramHtml.TEXT_LIMIT);
            assertThat(part.length()).isLessThanOrEqualTo(2 * TelegramHtml.TEXT_LIMIT);
        });
    }

    @Test
    void makesEveryPartOfALongRecipeWellFormedHtml() {
        assertThat(TelegramHtml.messages(longRecipe())).allSatisfy(TelegramHtmlTest::assertWellFormed);
    }

    @Test
    void cutsALongRecipeOnlyAtTheSeparatorsBetweenBlocksAndItems() {
        List<String> parts = TelegramHtml.messages(longRecipe());
        assertThat(parts).hasSizeGreaterThan(1);
        String whole = longRecipeText();
        int at = 0;
        for (int i = 0; i < parts.size(); i++) {
            String part = visible(parts.get(i));
            assertThat(whole.startsWith(part, at)).as("part %d continues the text at %d", i, at).isTrue();
            at += part.length();
            if (i < parts.size() - 1) {
                String rest = whole.substring(at);
                assertThat(rest).as("a cut after part %d", i).matches("(?s)\n\n?(• |\\d+\\. |" + HEADINGS + ").*");
                at += rest.startsWith("\n\n") ? 2 : 1;
            }
        }
        assertThat(at).isEqualTo(whole.length());
    }

    @Test
    void keepsAHeadingWithTheBlockAfterIt() {
        String first = words(4000);
        String second = words(500);
        Reply reply = Reply.builder().paragraph(first).heading("Étapes").paragraph(second).build();
        assertThat(TelegramHtml.messages(reply)).containsExactly(first, "<b>Étapes</b>\n\n" + second);
    }

    @Test
    void sendsAHeadingAloneWhenItsBlockFillsAWholeMessage() {
        String first = words(1_000);
        String second = words(4_090);
        Reply reply = Reply.builder().paragraph(first).heading("Étapes").paragraph(second).build();
        assertThat(TelegramHtml.messages(reply)).containsExactly(first, "<b>Étapes</b>", second);
    }

    // ---- a block longer than a message

    @Test
    void splitsAParagraphLongerThanAMessageAtSpaces() {
        String text = words(10_000);
        List<String> parts = TelegramHtml.messages(Reply.text(text));
        assertThat(parts).hasSize(3).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(TelegramHtml.TEXT_LIMIT);
            assertWellFormed(part);
        });
        assertThat(String.join(" ", parts.stream().map(TelegramHtmlTest::visible).toList())).isEqualTo(text);
    }

    @Test
    void closesAndReopensAStyleAroundACut() {
        String bold = words(9_000);
        Reply reply = Reply.builder().paragraph(Span.plain("Début "), Span.bold(bold), Span.plain(" fin")).build();
        List<String> parts = TelegramHtml.messages(reply);
        assertThat(parts).hasSize(3).allSatisfy(TelegramHtmlTest::assertWellFormed);
        assertThat(parts.get(0)).startsWith("Début <b>").endsWith("</b>");
        assertThat(parts.get(1)).startsWith("<b>").endsWith("</b>");
        assertThat(parts.get(2)).startsWith("<b>").endsWith("</b> fin");
    }

    @Test
    void cutsAWordLongerThanAMessageAnywhere() {
        String word = "x".repeat(10_000);
        List<String> parts = TelegramHtml.messages(Reply.text(word));
        assertThat(parts).extracting(String::length).containsExactly(4096, 4096, 1808);
        assertThat(String.join("", parts)).isEqualTo(word);
    }

    @Test
    void neverCutsBetweenTheHalvesOfASurrogatePair() {
        String text = "a" + "🍅".repeat(3_000);
        List<String> parts = TelegramHtml.messages(Reply.text(text));
        assertThat(parts).hasSize(2).allSatisfy(part -> assertThat(hasLoneSurrogate(part)).isFalse());
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void cutsAListItemOnlyWhenItAloneExceedsAMessage() {
        String longStep = words(6_000);
        Reply reply = Reply.builder()
                .list(true, 1, List.of(List.of(Span.plain("Court.")), List.of(Span.plain(longStep)), List.of(Span.plain("Fin."))))
                .build();
        List<String> parts = TelegramHtml.messages(reply);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).startsWith("1. Court.\n2. ");
        assertThat(parts.get(1)).endsWith("\n3. Fin.");
        assertThat(parts.get(0).substring("1. Court.\n2. ".length()) + " " + parts.get(1).replace("\n3. Fin.", ""))
                .isEqualTo(longStep);
    }

    // ---- counting what Telegram counts

    @ParameterizedTest(name = "{1} × \"{0}\" → {2} part(s)")
    @CsvSource(delimiter = '|', value = {
        "é         | 4096 | 1",
        "é         | 4097 | 2",
        "e\u0301   | 2048 | 1",
        "e\u0301   | 2049 | 2",
        "🍅        | 2048 | 1",
        "🍅        | 2049 | 2",
        "👩‍🍳       |  819 | 1",
        "👩‍🍳       |  820 | 2",
    })
    void countsTheTextLimitInUtf16Units(String unit, int times, int expectedParts) {
        assertThat(TelegramHtml.messages(Reply.text(unit.repeat(times)))).hasSize(expectedParts)
                .allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(TelegramHtml.TEXT_LIMIT));
    }

    @Test
    void countsEntitiesAsTheCharacterTheyStandFor() {
        Reply reply = Reply.builder().paragraph(words(3_000)).paragraph("<".repeat(1_000)).build();
        List<String> parts = TelegramHtml.messages(reply);
        assertThat(parts).hasSize(1);
        assertThat(visible(parts.get(0))).hasSize(4_002);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"&", "<", ">"})
    void keepsTheSourceWithinTwiceTheTextLimit(String escaped) {
        String text = escaped.repeat(5_000);
        List<String> parts = TelegramHtml.messages(Reply.text(text));
        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(2 * TelegramHtml.TEXT_LIMIT));
        assertThat(String.join("", parts.stream().map(TelegramHtmlTest::visible).toList())).isEqualTo(text);
    }

    @Test
    void keepsTheSourceWithinTheTextLimitWhenThatCostsNoExtraMessage() {
        Reply reply = Reply.builder()
                .paragraph(words(2_000)).paragraph("&".repeat(300)).paragraph(words(1_000)).paragraph(words(3_000))
                .build();
        assertThat(TelegramHtml.messages(reply)).hasSize(2)
                .allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(TelegramHtml.TEXT_LIMIT));
    }

    @Test
    void letsTheSourceExceedTheTextLimitRatherThanSendAnExtraMessage() {
        Reply reply = Reply.builder().paragraph(words(3_000)).paragraph("&".repeat(300)).build();
        List<String> parts = TelegramHtml.messages(reply);
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).length()).isGreaterThan(TelegramHtml.TEXT_LIMIT);
    }

    // ---- captions

    @Test
    void captionsTheLeadingWholeBlocksThatFitAndSendsTheRest() {
        Reply reply = Reply.builder()
                .heading("Ragoût")
                .paragraph(words(300))
                .bullets(IntStream.rangeClosed(1, 10).mapToObj(i -> i + "00 g " + words(40)).toList())
                .list(true, 1, IntStream.rangeClosed(1, 3).mapToObj(i -> List.of(Span.plain(words(300)))).toList())
                .image("ragout.jpg")
                .build();
        TelegramHtml.Captioned captioned = TelegramHtml.captioned(reply);
        assertThat(visible(captioned.caption()).length()).isLessThanOrEqualTo(TelegramHtml.CAPTION_LIMIT);
        assertThat(captioned.caption()).isEqualTo(single(TelegramHtml.messages(firstBlocks(reply, 3))));
        assertThat(captioned.messages()).isEqualTo(TelegramHtml.messages(blocksFrom(reply, 3)));
    }

    @Test
    void captionsNoPartOfAListThatDoesNotFitWhole() {
        Reply reply = Reply.builder()
                .paragraph(words(100))
                .bullets(IntStream.rangeClosed(1, 30).mapToObj(i -> words(50)).toList())
                .build();
        TelegramHtml.Captioned captioned = TelegramHtml.captioned(reply);
        assertThat(captioned.caption()).isEqualTo(words(100));
        assertThat(captioned.messages()).isEqualTo(TelegramHtml.messages(blocksFrom(reply, 1)));
    }

    @Test
    void leavesTheCaptionEmptyWhenTheFirstBlockIsTooLong() {
        Reply reply = Reply.builder().paragraph(words(2_000)).paragraph("Fin.").build();
        TelegramHtml.Captioned captioned = TelegramHtml.captioned(reply);
        assertThat(captioned.caption()).isEmpty();
        assertThat(captioned.messages()).isEqualTo(TelegramHtml.messages(reply));
    }

    @Test
    void neverEndsACaptionWithAHeadingWhoseBlockFollows() {
        Reply reply = Reply.builder()
                .paragraph(words(300)).heading("Étapes").paragraph(words(2_000))
                .build();
        TelegramHtml.Captioned captioned = TelegramHtml.captioned(reply);
        assertThat(captioned.caption()).isEqualTo(words(300));
        assertThat(captioned.messages()).singleElement().asString().startsWith("<b>Étapes</b>\n\n");
    }

    @Test
    void captionsAShortReplyWhole() {
        Reply reply = Reply.builder().heading("Crêpes").paragraph("Pour 4.").image("crepes.jpg").build();
        assertThat(TelegramHtml.captioned(reply)).isEqualTo(new TelegramHtml.Captioned("<b>Crêpes</b>\n\nPour 4.", List.of()));
    }

    @ParameterizedTest(name = "{1} × \"{0}\" → caption? {2}")
    @CsvSource(delimiter = '|', value = {
        "é  | 1024 | true",
        "é  | 1025 | false",
        "🍅 |  512 | true",
        "🍅 |  513 | false",
    })
    void countsTheCaptionLimitInUtf16Units(String unit, int times, boolean captioned) {
        String text = unit.repeat(times);
        TelegramHtml.Captioned result = TelegramHtml.captioned(Reply.text(text));
        assertThat(result.caption()).isEqualTo(captioned ? text : "");
        assertThat(result.messages()).isEqualTo(captioned ? List.of() : List.of(text));
    }

    // ---- a long recipe and its visible text, built independently

    private static final String HEADINGS = "Ingrédients|Étapes";

    private static Reply longRecipe() {
        return Reply.builder()
                .heading("Ragoût <maison> & co")
                .paragraph(Span.plain("Source : "), Span.link("Carnet \"Mamie\"", "https://example.org/?a=1&b=\"2\""))
                .heading("Ingrédients")
                .list(false, 1, IntStream.rangeClosed(1, 40).mapToObj(TelegramHtmlTest::ingredient).toList())
                .heading("Étapes")
                .list(true, 1, IntStream.rangeClosed(1, 30).mapToObj(TelegramHtmlTest::step).toList())
                .build();
    }

    private static String longRecipeText() {
        StringBuilder text = new StringBuilder("Ragoût <maison> & co\n\nSource : Carnet \"Mamie\"\n\nIngrédients\n\n");
        for (int i = 1; i <= 40; i++) {
            text.append("• ").append(plain(ingredient(i))).append(i < 40 ? "\n" : "\n\nÉtapes\n\n");
        }
        for (int i = 1; i <= 30; i++) {
            text.append(i).append(". ").append(plain(step(i))).append(i < 30 ? "\n" : "");
        }
        return text.toString();
    }

    private static List<Span> ingredient(int i) {
        return List.of(Span.bold(i * 10 + " g"), Span.plain(" d'ingrédient n°" + i + " <frais> & *bio* 🍅"));
    }

    private static List<Span> step(int i) {
        return List.of(Span.bold("Étape " + i), Span.plain(" — " + words(380) + " à 180 °C & <feu doux>"),
                Span.italic(" (10 min)"));
    }

    private static String plain(List<Span> spans) {
        return spans.stream().map(Span::text).reduce("", String::concat);
    }

    /** Text of exactly {@code length} characters: words of varied length, single spaces, no space at either end. */
    private static String words(int length) {
        String[] pool = {"faire", "revenir", "l'oignon", "émincé", "dans", "le", "beurre", "mousseux", "puis", "ajouter",
            "la", "viande", "coupée", "en", "dés"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < length; i++) {
            text.append(text.length() == 0 ? "" : " ").append(pool[i % pool.length]);
        }
        text.setLength(length);
        while (text.charAt(text.length() - 1) == ' ') {
            text.setCharAt(text.length() - 1, 'x');
        }
        return text.toString();
    }

    private static Reply firstBlocks(Reply reply, int count) {
        return replyOf(reply.blocks().subList(0, count));
    }

    private static Reply blocksFrom(Reply reply, int first) {
        return replyOf(reply.blocks().subList(first, reply.blocks().size()));
    }

    /** A reply of just these blocks, built as the chat core builds one. */
    private static Reply replyOf(List<Block> blocks) {
        Reply.Builder builder = Reply.builder();
        for (Block block : blocks) {
            if (block instanceof Block.Heading heading) {
                builder.heading(heading.spans().toArray(Span[]::new));
            } else if (block instanceof Block.Paragraph paragraph) {
                builder.paragraph(paragraph.spans());
            } else if (block instanceof Block.ItemList list) {
                builder.list(list.numbered(), list.start(), list.items());
            }
        }
        return builder.build();
    }

    private static String single(List<String> parts) {
        assertThat(parts).hasSize(1);
        return parts.get(0);
    }

    // ---- reading Telegram HTML back

    private static final Pattern TAG = Pattern.compile("<([^<>]*)>");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot);");
    private static final Pattern OPENING = Pattern.compile("b|i|a href=\"(?:[^\"<>&]|&(?:lt|gt|amp|quot);)*\"");
    private static final Pattern CLOSING = Pattern.compile("/(b|i|a)");

    /** What Telegram shows: tags removed, entities decoded. */
    private static String visible(String html) {
        return ENTITY.matcher(TAG.matcher(html).replaceAll("")).replaceAll(entity -> switch (entity.group(1)) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            default -> "&";
        });
    }

    /** Only b, i and a tags, balanced and never nested in themselves; only the four entities; no bare {@code <>&}. */
    private static void assertWellFormed(String html) {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                assertThat(end).as("a tag closes at %d", i).isPositive();
                String tag = html.substring(i + 1, end);
                Matcher closing = CLOSING.matcher(tag);
                if (OPENING.matcher(tag).matches()) {
                    String name = tag.substring(0, 1);
                    assertThat(open).as("<%s> inside itself", name).doesNotContain(name);
                    open.push(name);
                } else if (closing.matches()) {
                    assertThat(open.peek()).as("</%s> closes the innermost tag", closing.group(1)).isEqualTo(closing.group(1));
                    open.pop();
                } else {
                    throw new AssertionError("unexpected tag <" + tag + "> in " + html);
                }
                i = end + 1;
            } else if (c == '&') {
                Matcher entity = ENTITY.matcher(html).region(i, html.length());
                assertThat(entity.lookingAt()).as("an entity at %d", i).isTrue();
                i = entity.end();
            } else {
                assertThat(c).as("bare '>' at %d", i).isNotEqualTo('>');
                i++;
            }
        }
        assertThat(open).as("tags left open").isEmpty();
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }
}
