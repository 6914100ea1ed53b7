package dev.commis.console;

import java.io.IOException;
import java.io.PrintWriter;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Lines typed at a terminal, edited with JLine behind a {@code > } prompt. A reminder that goes
 * off while a line is half typed is printed above it, on its own line, and the prompt is drawn
 * again with what was typed. The line comes back exactly as typed: no {@code !} history
 * expansion, no quote or backslash handling (recipe names hold apostrophes).
 */
public final class TerminalLines implements ConsoleLines, AutoCloseable {

    static final String PROMPT = "> ";

    private final Terminal terminal;
    private final LineReader reader;
    private boolean quitAsked;

    private TerminalLines(Terminal terminal) {
        this.terminal = terminal;
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(false);
        parser.setEofOnEscapedNewLine(false);
        parser.setQuoteChars(new char[0]);
        parser.setEscapeChars(new char[0]);
        this.reader = LineReaderBuilder.builder().terminal(terminal).parser(parser)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.BRACKETED_PASTE, false)
                .build();
    }

    /** The process's own terminal, in UTF-8. */
    public static TerminalLines onSystemTerminal() throws IOException {
        return new TerminalLines(TerminalBuilder.builder().system(true).encoding("UTF-8").build());
    }

    /** Lines over {@code terminal} (tests give one over streams). */
    static TerminalLines on(Terminal terminal) {
        return new TerminalLines(terminal);
    }

    @Override
    public String readLine() {
        try {
            return reader.readLine(PROMPT);
        } catch (EndOfFileException e) {
            return null;
        } catch (UserInterruptException e) {
            quitAsked = true;
            return null;
        }
    }

    @Override
    public PrintWriter out() {
        return terminal.writer();
    }

    @Override
    public void printAbove(String text) {
        reader.printAbove(text);
        terminal.flush();
    }

    @Override
    public boolean quitAsked() {
        return quitAsked;
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }
}
