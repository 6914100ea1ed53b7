package dev.commis.kitchen;

/**
 * A duration found in a step before repeats are attached: a timer, or the period of a repeated
 * action ("every 10 minutes").
 *
 * @param repeat      whether it is a repeat's period rather than a timer
 * @param low         seconds (the low end of a range)
 * @param high        the high end of a range; equal to {@code low} for one duration
 * @param start       index of its first word ("every" for a repeat)
 * @param end         index just after its last word
 * @param phraseStart where the phrase it belongs to starts ("cook" in "cook for 3 hours")
 */
record Mention(boolean repeat, long low, long high, int start, int end, int phraseStart) {
}
