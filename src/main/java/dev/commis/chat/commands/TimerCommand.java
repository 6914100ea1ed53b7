package dev.commis.chat.commands;

import dev.commis.chat.Command;
import dev.commis.chat.Durations;
import dev.commis.chat.ReminderText;
import dev.commis.chat.Request;
import dev.commis.chat.reply.Reply;
import dev.commis.reminders.Reminder;
import dev.commis.vault.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /timer <duration> [label]} ({@code /minuteur}): a free timer, such as {@code /timer 25m check the bread}. */
public final class TimerCommand implements Command {

    /** Longer than two days is a calendar's job, not a kitchen timer's. */
    static final Duration MAX = Duration.ofHours(48);
    private static final Pattern SECONDS = Pattern.compile("(\\d{1,6})\\s*(?:s|sec|secs|seconds?|secondes?)", Pattern.CASE_INSENSITIVE);
    /** The duration's words at the start; units longest first, and never followed by a letter ("25 min", not "25 m" + "in"). */
    private static final Pattern LEADING = Pattern.compile(
            "^((?:\\d+(?:[.,]\\d+)?\\s*(?:heures?|hours?|hrs?|h|minutes?|mins?|mn|m|secondes?|seconds?|secs?|sec|s)?(?!\\p{L})\\s*)+)(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** More digits than any duration up to {@link #MAX} needs (172800 s): refused before any arithmetic can overflow. */
    private static final Pattern TOO_MANY_DIGITS = Pattern.compile("\\d{7,}");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    @Override
    public String name() {
        return "timer";
    }

    @Override
    public String frenchName() {
        return "minuteur";
    }

    @Override
    public String actionCode() {
        return "tm";
    }

    @Override
    public Reply run(Request request, String args) {
        Matcher m = LEADING.matcher(args.strip());
        if (!m.matches()) {
            return Reply.text(request.say("timer.usage"));
        }
        String asked = m.group(1).strip();
        Optional<Duration> duration = TOO_MANY_DIGITS.matcher(asked).find() ? Optional.empty() : parse(asked);
        if (duration.isEmpty() || duration.get().isZero() || duration.get().compareTo(MAX) > 0) {
            return Reply.text(request.say("timer.limits", asked, MAX.toHours()));
        }
        String label = m.group(2).strip();
        long seconds = duration.get().toSeconds();
        String words = Durations.seconds(seconds, request.lang());
        String text = ReminderText.of(say -> label.isEmpty() ? say.get("remind.free", Durations.seconds(seconds, say.language()))
                : say.get("remind.free_label", label, Durations.seconds(seconds, say.language())));
        Instant due = request.services().clock().instant().plus(duration.get());
        request.services().reminders().schedule(Reminder.of(request.chat(), request.incoming().user(), text, due, false));
        return Reply.text(request.say("timer.set", words, HOUR.format(due.atZone(request.services().clock().getZone()))));
    }

    /** "90s", "45 sec", "25m", "1h30", "1 h 30", "2 heures". */
    static Optional<Duration> parse(String text) {
        Matcher seconds = SECONDS.matcher(text);
        if (seconds.matches()) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(seconds.group(1))));
        }
        OptionalInt minutes = DurationText.minutes(text);
        return minutes.isPresent() ? Optional.of(Duration.ofMinutes(minutes.getAsInt())) : Optional.empty();
    }
}
