package dev.commis.chat.commands;

import dev.commis.chat.Command;
import dev.commis.chat.Messages;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Reply;
import dev.commis.text.Language;
import java.util.Optional;

/** {@code /lang fr|en} ({@code /langue}): the language Commis speaks in this chat; kept across restarts. */
public final class LangCommand implements Command {

    static final String CODE = "l";

    @Override
    public String name() {
        return "lang";
    }

    @Override
    public String frenchName() {
        return "langue";
    }

    @Override
    public String actionCode() {
        return CODE;
    }

    @Override
    public Reply run(Request request, String args) {
        Optional<Language> chosen = Language.fromCode(args);
        if (chosen.isEmpty()) {
            return Reply.builder()
                    .paragraph(request.say(args.isBlank() ? "lang.current" : "lang.unknown", request.lang().code(), args))
                    .buttons(request.services().payloads().button("Français", CODE, "fr"),
                            request.services().payloads().button("English", CODE, "en"))
                    .build();
        }
        request.services().preferences().put(request.chat(), request.preferences().withLang(chosen.get()));
        return Reply.text(Messages.of(chosen.get()).get("lang.set"));
    }
}
