package io.twinbench.cli.internal.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.twinbench.capture.syscall.StraceParser;
import io.twinbench.capture.syscall.SyscallEvent;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.protocol.Frame;
import io.twinbench.protocol.MessageCodec;
import io.twinbench.protocol.ShadowRecords;
import io.twinbench.store.ShadowRecordings;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/**
 * System-call events from strace on a real process (a loop opening files and running programs),
 * parsed as the agent parses them, framed as it sends them, decoded as the collector does and
 * stored in batches into H2: events per second for each step and end to end (target: 100,000/s).
 */
final class SyscallStoreBench {

    private final PrintWriter out;

    SyscallStoreBench(PrintWriter out) {
        this.out = out;
    }

    void run() throws Exception {
        Path strace = Path.of("/usr/bin/strace");
        if (!Files.isExecutable(strace)) {
            out.println("  system calls stored: skipped (strace is not installed)");
            return;
        }
        Path dir = Files.createTempDirectory("twinbench-bench-shadow");
        Path trace = dir.resolve("trace");
        List<String> command = new ArrayList<>(List.of(strace.toString(), "-f", "-ttt", "-T", "-yy", "-qq", "-s", "256", "-e", StraceParser.TRACED,
                "-e", "signal=none", "-o", trace.toString(), "/bin/sh", "-c",
                "i=0; while [ $i -lt 4000 ]; do : > " + dir + "/f; cat /etc/hostname " + dir + "/f > /dev/null; i=$((i+1)); done"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor(300, TimeUnit.SECONDS);
        List<String> lines = Files.readAllLines(trace);
        // enough events to measure: the trace read again (the store numbers them anew)
        List<String> all = new ArrayList<>();
        while (all.size() < 200_000) {
            all.addAll(lines);
        }
        long t0 = System.nanoTime();
        StraceParser parser = new StraceParser(SecretRedactor.defaults());
        List<SyscallEvent> events = new ArrayList<>(all.size());
        for (String line : all) {
            SyscallEvent e = parser.parse(line);
            if (e != null) {
                events.add(e);
            }
        }
        double parseSeconds = (System.nanoTime() - t0) / 1e9;
        MessageCodec codec = new MessageCodec();
        long t1 = System.nanoTime();
        List<Frame> frames = new ArrayList<>();
        long bytes = 0;
        for (int from = 0; from < events.size(); from += 5000) {
            List<ShadowRecords.Syscall> batch = events.subList(from, Math.min(events.size(), from + 5000)).stream()
                    .map(e -> new ShadowRecords.Syscall(e.pid(), e.epochMicros(), e.name(), e.arguments(), e.result(), e.error(), e.durationMicros(), e.paths()))
                    .toList();
            Frame frame = codec.encode(new ShadowRecords("bench", batch, List.of(), frames.size(), "", 0), frames.size() + 1);
            bytes += frame.body().length;
            frames.add(frame);
        }
        double encodeSeconds = (System.nanoTime() - t1) / 1e9;
        try (TwinStore store = TwinStore.open(StoreLocation.fromEnvironment(java.util.Map.of(), dir.resolve("workspace")))) {
            Instant now = Instant.now();
            store.shadows().create(new ShadowRecordings.Session("bench", "bench", "capturing", new byte[] {'{', '}'}, "bench", now, now.plus(Duration.ofHours(1)),
                    null, null, null, null, null, "bench", now));
            long t2 = System.nanoTime();
            for (Frame frame : frames) {
                ShadowRecords records = (ShadowRecords) codec.decode(frame);
                List<ShadowRecordings.Syscall> rows = records.syscalls().stream().map(s -> new ShadowRecordings.Syscall(0, s.pid(), s.micros(), s.name(),
                        s.arguments(), s.result(), s.error(), s.durationMicros(), s.paths())).toList();
                store.shadows().append("bench", ShadowRecordings.LIVE, new ShadowRecordings.Batch(rows, List.of(), records.chunk(), new byte[0], 0));
            }
            double storeSeconds = (System.nanoTime() - t2) / 1e9;
            int n = events.size();
            out.printf("  system calls: %,d events of a real trace (%,d lines, %.0f B each on the channel)%n", n, all.size(), (double) bytes / n);
            out.printf("    parsed (agent)              %,12.0f events/s%n", n / parseSeconds);
            out.printf("    framed (agent)              %,12.0f events/s%n", n / encodeSeconds);
            out.printf("    decoded and stored in H2    %,12.0f events/s  (target >= 100,000)%n", n / storeSeconds);
            out.printf("    end to end                  %,12.0f events/s%n", n / (parseSeconds + encodeSeconds + storeSeconds));
        } finally {
            deleteQuietly(dir);
        }
    }

    static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind
        }
    }
}
