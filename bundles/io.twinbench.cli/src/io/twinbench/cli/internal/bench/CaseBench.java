package io.twinbench.cli.internal.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.twinbench.capture.pcap.Packet;
import io.twinbench.capture.pcap.PcapngWriter;
import io.twinbench.cases.BundleCheck;
import io.twinbench.cases.CaseBuilder;
import io.twinbench.cases.CaseBundle;
import io.twinbench.cases.CaseDefinition;
import io.twinbench.cases.CaseEvent;
import io.twinbench.cases.CaseFilter;
import io.twinbench.cases.CaseFolder;
import io.twinbench.cases.CaseIndex;
import io.twinbench.cases.CountingOutputStream;
import io.twinbench.cases.Cases;
import io.twinbench.cases.Sources;
import io.twinbench.remedy.trust.SigningKey;

/** Builds the bench's case and measures what an analyst waits for. */
final class CaseBench {

    private static final String[] CALLS = {"openat", "connect", "execve", "accept4", "close", "socket", "bind", "clone3", "unlinkat", "renameat2",
            "setuid", "chmod"};
    private static final String[] PATHS = {"/etc/passwd", "/var/www/html/index.html", "/usr/lib/x86_64-linux-gnu/libc.so.6", "/tmp/sess_",
            "/var/log/lighttpd/access.log", "/proc/self/status"};
    private static final int LINKTYPE_RAW = 101;

    private final Path work;
    private final long events;
    private final PrintWriter out;

    CaseBench(Path work, long events, PrintWriter out) {
        this.work = work;
        this.events = events;
        this.out = out;
    }

    void run() throws IOException {
        Cases cases = new Cases(work, Clock.systemUTC());
        List<Cases.Summary> built = cases.list();
        CaseFolder folder = built.isEmpty() ? build(cases) : built.get(0).folder();
        if (!built.isEmpty()) {
            out.printf("  reusing the case already built in %s%n", folder.root());
        }
        measure(cases, folder);
    }

    private CaseFolder build(Cases cases) throws IOException {
        CaseFolder folder = cases.create("bench", "bench");
        long start = 1_796_000_000_000_000L;
        long t0 = System.nanoTime();
        long end;
        try (CaseIndex index = CaseIndex.open(folder.index(), false)) {
            long nextId;
            try (CaseBuilder b = cases.builder(folder, index)) {
                end = generate(b, start);
                nextId = b.nextId();
            }
            double built = seconds(t0);
            long t1 = System.nanoTime();
            cases.gathered(folder, index, new CaseDefinition.Gathering("bench-a", instant(start), instant(end), Instant.now(), events + " generated"), nextId,
                    "bench");
            out.printf("  built: %,d events in %.1f s (%,.0f events/s, evidence, pcapng and index), timeline JSON lines written in %.1f s%n", events, built,
                    events / built, seconds(t1));
        }
        return folder;
    }

    private void measure(Cases cases, CaseFolder folder) throws IOException {
        long t2 = System.nanoTime();
        try (CaseIndex index = cases.index(folder, true)) {
            long[] extent = index.extent().orElseThrow();
            List<io.twinbench.cases.Lane> lanes = index.lanes();
            index.density(CaseFilter.range(extent[0], extent[1] + 1), 1600);
            long search = index.warmSearch();
            out.printf("  open: %.0f ms (index, extent, %d lanes, density of the whole case, and the messages read into memory for filters in %,d ms)"
                    + "   target < 2000 ms%n", millis(t2), lanes.size(), search);
            out.printf("  first text filter, typed the moment the case opens: %.0f ms   target < 1000 ms%n", applyFilter(index, CaseFilter.range(extent[0], extent[1] + 1).withText("passwd4141")));
            page(index, extent);
            // what the Timeline does in the background once a case is open (it shares the CPU with the first pages meanwhile)
            out.printf("  index read into memory (the Timeline's background job after opening): %,d ms%n", index.warm());
            filter(index, extent);
        }
        Path bundle = work.resolve("bench" + CaseBundle.EXTENSION);
        SigningKey key = SigningKey.generate("bench");
        long t3 = System.nanoTime();
        CaseBundle.Exported exported = CaseBundle.export(folder, bundle, key, "bench", "Twinbench bench", Instant.now(), n -> { });
        double export = seconds(t3);
        long t4 = System.nanoTime();
        BundleCheck check = CaseBundle.verify(bundle, n -> { });
        double verify = seconds(t4);
        long t5 = System.nanoTime();
        long raw = sha256(folder.data());
        double bare = seconds(t5);
        out.printf("  export: %.1f s for %,d files, %s of evidence into %s   target < 60 s%n", export, exported.files(), size(exported.bytes()),
                size(Files.size(bundle)));
        out.printf("  verify: %.1f s (%s)   target < 60 s%n", verify, check.intact() ? "intact" : "TAMPERED: " + check.problems());
        out.printf("  bare SHA-256 of the same %s read from disk: %.1f s (the floor of both)%n", size(raw), bare);
    }

    private void page(CaseIndex index, long[] extent) {
        Random r = new Random(7);
        long span = extent[1] - extent[0];
        long[] widths = {span, span / 10, span / 100, 60_000_000L, 1_000_000L, 10_000L, 100L};
        double[] times = new double[60];
        for (int i = 0; i < times.length; i++) {
            long width = Math.max(10, widths[i % widths.length]);
            long from = extent[0] + (long) (r.nextDouble() * Math.max(1, span - width));
            long t = System.nanoTime();
            CaseFilter view = CaseFilter.range(from, from + width);
            index.density(view, 1600);
            index.count(view);
            index.page(view, 0, 200);
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        out.printf("  page after a zoom or scroll (lanes' density at 1600 px, the count and 200 events): median %.1f ms, 95th %.1f ms, worst %.1f ms of %d"
                + "   target < 50 ms%n", times[times.length / 2], times[(int) (times.length * 0.95)], times[times.length - 1], times.length);
    }

    private void filter(CaseIndex index, long[] extent) {
        for (String text : List.of("passwd4242", "connect", "/var/www/html/index.html9")) {
            CaseFilter f = CaseFilter.range(extent[0], extent[1] + 1).withText(text);
            double applied = applyFilter(index, f);
            long n = index.count(f);
            long t2 = System.nanoTime();
            long[] zoomed = {extent[0] + (extent[1] - extent[0]) / 3, extent[0] + (extent[1] - extent[0]) / 3 + 60_000_000L};
            CaseFilter z = f.between(zoomed[0], zoomed[1]);
            index.count(z);
            index.page(z, 0, 200);
            index.density(z, 1600);
            out.printf("  text filter \"%s\": %,d matches; applied (count, first page, lanes' density) in %.0f ms   target < 1000 ms;"
                    + " then a zoom to one minute %.0f ms%n", text, n, applied, millis(t2));
        }
    }

    /** The count, first page and lanes' density of a filter, in ms. */
    private static double applyFilter(CaseIndex index, CaseFilter f) {
        long t = System.nanoTime();
        index.count(f);
        index.page(f, 0, 200);
        index.density(f, 1600);
        return millis(t);
    }

    /** Half system calls (live and twin, one evidence line each), half TCP packets in a pcapng, interleaved over ~time. */
    private long generate(CaseBuilder b, long start) throws IOException {
        Random r = new Random(1);
        Path pcap = b.folder().data().resolve("evidence/packets-bench.pcapng");
        Files.createDirectories(pcap.getParent());
        long ts = start;
        try (CountingOutputStream counted = new CountingOutputStream(new BufferedOutputStream(Files.newOutputStream(pcap), 1 << 16), 0);
                PcapngWriter writer = new PcapngWriter(counted, "Twinbench bench")) {
            for (long i = 0; i < events; i++) {
                ts += r.nextInt(200);
                long micros = ts;
                if ((i & 1) == 0) {
                    String side = (i & 2) == 0 ? CaseEvent.LIVE : CaseEvent.TWIN;
                    String call = CALLS[r.nextInt(CALLS.length)];
                    int pid = 1000 + r.nextInt(300);
                    String args = "AT_FDCWD, \"" + PATHS[r.nextInt(PATHS.length)] + r.nextInt(100_000) + "\", O_RDONLY";
                    long result = r.nextInt(20);
                    String ref = b.record("evidence/syscalls-bench-" + side + ".jsonl", j -> {
                        j.writeNumberField("pid", pid);
                        j.writeNumberField("micros", micros);
                        j.writeStringField("name", call);
                        j.writeStringField("arguments", args);
                        j.writeNumberField("result", result);
                    });
                    b.add(new CaseEvent(0, micros, "bench-a", Sources.SYSCALL, side, call, "info", pid, "lighttpd", call + "(" + args + ") = " + result, ref, "",
                            ""));
                } else {
                    int port = 40000 + r.nextInt(2000);
                    byte[] payload = ("GET /index.html?q=" + r.nextInt(100_000) + " HTTP/1.1\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    byte[] data = tcp(port, payload);
                    writer.packet(new Packet(micros * 1000, LINKTYPE_RAW, data, data.length));
                    counted.flush();
                    long offset = counted.count() - (36 + ((data.length + 3) & ~3));
                    b.add(new CaseEvent(0, micros, "bench-a", Sources.PACKET, CaseEvent.LIVE, "tcp", "info", 0, "",
                            "127.0.0.1:" + port + " → 127.0.0.1:80 [P.] " + payload.length + " B GET /index.html", "evidence/packets-bench.pcapng@" + offset + "/"
                                    + LINKTYPE_RAW, "127.0.0.1:" + port + "-127.0.0.1:80", ""));
                }
            }
        }
        return ts + 1;
    }

    private static byte[] tcp(int sourcePort, byte[] payload) {
        byte[] p = new byte[40 + payload.length];
        p[0] = 0x45;
        p[2] = (byte) (p.length >> 8);
        p[3] = (byte) p.length;
        p[8] = 64;
        p[9] = 6;
        p[12] = 127;
        p[15] = 1;
        p[16] = 127;
        p[19] = 1;
        p[20] = (byte) (sourcePort >> 8);
        p[21] = (byte) sourcePort;
        p[23] = 80;
        p[32] = 0x50;
        p[33] = 0x18;
        System.arraycopy(payload, 0, p, 40, payload.length);
        return p;
    }

    private static long sha256(Path dir) throws IOException {
        long bytes = 0;
        byte[] buffer = new byte[1 << 16];
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        sha.update(buffer, 0, n);
                        bytes += n;
                    }
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return bytes;
    }

    private static Instant instant(long micros) {
        return Instant.ofEpochSecond(micros / 1_000_000L, (micros % 1_000_000L) * 1000);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    static String size(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }

}
