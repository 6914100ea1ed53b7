package dev.commis.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Lines from a pipe or a file, answers to a plain stream: no prompt, no line editing; a reminder
 * prints between replies, followed by a blank line.
 */
public final class PlainLines implements ConsoleLines {

    private final BufferedReader in;
    private final PrintWriter out;

    public PlainLines(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public String readLine() throws IOException {
        return in.readLine();
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public void printAbove(String text) {
        synchronized (out) {
            out.println(text);
            out.println();
            out.flush();
        }
    }
}
