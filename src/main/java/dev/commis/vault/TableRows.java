package dev.commis.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a Markdown table written in a section ("| 400 g | chickpeas |"), as some vaults list
 * their ingredients: one line per body row, its cells joined by a space ("400 g chickpeas"), the
 * header row and the {@code |---|} rule left out. Commis's Markdown reader runs without the table
 * extension (no recipe needs tables elsewhere), so a table reaches it as lines of text.
 */
final class TableRows {

    private static final Pattern RULE = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?$");

    private TableRows() {
    }

    /** Whether {@code lines} are a table: every line a row between pipes, the second one a {@code |---|} rule. */
    static boolean isTable(List<String> lines) {
        return lines.size() >= 2 && RULE.matcher(lines.get(1).strip()).matches()
                && lines.stream().allMatch(line -> line.strip().startsWith("|"));
    }

    /** The body rows of a table (see {@link #isTable}), each as its non-empty cells joined by a space. */
    static List<String> bodyRows(List<String> lines) {
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            String row = String.join(" ", cells(line)).strip();
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The non-empty cells of one table row, stripped. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.strip().split("\\|")) {
            if (!cell.isBlank()) {
                cells.add(cell.strip());
            }
        }
        return cells;
    }
}
