package dev.commis.chat.commands;

import dev.commis.chat.Command;
import dev.commis.chat.PollStore;
import dev.commis.chat.RecipeCard;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Block;
import dev.commis.chat.reply.Poll;
import dev.commis.chat.reply.Reply;
import dev.commis.chat.reply.Span;
import dev.commis.search.RecipeIndex;
import dev.commis.vault.Recipe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /vote [2-5] [filters…]} ({@code /sondage}): a dinner vote between a few different recipes drawn with
 * the filters of {@code /random}, posted as the platform's native poll with a button that closes it. Only the
 * person who started the vote (or, where the platform can tell, an admin of the chat) may close it; the winner's
 * card is then posted by {@link dev.commis.chat.PollDesk}.
 */
public final class VoteCommand implements Command {

    static final String CODE = "vt";
    static final int MIN_CANDIDATES = 2;
    static final int MAX_CANDIDATES = 5;
    static final int DEFAULT_CANDIDATES = 4;
    private static final String CLOSE = "c";
    private static final Pattern LEADING_COUNT = Pattern.compile("([-+]?\\d{1,6})(?:\\s+(.*))?", Pattern.DOTALL);

    @Override
    public String name() {
        return "vote";
    }

    @Override
    public String frenchName() {
        return "sondage";
    }

    @Override
    public String actionCode() {
        return CODE;
    }

    @Override
    public Reply run(Request request, String args) {
        int count = DEFAULT_CANDIDATES;
        String words = args.strip();
        Matcher leading = LEADING_COUNT.matcher(words);
        if (leading.matches()) {
            count = Integer.parseInt(leading.group(1));
            if (count < MIN_CANDIDATES || count > MAX_CANDIDATES) {
                return Reply.text(request.say("vote.bad_count", leading.group(1), Examples.filter(request)));
            }
            words = leading.group(2) == null ? "" : leading.group(2).strip();
        }
        RecipeIndex.Filtered filtered = request.index().filter(words);
        List<Recipe> pool = filtered.recipes();
        if (pool.size() < MIN_CANDIDATES) {
            if (filtered.terms().isEmpty()) {
                return Reply.text(request.say("vote.too_few_vault", pool.size()));
            }
            return Reply.text(pool.isEmpty() ? FilterHints.noMatch(request, "random.none", filtered.terms())
                    : request.say("vote.too_few", pool.size(), words));
        }
        List<Recipe> candidates = new DinnerPicker(request.services().random(), request.services().quickMinutes())
                .pick(pool, count);
        String starter = request.incoming().user();
        long id = request.services().polls().open(request.chat(), request.incoming().sender(), starter,
                candidates.stream().map(Recipe::id).toList(), request.services().clock().instant());
        String question = starter.isEmpty() ? request.say("vote.question_anyone") : request.say("vote.question", starter);
        return Reply.builder()
                .poll(new Poll.Open(String.valueOf(id), question, candidates.stream().map(Recipe::title).toList()))
                .buttons(request.services().payloads().button(request.say("vote.close"), CODE, CLOSE + id))
                .build();
    }

    /** Payload {@code c<poll>}: the "close the vote" button. */
    @Override
    public Reply press(Request request, String payload) {
        Optional<PollStore.StoredPoll> poll = payload.matches(CLOSE + "\\d{1,18}")
                ? request.services().polls().byId(Long.parseLong(payload.substring(CLOSE.length())))
                : Optional.empty();
        // A forged or foreign key is a vote this chat does not have.
        if (poll.isEmpty() || !poll.get().chat().equals(request.chat())) {
            return Reply.text(request.say("vote.gone"));
        }
        PollStore.StoredPoll vote = poll.get();
        if (vote.closed()) {
            return Reply.text(request.say("vote.already_closed"));
        }
        String sender = request.incoming().sender();
        boolean starter = !request.incoming().group() || vote.starter().isEmpty() || vote.starter().equals(sender);
        Poll.Close close = new Poll.Close(String.valueOf(vote.id()), vote.platformPoll(), vote.message(), !starter);
        Reply.Builder reply = Reply.builder().poll(close);
        if (!starter) {
            reply.paragraph(request.say("vote.not_yours", vote.starterName().isEmpty() ? "?" : vote.starterName()));
        }
        return reply.build();
    }

    /**
     * Draws the winner of {@code poll} given the final count of each option ({@code votes}, in option order): the
     * recipe id of the most voted, a draw among the tied (or among all when nobody voted); "" when none of the
     * candidates is left in the vault. Drawn once, when the poll closes, and kept: {@link #winner} shows it.
     */
    public static String draw(Request request, PollStore.StoredPoll poll, List<Integer> votes) {
        Tally tally = tally(request, poll, votes);
        return tally.tied().isEmpty() ? "" : tally.tied().get(request.services().random().nextInt(tally.tied().size())).id();
    }

    /**
     * The card of {@code poll}'s winner {@code drawn} (from {@link #draw}) given the final count of each option
     * ({@code votes}): its card with the cook and shop buttons, under a line saying how it won (a tie, or no vote at
     * all, says it was drawn). The same every time it is asked, so that a post tried again shows the same winner; a
     * winner gone from the vault since is said to be gone.
     */
    public static Reply winner(Request request, PollStore.StoredPoll poll, List<Integer> votes, String drawn) {
        Tally tally = tally(request, poll, votes);
        Optional<Recipe> won = tally.tied().stream().filter(recipe -> recipe.id().equals(drawn)).findFirst();
        if (won.isEmpty()) {
            return Reply.text(request.say("recipe.gone"));
        }
        String said;
        if (tally.most() == 0) {
            said = request.say("vote.nobody", won.get().title());
        } else if (tally.tied().size() > 1) {
            said = request.say("vote.tie", String.join(", ", tally.tied().stream().map(Recipe::title).toList()), tally.most(),
                    won.get().title());
        } else {
            said = request.say("vote.winner", won.get().title(), tally.most());
        }
        Reply card = RecipeCard.of(request, won.get(), OptionalInt.empty())
                .buttons(new dev.commis.chat.reply.Button(request.say("vote.cook"),
                        CookCommand.openAction(request, won.get(), 0, OptionalInt.empty())))
                .build();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(List.of(Span.bold(said))));
        blocks.addAll(card.blocks());
        return new Reply(blocks, card.buttons(), card.image(), false, card.share());
    }

    /** The most voted candidates still in the vault, in option order, and their count. */
    private record Tally(List<Recipe> tied, int most) {
    }

    private static Tally tally(Request request, PollStore.StoredPoll poll, List<Integer> votes) {
        List<Recipe> tied = new ArrayList<>();
        int most = -1;
        for (int i = 0; i < poll.recipes().size(); i++) {
            Optional<Recipe> recipe = request.services().library().snapshot().recipe(poll.recipes().get(i));
            int count = i < votes.size() && votes.get(i) != null ? Math.max(0, votes.get(i)) : 0;
            if (recipe.isEmpty() || count < most) {
                continue;
            }
            if (count > most) {
                tied.clear();
                most = count;
            }
            tied.add(recipe.get());
        }
        return new Tally(tied, most);
    }
}
