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
    private static final Pattern HEAD = Pattern.compile("^(\\d{1,10})\\s+(\\d{1,12})\\.(\\d{6})\\s+(.*)$");
    private static final Pattern CALL = Pattern.compile("^([a-z_0-9]+)\\((.*)$");
    private static final Pattern RESUMED = Pattern.compile("^<\\.\\.\\. ([a-z_0-9]+) resumed>(.*)$");
    private static final Pattern DURATION = Pattern.compile("\\s*<(\\d+)\\.(\\d{6})>\\s*$");
    private static final Pattern RETURNS = Pattern.compile("\\)\\s+= ");
    private static final Pattern ERRNO = Pattern.compile("\\b([A-Z][A-Z0-9_]{1,30})\\b");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern DECORATED = Pattern.compile("<(/[^<>]*)>");
    private static final Pattern RESULT_PATH = Pattern.compile("\\)\\s+=\\s+\\d+<(/[^<>]*)>");

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
        if (line.length() > MAX_LINE) {
            line = line.substring(0, MAX_LINE);
        }
        Matcher head = HEAD.matcher(line);
        if (!head.matches()) {
            skipped++;
            return null;
        }
        int pid;
        try {
            pid = Integer.parseInt(head.group(1));
        } catch (NumberFormatException e) {
            skipped++;
            return null;
        }
        long micros = Long.parseLong(head.group(2)) * 1_000_000L + Long.parseLong(head.group(3));
        String rest = head.group(4);
        Matcher resumed = RESUMED.matcher(rest);
        String name;
        String text;
        long started = micros;
        if (resumed.matches()) {
            Pending pending = unfinished.remove(pid);
            name = resumed.group(1);
            text = (pending == null ? "" : pending.arguments()) + resumed.group(2);
            started = pending == null ? micros : pending.micros();
        } else {
            Matcher call = CALL.matcher(rest);
            if (!call.matches()) {
                skipped++;
                return null;
            }
            name = call.group(1);
            text = call.group(2);
            if (text.endsWith("<unfinished ...>")) {
                if (unfinished.size() < 65_536) {
                    unfinished.put(pid, new Pending(micros, name, text.substring(0, text.length() - "<unfinished ...>".length()).trim()));
                }
                return null;
            }
        }
        long duration = 0;
        Matcher took = DURATION.matcher(text);
        if (took.find()) {
            duration = Long.parseLong(took.group(1)) * 1_000_000L + Long.parseLong(took.group(2));
            text = text.substring(0, took.start());
        }
        int equals = -1;
        Matcher returns = RETURNS.matcher(text);
        while (returns.find()) {
            equals = returns.start(); // the last: a string argument may hold ") = " too
        }
        if (equals < 0) {
            skipped++;
            return null;
        }
        String arguments = text.substring(0, equals);
        String all = text;
        String after = text.substring(text.indexOf('=', equals) + 1).trim();
        int end = 0;
        while (end < after.length() && after.charAt(end) != '<' && after.charAt(end) != ' ') {
            end++;
        }
        String value = after.substring(0, end);
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
            Matcher errno = ERRNO.matcher(after.substring(end));
            error = errno.find() ? errno.group(1) : "E?";
        }
        return new SyscallEvent(pid, started, name, redactor.redact(arguments), result, error, duration, paths(arguments, all));
    }

    /** Paths named by the call: quoted strings that are absolute paths, file descriptors resolved by -yy, and a result that is one. */
    private static List<String> paths(String arguments, String all) {
        List<String> paths = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(arguments);
        while (quoted.find() && paths.size() < 8) {
            String s = quoted.group(1);
            if (s.startsWith("/") && !paths.contains(s)) {
                paths.add(s);
            }
        }
        Matcher decorated = DECORATED.matcher(arguments);
        while (decorated.find() && paths.size() < 8) {
            String s = decorated.group(1);
            if (!paths.contains(s)) {
                paths.add(s);
            }
        }
        Matcher result = RESULT_PATH.matcher(all);
        if (result.find() && !paths.contains(result.group(1))) {
            paths.add(result.group(1));
        }
        return paths;
    }
}
