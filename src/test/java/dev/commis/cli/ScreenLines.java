package dev.commis.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What a terminal shows for the text written to it, line by line, as far as a line editor uses
 * it: a carriage return goes back to the start of the line, {@code ESC [ K} erases to its end,
 * {@code ESC [ n C}/{@code D} move right/left, {@code ESC [ n A} goes up; other escape sequences
 * change nothing visible here and are dropped.
 */
final class ScreenLines {

    private ScreenLines() {
    }

    static List<String> of(String written) {
        List<StringBuilder> lines = new ArrayList<>();
        lines.add(new StringBuilder());
        int row = 0;
        int col = 0;
        int i = 0;
        while (i < written.length()) {
            int c = written.codePointAt(i);
            i += Character.charCount(c);
            StringBuilder line = lines.get(row);
            if (c == '\r') {
                col = 0;
            } else if (c == '\n') {
                row++;
                col = 0;
                if (row == lines.size()) {
                    lines.add(new StringBuilder());
                }
            } else if (c == '\b') {
                col = Math.max(0, col - 1);
            } else if (c == 0x1b) {
                int end = sequenceEnd(written, i);
                String sequence = written.substring(i, end);
                i = end;
                if (sequence.startsWith("[")) {
                    char kind = sequence.charAt(sequence.length() - 1);
                    String digits = sequence.substring(1, sequence.length() - 1);
                    int n = digits.matches("\\d+") ? Integer.parseInt(digits) : 1;
                    if (kind == 'K' && line.codePointCount(0, line.length()) > col) {
                        line.setLength(line.offsetByCodePoints(0, col));
                    } else if (kind == 'C') {
                        col += n;
                    } else if (kind == 'D') {
                        col = Math.max(0, col - n);
                    } else if (kind == 'A') {
                        row = Math.max(0, row - n);
                    }
                }
            } else if (c >= ' ') {
                put(line, col, c);
                col++;
            }
        }
        return lines.stream().map(StringBuilder::toString).toList();
    }

    private static void put(StringBuilder line, int col, int c) {
        int length = line.codePointCount(0, line.length());
        while (length < col) {
            line.append(' ');
            length++;
        }
        String character = new String(Character.toChars(c));
        if (length == col) {
            line.append(character);
        } else {
            int start = line.offsetByCodePoints(0, col);
            line.replace(start, line.offsetByCodePoints(start, 1), character);
        }
    }

    /** Where the escape sequence starting at {@code from} (just after ESC) ends. */
    private static int sequenceEnd(String text, int from) {
        if (from >= text.length()) {
            return from;
        }
        char first = text.charAt(from);
        if (first == '[') {
            int i = from + 1;
            while (i < text.length() && (text.charAt(i) < '@' || text.charAt(i) > '~')) {
                i++;
            }
            return Math.min(i + 1, text.length());
        }
        if (first == ']') {
            int bell = text.indexOf('\u0007', from);
            return bell < 0 ? text.length() : bell + 1;
        }
        return from + 1;
    }
}
