package dev.commis.chat.commands;

import dev.commis.chat.Command;
import dev.commis.chat.RecipeCard;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.importer.ImportException;
import dev.commis.importer.ImportOutcome;
import dev.commis.importer.LinkSaver;
import dev.commis.vault.Recipe;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * {@code /save <link>} ({@code /enregistrer}): saves the recipe of a web page into the vault and
 * answers with its card, as {@code /recipe} shows it; a link already in the vault gets the
 * card of the recipe that has it. Its button (offered under a bare link in a private chat)
 * saves the link it carries.
 */
public final class SaveCommand implements Command {

    /** The action code of the "Save to the vault" button. */
    public static final String CODE = "sv";

    private static final Pattern LINK = Pattern.compile("(?i)https?://\\S+");

    @Override
    public String name() {
        return "save";
    }

    @Override
    public String frenchName() {
        return "enregistrer";
    }

    @Override
    public String actionCode() {
        return CODE;
    }

    @Override
    public boolean takesLink() {
        return true;
    }

    @Override
    public Reply run(Request request, String args) {
        LinkSaver saver = request.services().saver();
        if (!saver.available()) {
            return Reply.text(request.say("save.off"));
        }
        if (!saver.mayUse(request.chat(), request.incoming().sender())) {
            return Reply.text(request.say("save.not_allowed"));
        }
        String link = args.strip();
        if (link.startsWith("<") && link.endsWith(">")) {
            link = link.substring(1, link.length() - 1); // Discord and Markdown wrap links so
        }
        if (link.isEmpty()) {
            return Reply.text(request.say("save.usage"));
        }
        ImportOutcome outcome = saver.save(link);
        return switch (outcome.status()) {
            case SAVED -> RecipeCard.of(request, outcome.recipe(), OptionalInt.empty())
                    .paragraph(Span.italic(request.say("save.saved", outcome.file())))
                    .build();
            case ALREADY_THERE -> already(request, outcome.file());
            case FAILED -> Reply.text(error(request, outcome.error()));
        };
    }

    private static Reply already(Request request, String file) {
        Optional<Recipe> recipe = request.services().library().snapshot().recipes().stream()
                .filter(r -> r.path().equals(file)).findFirst();
        String note = request.say("save.already", file);
        return recipe.map(r -> RecipeCard.of(request, r, OptionalInt.empty()).paragraph(Span.italic(note)).build())
                .orElseGet(() -> Reply.text(note));
    }

    /** The failure in the chat's language, naming the link. */
    static String error(Request request, ImportException error) {
        return request.say("save.error." + error.reason().name().toLowerCase(Locale.ROOT), error.url(), error.detail());
    }

    /** Whether a plain message is only a link that this person could save. */
    public static boolean offers(Request request, String text) {
        return LINK.matcher(text).matches()
                && request.services().saver().mayUse(request.chat(), request.incoming().sender());
    }

    /** Offers to save the page at {@code link}: a question and one button. */
    public static Reply offer(Request request, String link) {
        return Reply.builder()
                .paragraph(request.say("save.offer"))
                .buttons(request.services().payloads().button(request.say("save.offer_button"), CODE, link))
                .build();
    }
}
