package io.twinbench.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.twinbench.protocol.ElementIds;
import io.twinbench.protocol.Sample;

/**
 * System calls of watched processes, counted per call and process: each watched process (by
 * pid, or every process of a given command name, found again each round so restarts are
 * followed) gets strace attached with its threads and children, and every round the counts
 * since the last one become samples "syscalls.NAME" and "syscalls.total" of its proc element.
 * strace stops a traced process at every call, so watch the processes under investigation,
 * not the whole host. Without strace the agent says so once and goes on without these counts.
 */
final class SyscallCounter implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SyscallCounter.class.getName());
    private static final Pattern CALL = Pattern.compile("^(?:\\[pid\\s+\\d+\\]\\s+|\\d+\\s+)?([a-z_][a-z0-9_]*)\\(");

    private final List<String> watched;
    private final String strace;
    private final Clock clock;
    private final Map<Long, Tracer> tracers = new ConcurrentHashMap<>();
    /** Processes strace could not attach to (another tracer, no permission): not tried again. */
    private final Set<Long> refused = ConcurrentHashMap.newKeySet();
    private boolean saidMissing;

    /** watched: pids or command names; strace: the strace binary (found on PATH when only a name). */
    SyscallCounter(List<String> watched, String strace, Clock clock) {
        this.watched = List.copyOf(watched);
        this.strace = strace;
        this.clock = clock;
    }

    /** One strace and the counts it has seen since the last drain. */
    private static final class Tracer {
        final Process process;
        final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

        Tracer(Process process) {
            this.process = process;
        }
    }

    /** Counts since the last call, as samples; attaches to watched processes that appeared since. */
    List<Sample> collect() {
        if (watched.isEmpty()) {
            return List.of();
        }
        long now = clock.millis();
        List<Sample> samples = new ArrayList<>();
        for (Map.Entry<Long, Tracer> e : tracers.entrySet()) {
            String element = ElementIds.of("proc", e.getKey());
            Map<String, Long> drained = new TreeMap<>();
            e.getValue().counts.forEach((name, adder) -> {
                long n = adder.sumThenReset();
                if (n > 0) {
                    drained.put(name, n);
                }
            });
            long total = 0;
            for (Map.Entry<String, Long> c : drained.entrySet()) {
                samples.add(new Sample(element, "syscalls." + c.getKey(), "calls", now, c.getValue()));
                total += c.getValue();
            }
            samples.add(new Sample(element, "syscalls.total", "calls", now, total));
            if (!e.getValue().process.isAlive()) {
                tracers.remove(e.getKey());
            }
        }
        for (long pid : targets()) {
            if (!tracers.containsKey(pid) && !refused.contains(pid)) {
                attach(pid);
            }
        }
        return samples;
    }

    /** The pids of the watched processes now. */
    Set<Long> targets() {
        Set<Long> pids = new LinkedHashSet<>();
        long self = ProcessHandle.current().pid();
        for (String w : watched) {
            if (w.matches("\\d+")) {
                long pid = Long.parseLong(w);
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    pids.add(pid);
                }
                continue;
            }
            ProcessHandle.allProcesses().filter(p -> p.pid() != self && w.equals(commandName(p).orElse(null)))
                    .forEach(p -> pids.add(p.pid()));
        }
        return pids;
    }

    private static Optional<String> commandName(ProcessHandle p) {
        try {
            // the kernel's short name, as ps and pgrep show it; info().command() is empty for other users' processes
            return Optional.of(Files.readString(Path.of("/proc", Long.toString(p.pid()), "comm")).strip());
        } catch (IOException | RuntimeException e) {
            return p.info().command().map(c -> Path.of(c).getFileName().toString());
        }
    }

    private void attach(long pid) {
        Process process;
        try {
            process = new ProcessBuilder(strace, "-f", "-qq", "-e", "signal=none", "-s", "0", "-p", Long.toString(pid))
                    .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        } catch (IOException e) {
            if (!saidMissing) {
                saidMissing = true;
                LOG.warning("system-call counts need strace, which could not be started (" + e.getMessage()
                        + "); install it (apt install strace) or drop --watch-syscalls");
            }
            return;
        }
        Tracer tracer = new Tracer(process);
        tracers.put(pid, tracer);
        Thread reader = new Thread(() -> {
            if (!count(pid, tracer)) {
                refused.add(pid);
            }
        }, "twinbench-agent-strace-" + pid);
        reader.setDaemon(true);
        reader.start();
        LOG.info("counting the system calls of process " + pid);
    }

    /** Counts until strace ends; false when it could not attach. */
    private static boolean count(long pid, Tracer tracer) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(tracer.process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            String refusal = null;
            while ((line = in.readLine()) != null) {
                Matcher m = CALL.matcher(line);
                if (m.find()) {
                    tracer.counts.computeIfAbsent(m.group(1), k -> new LongAdder()).increment();
                } else if (line.startsWith("strace: ") && refusal == null) {
                    refusal = line;
                }
            }
            if (refusal != null && tracer.counts.isEmpty()) {
                LOG.warning("cannot count the system calls of process " + pid + ": " + refusal);
                return false;
            }
        } catch (IOException e) {
            // strace ended with the process
        }
        return true;
    }

    /** Stops tracing (a collection policy forbids it now); the next collect attaches again. */
    List<Sample> paused() {
        close();
        return List.of();
    }

    @Override
    public void close() {
        // strace detaches on SIGTERM and the traced process runs on untouched
        tracers.values().forEach(t -> t.process.destroy());
        tracers.clear();
    }
}
