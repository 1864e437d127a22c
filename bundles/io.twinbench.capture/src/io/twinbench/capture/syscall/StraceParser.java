package io.twinbench.capture.syscall;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.twinbench.inventory.SecretRedactor;

/**
 * System-call events from strace's output as the agent runs it ({@code -f -ttt -T -yy -qq
 * -o FILE}: every line "PID SECONDS.MICROS call(args) = result <duration>"), calls split by
 * another process's ("unfinished … resumed") joined again. Exec arguments and other strings are
 * passed through the agent's secret patterns before they leave. A line that is not a call (a
 * signal, an exit, a tracer message) is skipped; a line of a hostile length is cut.
 */
public final class StraceParser {

    public static final int MAX_LINE = 16 * 1024;
    /** Calls that show what a process does to files, processes and the network; reads, writes and stats would drown them. */
    public static final String TRACED = "trace=open,openat,openat2,creat,execve,execveat,clone,clone3,fork,vfork,connect,accept,accept4,bind,listen,"
            + "socket,unlink,unlinkat,rename,renameat,renameat2,mkdir,mkdirat,rmdir,chmod,fchmod,fchmodat,chown,fchown,fchownat,lchown,"
            + "symlink,symlinkat,link,linkat,truncate,ftruncate,chdir,kill,tgkill,setuid,setgid,setresuid,setresgid,ptrace,mount,umount2,"
            + "sendto,recvfrom,sendmsg,recvmsg,exit_group";
    private static final Pattern ERRNO = Pattern.compile("\\b([A-Z][A-Z0-9_]{1,30})\\b");

    private final SecretRedactor redactor;
    private final Map<Integer, Pending> unfinished = new HashMap<>();
    private long skipped;

    private record Pending(long micros, String name, String arguments) {
    }

    /** strace attached to the processes and their children, writing what this parser reads to its standard output. */
    public static List<String> command(String strace, List<Integer> pids) {
        List<String> command = new ArrayList<>(List.of(strace, "-f", "-ttt", "-T", "-yy", "-qq", "-s", "256", "-e", TRACED, "-e", "signal=none",
                "-o", "/dev/stdout"));
        for (int pid : pids) {
            command.add("-p");
            command.add(Integer.toString(pid));
        }
        return command;
    }

    public StraceParser(SecretRedactor redactor) {
        this.redactor = redactor;
    }

    /** Lines that were not calls: signals, exits, and anything unreadable. */
    public long skipped() {
        return skipped;
    }

    /** The event a line completes, or null (a line starting a call another process interrupted, or not a call). */
    public SyscallEvent parse(String line) {
        // read by hand, not by regular expressions: the agent parses every traced call, and this is most of its cost
        if (line.length() > MAX_LINE) {
            line = line.substring(0, MAX_LINE);
        }
        int i = digits(line, 0, 9);
        if (i <= 0 || i >= line.length() || line.charAt(i) != ' ') {
            skipped++;
            return null;
        }
        int pid = Integer.parseInt(line, 0, i, 10);
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        int secondsStart = i;
        i = digits(line, i, 12);
        if (i <= secondsStart || i + 7 >= line.length() || line.charAt(i) != '.' || digits(line, i + 1, 6) != i + 7 || line.charAt(i + 7) != ' ') {
            skipped++;
            return null;
        }
        long micros = Long.parseLong(line, secondsStart, i, 10) * 1_000_000L + Long.parseLong(line, i + 1, i + 7, 10);
        int rest = i + 8;
        String name;
        String text;
        long started = micros;
        if (line.startsWith("<... ", rest)) {
            int resumed = line.indexOf(" resumed>", rest + 5);
            if (resumed < 0) {
                skipped++;
                return null;
            }
            name = line.substring(rest + 5, resumed);
            Pending pending = unfinished.remove(pid);
            text = (pending == null ? "" : pending.arguments()) + line.substring(resumed + " resumed>".length());
            started = pending == null ? micros : pending.micros();
        } else {
            int open = rest;
            while (open < line.length() && isNameChar(line.charAt(open))) {
                open++;
            }
            if (open == rest || open >= line.length() || line.charAt(open) != '(') {
                skipped++;
                return null;
            }
            name = line.substring(rest, open);
            text = line.substring(open + 1);
            if (text.endsWith("<unfinished ...>")) {
                if (unfinished.size() < 65_536) {
                    unfinished.put(pid, new Pending(micros, name, text.substring(0, text.length() - "<unfinished ...>".length()).trim()));
                }
                return null;
            }
        }
        long duration = 0;
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == '>') {
            int lt = text.lastIndexOf('<', end - 1);
            int dot = lt < 0 ? -1 : text.indexOf('.', lt);
            if (lt >= 0 && dot > lt + 1 && dot < end - 1 && digits(text, lt + 1, 12) == dot && digits(text, dot + 1, 6) == end - 1 && end - 1 - dot == 7) {
                duration = Long.parseLong(text, lt + 1, dot, 10) * 1_000_000L + Long.parseLong(text, dot + 1, end - 1, 10);
                end = lt;
                while (end > 0 && text.charAt(end - 1) == ' ') {
                    end--;
                }
            }
        }
        text = text.substring(0, end);
        // the last " = " is the result's: a string argument may hold one too, the result and its decoration never do
        int equals = text.lastIndexOf(" = ");
        int close = equals;
        while (close > 0 && text.charAt(close - 1) == ' ') {
            close--;
        }
        if (equals < 0 || close <= 0 || text.charAt(close - 1) != ')') {
            skipped++;
            return null;
        }
        String arguments = text.substring(0, close - 1);
        int valueStart = equals + 3;
        int valueEnd = valueStart;
        while (valueEnd < text.length() && text.charAt(valueEnd) != '<' && text.charAt(valueEnd) != ' ') {
            valueEnd++;
        }
        String value = text.substring(valueStart, valueEnd);
        long result;
        if ("?".equals(value)) {
            return null; // exit_group and the like never return
        } else if (value.startsWith("0x")) {
            try {
                result = Long.parseUnsignedLong(value.substring(2), 16);
            } catch (NumberFormatException e) {
                result = Long.MAX_VALUE;
            }
        } else {
            try {
                result = Long.parseLong(value);
            } catch (NumberFormatException e) {
                skipped++;
                return null;
            }
        }
        String error = null;
        if (result < 0) {
            Matcher errno = ERRNO.matcher(text.substring(valueEnd));
            error = errno.find() ? errno.group(1) : "E?";
        }
        return new SyscallEvent(pid, started, name, redactor.redact(arguments), result, error, duration, paths(arguments, text, valueEnd));
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
    }

    /** Where a run of at most max digits starting at from ends (from itself when there is none). */
    private static int digits(String s, int from, int max) {
        int i = from;
        while (i < s.length() && i - from < max && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** Paths named by the call: quoted strings that are absolute paths, file descriptors resolved by -yy, and a result that is one. */
    private static List<String> paths(String arguments, String text, int resultEnd) {
        List<String> paths = new ArrayList<>(2);
        int n = arguments.length();
        for (int i = 0; i < n && paths.size() < 8; i++) {
            char c = arguments.charAt(i);
            if (c == '"') {
                int j = i + 1;
                while (j < n && arguments.charAt(j) != '"') {
                    j += arguments.charAt(j) == '\\' ? 2 : 1;
                }
                if (i + 1 < n && arguments.charAt(i + 1) == '/' && j <= n) {
                    add(paths, arguments.substring(i + 1, Math.min(j, n)));
                }
                i = j;
            } else if (c == '<' && i + 1 < n && arguments.charAt(i + 1) == '/') {
                int j = i + 1;
                while (j < n && arguments.charAt(j) != '>' && arguments.charAt(j) != '<') {
                    j++;
                }
                if (j < n && arguments.charAt(j) == '>') {
                    add(paths, arguments.substring(i + 1, j));
                }
                i = j;
            }
        }
        // "= 3</etc/hostname>": the file a call opened, as the kernel names it
        int at = text.indexOf('<', text.lastIndexOf(" = ") + 3);
        if (at >= 0 && at <= resultEnd + 1 && at + 1 < text.length() && text.charAt(at + 1) == '/') {
            int close = text.indexOf('>', at);
            if (close > at && text.indexOf('<', at + 1) < 0 || close > at && text.indexOf('<', at + 1) > close) {
                add(paths, text.substring(at + 1, close));
            }
        }
        return paths;
    }

    private static void add(List<String> paths, String path) {
        if (!paths.contains(path)) {
            paths.add(path);
        }
    }
}
