package dev.commis.chat.commands;

import dev.commis.chat.Command;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import java.util.List;

/** {@code /help} ({@code /aide}, {@code /start}): what Commis does, with examples from the user's own vault. */
public final class HelpCommand implements Command {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String frenchName() {
        return "aide";
    }

    @Override
    public List<String> otherNames() {
        return List.of("start");
    }

    @Override
    public String actionCode() {
        return "h";
    }

    @Override
    public Reply run(Request request, String args) {
        int recipes = request.services().library().snapshot().recipes().size();
        String title = Examples.title(request);
        boolean fr = request.lang() == dev.commis.text.Language.FR;
        List<String> examples = List.of(
                (fr ? "/recette " : "/recipe ") + title,
                (fr ? "/recette " : "/recipe ") + title + (fr ? " pour 8" : " for 8"),
                (fr ? "/hasard " : "/random ") + Examples.filter(request),
                (fr ? "/rapide" : "/quick") + " 20",
                (fr ? "/cherche " : "/search ") + Examples.ingredient(request),
                (fr ? "/avec " : "/with ") + Examples.ingredients(request),
                (fr ? "/courses " : "/shop ") + title,
                (fr ? "/ajouter 2 citrons" : "/add 2 lemons"),
                (fr ? "/sondage 3 " : "/vote 3 ") + Examples.filter(request),
                (fr ? "/semaine" : "/week"),
                (fr ? "/cuisiner " : "/cook ") + title,
                (fr ? "/cuisiner" : "/cook") + " — " + request.say("help.resume"),
                (fr ? "/cuisiner " : "/cook ") + title + " + " + Examples.otherTitle(request, title)
                        + (fr ? " prête à 19h30" : " ready at 19:30"),
                (fr ? "/enregistrer " : "/save ") + "https://example.org/" + (fr ? "ma-recette" : "my-recipe"),
                (fr ? "/minuteur 25m pain" : "/timer 25m bread"),
                (fr ? "/ecran" : "/screen") + " — " + request.say("help.screen"),
                (fr ? "/unites metrique" : "/units imperial"),
                (fr ? "/langue en" : "/lang fr"));
        return Reply.builder()
                .heading(Span.bold(request.say("help.title")))
                .paragraph(request.say("help.intro", recipes))
                .bullets(examples)
                .paragraph(request.say("help.plain"))
                .build();
    }
}
