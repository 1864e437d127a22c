package io.twinbench.protocol;

/**
 * Text that came from an endpoint (names, log lines, hostnames) made safe to print on a terminal
 * or in a log line: control characters, which could move the cursor, retitle the window or hide
 * what follows, and the Unicode controls that reorder or hide text, are written as escapes.
 */
public final class Printable {

    private Printable() {
    }

    /** The text with every control character escaped (\n, \t, \e as \x1b, U+202E as \u202e); null as the empty string. */
    public static String of(String text) {
        return escaped(text, false);
    }

    /** Text of several lines made safe to print: as {@link #of}, but newlines and tabs are kept as they are. */
    public static String lines(String text) {
        return escaped(text, true);
    }

    private static String escaped(String text, boolean keepLayout) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = keepLayout && (c == '\n' || c == '\t') ? null : escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** At most max characters of the text (null stays null). */
    public static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String escape(char c) {
        if (c == '\n') {
            return "\\n";
        }
        if (c == '\r') {
            return "\\r";
        }
        if (c == '\t') {
            return "\\t";
        }
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
            return String.format("\\x%02x", (int) c);
        }
        if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
