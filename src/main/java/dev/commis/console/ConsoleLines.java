package dev.commis.console;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Where the console reads a person's lines and writes its answers: a plain stream for a pipe or a
 * file, or a line editor at a terminal. Text that arrives unasked (a reminder) goes through
 * {@link #printAbove}, so that at a terminal it never mixes with a half-typed line.
 */
public interface ConsoleLines {

    /** The next line typed or read, without its line end; {@code null} at the end of the input. */
    String readLine() throws IOException;

    /** Where replies are written, between two lines read. */
    PrintWriter out();

    /** Prints {@code text} on lines of its own, leaving what is being typed as it was. */
    void printAbove(String text);

    /** Whether the person asked to quit now (Ctrl-C at a terminal) rather than ending the input. */
    default boolean quitAsked() {
        return false;
    }
}
