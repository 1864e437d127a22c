package io.twinbench.agent;

/**
 * One of sudo's log lines: "USER : [REFUSAL ; ]TTY=… ; PWD=… ; USER=… ; [GROUP=… ; ENV=… ; ]COMMAND=…",
 * read field by field rather than by one regular expression: anyone on the endpoint can make
 * such a line appear, and a pattern with a repeated lazy group backtracked without bound (a few
 * thousand "; x" overflowed the stack).
 */
record SudoLine(String user, String refusal, String tty, String cwd, String runAs, String command) {

    /** The line's fields, or null when it is no sudo command line. */
    static SudoLine parse(String message) {
        String msg = message.stripLeading();
        int colon = msg.indexOf(" : ");
        int commandAt = msg.indexOf("; COMMAND=");
        if (colon <= 0 || commandAt < colon) {
            return null;
        }
        String user = msg.substring(0, colon);
        if (user.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        String command = msg.substring(commandAt + "; COMMAND=".length());
        String refusal = null;
        String tty = null;
        String cwd = null;
        String runAs = null;
        for (String part : msg.substring(colon + 3, commandAt).split(" ; ", -1)) {
            String field = part.strip();
            if (tty == null && !field.startsWith("TTY=")) {
                refusal = refusal == null ? field : refusal + " ; " + field;
            } else if (field.startsWith("TTY=") && tty == null) {
                tty = field.substring(4);
            } else if (field.startsWith("PWD=") && cwd == null) {
                cwd = field.substring(4);
            } else if (field.startsWith("USER=") && runAs == null) {
                runAs = field.substring(5);
            }
        }
        if (tty == null || cwd == null || runAs == null || tty.isEmpty() || runAs.isEmpty() || tty.contains(" ") || runAs.contains(" ")) {
            return null;
        }
        return new SudoLine(user, refusal, tty, cwd, runAs, command);
    }
}
