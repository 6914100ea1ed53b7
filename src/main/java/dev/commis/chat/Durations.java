package dev.commis.chat;

import dev.commis.text.Language;

/** Writes durations as people say them: {@code 90 s}, {@code 20 min}, {@code 1 h}, {@code 3 h 50}. */
public final class Durations {

    private Durations() {
    }

    /** {@code seconds} written in whole minutes from one minute up, in seconds below. */
    public static String seconds(long seconds, Language lang) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds % 60 != 0 && seconds < 600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return minutes((int) Math.round(seconds / 60.0), lang);
    }

    public static String minutes(int minutes, Language lang) {
        if (minutes < 60) {
            return minutes + " min";
        }
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (rest == 0) {
            return hours + " h";
        }
        return lang == Language.FR ? hours + " h " + String.format("%02d", rest) : hours + " h " + rest + " min";
    }
}
