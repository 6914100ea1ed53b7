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

    /**
     * A range of seconds, its unit said once when both ends share it: {@code 5–7 min}, {@code 1–2 h}; else each
     * end whole: {@code 45 min–1 h}, {@code 1 h–1 h 30 min}.
     */
    public static String range(long low, long high, Language lang) {
        String from = seconds(low, lang);
        String to = seconds(high, lang);
        for (String unit : new String[] {" s", " min", " h"}) {
            String number = from.endsWith(unit) ? from.substring(0, from.length() - unit.length()) : "";
            if (to.endsWith(unit) && !number.isEmpty() && number.chars().allMatch(Character::isDigit)
                    && to.substring(0, to.length() - unit.length()).chars().allMatch(Character::isDigit)) {
                return number + "–" + to;
            }
        }
        return from + "–" + to;
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
