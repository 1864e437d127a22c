package io.twinbench.cli.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

import io.twinbench.protocol.Printable;

/**
 * Everything a command prints passes through here: names, messages and output that came from
 * endpoints and twins may hold escape sequences meant for the analyst's terminal (to retitle it,
 * move the cursor, hide a line); every control character but the newline and the tab is written
 * as an escape (\x1b, \r, \u202e) instead. JSON output is unaffected: it escapes them itself.
 */
public final class TerminalSafeWriter extends FilterWriter {

    public TerminalSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(Printable.lines(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        out.write(Printable.lines(new String(buffer, offset, length)));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.write(Printable.lines(text.substring(offset, offset + length)));
    }
}
