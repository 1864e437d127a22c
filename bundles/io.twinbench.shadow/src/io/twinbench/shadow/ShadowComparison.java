package io.twinbench.shadow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.twinbench.store.ShadowRecordings;

/**
 * Live against twin, request by request: each response's status, headers (less those that differ
 * between any two runs: dates, tags, cookies, connection handling) and body digest; and, in the
 * window each side took to answer it, the programs executed, files written, files read,
 * connections made and calls that failed. The same difference on many requests is one divergence
 * naming them all; divergences are ranked by what they mean to a security analyst.
 */
public final class ShadowComparison {

    /**
     * requests: live exchanges compared; matched: those the twin answered alike, with no divergence
     * above LOW (a file read or an error in a neighbouring request's window, a header: listed, but
     * timing attributes them to requests only roughly).
     */
    public record Result(int requests, int matched, int unanswered, List<Divergence> divergences, List<Verdict> verdicts) {

        public long findings() {
            return divergences.stream().filter(Divergence::finding).count();
        }
    }

    /** One live request as compared: both statuses (0: no answer), whether the twin was given it, and the worst divergence on it (null: none). */
    public record Verdict(long seq, String method, String target, int liveStatus, int twinStatus, boolean replayed, Divergence.Severity worst) {
    }

    static final Set<String> VOLATILE_HEADERS = Set.of("date", "expires", "age", "etag", "last-modified", "set-cookie", "keep-alive", "connection",
            "content-length", "transfer-encoding", "x-request-id", "x-runtime", "via", "server-timing", "report-to", "nel");
    private static final long SLACK_MICROS = 2_000;
    private static final Pattern WRITE_FLAGS = Pattern.compile("O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern INET = Pattern.compile("sin6?_port=htons\\((\\d+)\\).*?(?:inet_addr\\(\"([^\"]+)\"\\)|inet_pton\\(AF_INET6, \"([^\"]+)\")");
    private static final Pattern UNIX = Pattern.compile("sun_path=\"([^\"]+)\"");
    private static final Set<String> MODIFYING = Set.of("unlink", "unlinkat", "rename", "renameat", "renameat2", "mkdir", "mkdirat", "rmdir", "chmod",
            "fchmodat", "chown", "fchownat", "lchown", "symlink", "symlinkat", "link", "linkat", "truncate", "creat");
    /** Devices every process opens to read or write nothing in particular: no evidence either way. */
    private static final Set<String> NEUTRAL_PATHS = Set.of("/dev/null", "/dev/zero", "/dev/random", "/dev/urandom", "/dev/tty", "/dev/full");
    private static final Set<String> BENIGN_ERRORS = Set.of("EAGAIN", "EINPROGRESS", "EINTR", "ERESTARTSYS");

    private ShadowComparison() {
    }

    public static Result compare(List<ShadowRecordings.Exchange> live, List<ShadowRecordings.Exchange> twin, List<ShadowRecordings.Syscall> liveCalls,
            List<ShadowRecordings.Syscall> twinCalls) {
        Map<Long, ShadowRecordings.Exchange> twinBySeq = new HashMap<>();
        twin.forEach(x -> twinBySeq.put(x.seq(), x));
        Calls liveIndex = new Calls(liveCalls);
        Calls twinIndex = new Calls(twinCalls);
        Map<String, Pending> found = new LinkedHashMap<>();
        int matched = 0;
        int unanswered = 0;
        for (ShadowRecordings.Exchange l : live) {
            ShadowRecordings.Exchange t = twinBySeq.get(l.seq());
            int before = found.values().stream().filter(p -> p.severity != Divergence.Severity.LOW).mapToInt(p -> p.requests.size()).sum();
            if (t == null || t.status() == 0) {
                unanswered++;
                add(found, Divergence.Severity.MEDIUM, "no answer", "the twin did not answer " + l.method() + " " + l.target(), l.seq(),
                        statusLine(l), t == null ? "not replayed" : "no response");
                continue;
            }
            if (l.status() != t.status()) {
                add(found, Divergence.Severity.MEDIUM, "status", l.method() + " " + l.target() + " answered " + l.status() + " live, " + t.status() + " on the twin",
                        l.seq(), statusLine(l), statusLine(t));
            }
            Map<String, String> lh = headers(l.responseHeaders());
            Map<String, String> th = headers(t.responseHeaders());
            Set<String> names = new LinkedHashSet<>(lh.keySet());
            names.addAll(th.keySet());
            for (String name : names) {
                String a = lh.get(name);
                String b = th.get(name);
                if (a == null ? b != null : !a.equals(b)) {
                    add(found, Divergence.Severity.LOW, "header", "response header " + name + " differs", l.seq(), name + ": " + (a == null ? "(absent)" : a),
                            name + ": " + (b == null ? "(absent)" : b));
                }
            }
            if (l.status() == t.status() && !java.util.Arrays.equals(digest(l.responseBody()), digest(t.responseBody()))) {
                add(found, Divergence.Severity.MEDIUM, "body", "the response body of " + l.method() + " " + path(l.target()) + " differs", l.seq(),
                        bodyText(l), bodyText(t));
            }
            Behaviour lb = liveIndex.during(l.requestMicros(), l.responseMicros());
            Behaviour tb = twinIndex.during(t.requestMicros(), t.responseMicros());
            compare(found, l.seq(), lb.executed, tb.executed, Divergence.Severity.CRITICAL, Divergence.Severity.HIGH, "exec", "executed ");
            compare(found, l.seq(), lb.written, tb.written, Divergence.Severity.HIGH, Divergence.Severity.MEDIUM, "write", "wrote to ");
            compare(found, l.seq(), lb.connected, tb.connected, Divergence.Severity.HIGH, Divergence.Severity.MEDIUM, "connect", "connected to ");
            compare(found, l.seq(), lb.read, tb.read, Divergence.Severity.LOW, Divergence.Severity.LOW, "read", "opened ");
            compare(found, l.seq(), lb.failed, tb.failed, Divergence.Severity.LOW, Divergence.Severity.LOW, "error", "failed: ");
            if (found.values().stream().filter(p -> p.severity != Divergence.Severity.LOW).mapToInt(p -> p.requests.size()).sum() == before) {
                matched++;
            }
        }
        List<Divergence> divergences = new ArrayList<>();
        for (Pending p : found.values()) {
            divergences.add(new Divergence(p.severity, p.kind, p.requests, p.what, p.live, p.twin));
        }
        divergences.sort(Comparator.comparing(Divergence::severity).thenComparing(d -> -d.requests().size()).thenComparing(d -> d.requests().isEmpty() ? 0
                : d.requests().get(0)));
        Map<Long, Divergence.Severity> worst = new HashMap<>();
        for (Divergence d : divergences) {
            for (long seq : d.requests()) {
                worst.merge(seq, d.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        List<Verdict> verdicts = new ArrayList<>(live.size());
        for (ShadowRecordings.Exchange l : live) {
            ShadowRecordings.Exchange t = twinBySeq.get(l.seq());
            verdicts.add(new Verdict(l.seq(), l.method(), l.target(), l.status(), t == null ? 0 : t.status(), t != null, worst.get(l.seq())));
        }
        return new Result(live.size(), matched, unanswered, divergences, verdicts);
    }

    /** Items one side showed and the other did not, live-only at liveOnly's weight, twin-only at twinOnly's. */
    private static void compare(Map<String, Pending> found, long seq, Map<String, String> live, Map<String, String> twin, Divergence.Severity liveOnly,
            Divergence.Severity twinOnly, String kind, String verb) {
        for (Map.Entry<String, String> item : live.entrySet()) {
            if (!twin.containsKey(item.getKey())) {
                add(found, liveOnly, kind, "the live endpoint " + verb + item.getKey() + "; the twin did not", seq, item.getValue(), "(nothing)");
            }
        }
        for (Map.Entry<String, String> item : twin.entrySet()) {
            if (!live.containsKey(item.getKey())) {
                add(found, twinOnly, kind, "the twin " + verb + item.getKey() + "; the live endpoint did not", seq, "(nothing)", item.getValue());
            }
        }
    }

    private static void add(Map<String, Pending> found, Divergence.Severity severity, String kind, String what, long seq, String live, String twin) {
        Pending p = found.computeIfAbsent(severity + "|" + kind + "|" + what, k -> new Pending(severity, kind, what));
        if (!p.requests.contains(seq)) {
            p.requests.add(seq);
        }
        if (p.live.size() < 3) {
            p.live.add("request " + (seq + 1) + ": " + live);
            p.twin.add("request " + (seq + 1) + ": " + twin);
        }
    }

    private static final class Pending {
        final Divergence.Severity severity;
        final String kind;
        final String what;
        final List<Long> requests = new ArrayList<>();
        final List<String> live = new ArrayList<>();
        final List<String> twin = new ArrayList<>();

        Pending(Divergence.Severity severity, String kind, String what) {
            this.severity = severity;
            this.kind = kind;
            this.what = what;
        }
    }

    /** What one side did in a window: each item (program, file, address, error) with the call that shows it. */
    static final class Behaviour {
        final Map<String, String> executed = new TreeMap<>();
        final Map<String, String> written = new TreeMap<>();
        final Map<String, String> read = new TreeMap<>();
        final Map<String, String> connected = new TreeMap<>();
        final Map<String, String> failed = new TreeMap<>();

        void add(ShadowRecordings.Syscall call) {
            String name = call.name();
            String evidence = "pid " + call.pid() + " " + name + "(" + cut(call.arguments()) + ") = " + call.result() + (call.error() == null ? "" : " " + call.error());
            if (call.error() != null) {
                if (!BENIGN_ERRORS.contains(call.error())) {
                    failed.putIfAbsent(name + " " + firstQuoted(call.arguments()) + " " + call.error(), evidence);
                }
                return;
            }
            switch (name) {
                case "execve", "execveat" -> executed.putIfAbsent(firstQuoted(call.arguments()), evidence);
                case "open", "openat", "openat2" -> {
                    String path = firstQuoted(call.arguments());
                    if (!NEUTRAL_PATHS.contains(path)) {
                        (WRITE_FLAGS.matcher(call.arguments()).find() ? written : read).putIfAbsent(path, evidence);
                    }
                }
                case "connect" -> connected.putIfAbsent(address(call.arguments()), evidence);
                default -> {
                    if (MODIFYING.contains(name)) {
                        written.putIfAbsent(firstQuoted(call.arguments()), evidence);
                    }
                }
            }
        }

        private static String cut(String text) {
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        }
    }

    /** One side's calls in time order, to find those of a window quickly. */
    private static final class Calls {
        private final List<ShadowRecordings.Syscall> calls;
        private final long[] times;

        Calls(List<ShadowRecordings.Syscall> all) {
            calls = new ArrayList<>(all);
            calls.sort(Comparator.comparingLong(ShadowRecordings.Syscall::micros));
            times = calls.stream().mapToLong(ShadowRecordings.Syscall::micros).toArray();
        }

        Behaviour during(long fromMicros, long toMicros) {
            long end = toMicros > 0 ? toMicros + SLACK_MICROS : fromMicros + 1_000_000;
            int i = java.util.Arrays.binarySearch(times, fromMicros - SLACK_MICROS);
            i = i < 0 ? -i - 1 : i;
            while (i > 0 && times[i - 1] >= fromMicros - SLACK_MICROS) {
                i--;
            }
            Behaviour b = new Behaviour();
            for (; i < times.length && times[i] <= end; i++) {
                b.add(calls.get(i));
            }
            return b;
        }
    }

    private static String firstQuoted(String arguments) {
        Matcher m = QUOTED.matcher(arguments);
        return m.find() ? m.group(1) : "(no path)";
    }

    private static String address(String arguments) {
        Matcher inet = INET.matcher(arguments);
        if (inet.find()) {
            return (inet.group(2) != null ? inet.group(2) : "[" + inet.group(3) + "]") + ":" + inet.group(1);
        }
        Matcher unix = UNIX.matcher(arguments);
        return unix.find() ? "unix:" + unix.group(1) : arguments.length() > 80 ? arguments.substring(0, 80) : arguments;
    }

    private static Map<String, String> headers(List<String> lines) {
        Map<String, String> map = new TreeMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                if (!VOLATILE_HEADERS.contains(name)) {
                    map.merge(name, line.substring(colon + 1).strip(), (a, b) -> a + ", " + b);
                }
            }
        }
        return map;
    }

    private static String statusLine(ShadowRecordings.Exchange x) {
        return x.method() + " " + x.target() + " → " + (x.status() == 0 ? "no response" : x.status() + ", " + x.responseLength() + " bytes");
    }

    private static String path(String target) {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    private static String bodyText(ShadowRecordings.Exchange x) {
        String text = new String(x.responseBody(), 0, Math.min(x.responseBody().length, 200), StandardCharsets.UTF_8).replaceAll("[\\x00-\\x08\\x0e-\\x1f]", ".");
        return x.responseLength() + " bytes, sha256 " + java.util.HexFormat.of().formatHex(digest(x.responseBody())).substring(0, 16) + "…: " + text.strip();
    }

    private static byte[] digest(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
