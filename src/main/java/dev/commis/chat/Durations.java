package dev.commis.chat;

import dev.commis.text.Language;

/** Writes a number of minutes as people say it: {@code 20 min}, {@code 1 h}, {@code 3 h 50}. */
final class Durations {

    private Durations() {
    }

    static String minutes(int minutes, Language lang) {
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
