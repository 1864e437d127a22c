package io.twinbench.agent;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.twinbench.capture.CaptureBudget;
import io.twinbench.capture.CaptureBudget.Source;
import io.twinbench.capture.http.HttpMessage;
import io.twinbench.capture.http.HttpReassembler;
import io.twinbench.capture.http.HttpRedaction;
import io.twinbench.capture.net.PayloadMasking;
import io.twinbench.capture.net.TcpFlows;
import io.twinbench.capture.net.TcpSegment;
import io.twinbench.capture.pcap.Packet;
import io.twinbench.capture.pcap.PcapReader;
import io.twinbench.capture.pcap.PcapngWriter;
import io.twinbench.capture.syscall.StraceParser;
import io.twinbench.capture.syscall.SyscallEvent;
import io.twinbench.capture.tls.KeyLogTail;
import io.twinbench.capture.tls.TlsSecrets;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.protocol.ShadowRecords;
import io.twinbench.protocol.ShadowReport;
import io.twinbench.remedy.trust.ShadowOrder;

/**
 * One shadow session on this endpoint: strace on the scoped processes and their children, tcpdump
 * on the scoped ports, HTTP exchanges reassembled from those packets, all sanitised here and let
 * out only within the order's byte budget. What does not fit (the budget, or a spool already half
 * full of unsent frames) is dropped and counted per source. Batches go out through the spool four
 * times a second, counts every two seconds, and a last report when the session ends.
 */
final class ShadowSession {

    private static final Logger LOG = Logger.getLogger(ShadowSession.class.getName());
    private static final Pattern KERNEL_DROPS = Pattern.compile("(\\d+) packets? dropped by kernel");
    private static final int FLUSH_SYSCALLS = 5_000;
    private static final int FLUSH_EXCHANGES = 500;
    private static final int FLUSH_PCAPNG = 1 << 20;

    /** Where the tools are (empty when not installed). */
    record Tools(Optional<Path> strace, Optional<Path> tcpdump) {
    }

    private final ShadowOrder order;
    private final Tools tools;
    private final DiskSpool outbox;
    private final long spoolShare;
    private final ShadowScope scope;
    private final CaptureBudget budget;
    private final HttpRedaction http;
    private final StraceParser strace;
    private final List<Process> processes = new ArrayList<>();
    private final List<Thread> readers = new ArrayList<>();
    private final List<ShadowReport.Capability> capabilities = new ArrayList<>();
    private final Object batch = new Object();
    private List<ShadowRecords.Syscall> syscalls = new ArrayList<>();
    private List<ShadowRecords.Exchange> exchanges = new ArrayList<>();
    private ByteArrayOutputStream pcapng = new ByteArrayOutputStream();
    private PcapngWriter pcapWriter;
    private int packets;
    private long chunk;
    private final KeyLogTail keyLog;
    private volatile Process tracer;
    private volatile TcpFlows httpFlows;
    private volatile List<Integer> tracedPids = List.of();
    private volatile long tracingSince;
    private final TlsSecrets tlsSecrets = new TlsSecrets();
    /** Key log lines read but not yet written into the pcapng. */
    private final StringBuilder keysToWrite = new StringBuilder();
    private volatile boolean pressure;
    private volatile boolean stopping;
    private boolean ended;
    private long kernelDrops;

    ShadowSession(ShadowOrder order, Tools tools, DiskSpool outbox, long spoolShare, ShadowScope scope, SecretRedactor redactor) {
        this.order = order;
        this.tools = tools;
        this.outbox = outbox;
        this.spoolShare = spoolShare;
        this.scope = scope;
        this.budget = new CaptureBudget(order.bytesPerSecond(), System::nanoTime);
        this.http = new HttpRedaction(redactor);
        this.strace = new StraceParser(redactor);
        this.keyLog = order.tlsKeyLog() != null ? new KeyLogTail(Path.of(order.tlsKeyLog())) : null;
    }

    String id() {
        return order.session();
    }

    ShadowOrder order() {
        return order;
    }

    /** Starts what this endpoint can capture of the order, and reports what it cannot. */
    void start() {
        boolean syscallsWanted = order.captures("syscalls");
        boolean packetsWanted = order.captures("packets") || order.captures("http");
        if (syscallsWanted) {
            startStrace();
        }
        if (packetsWanted) {
            startTcpdump();
        }
        report(ShadowReport.ACCEPTED, "capturing until " + order.expires());
    }

    private void startStrace() {
        if (tools.strace().isEmpty()) {
            capability("syscalls", false, ShadowCapabilities.notInstalled("strace"));
            return;
        }
        String noTrace = ShadowCapabilities.cannotTrace();
        if (noTrace != null) {
            capability("syscalls", false, noTrace);
            return;
        }
        List<Integer> pids = scope.pids(order.scope());
        if (pids.isEmpty()) {
            capability("syscalls", false, "no process matches the scope (units " + order.scope().units() + ", names " + order.scope().names()
                    + ", pids " + order.scope().pids() + ")");
            return;
        }
        List<String> command = StraceParser.command(tools.strace().get().toString(), pids);
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
            tracer = process;
            tracedPids = pids;
            tracingSince = System.nanoTime();
            processes.add(process);
            StringBuilder errors = new StringBuilder();
            reader("strace-errors", () -> drainText(process.getErrorStream(), errors));
            reader("strace", () -> readSyscalls(process.getInputStream()));
            // strace reports a refused attach at once and exits when it attached to nothing; else wait until the kernel says it traces them
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < deadline && !process.waitFor(50, TimeUnit.MILLISECONDS) && !traced(pids)) {
                // attaching
            }
            if (!process.isAlive() && process.exitValue() != 0) {
                capability("syscalls", false, "strace could not attach: " + errors.toString().strip());
                return;
            }
            capability("syscalls", true, "strace attached to " + pids.size() + " process(es) " + pids + " and follows their children"
                    + (errors.length() > 0 ? "; " + errors.toString().strip() : ""));
        } catch (IOException e) {
            capability("syscalls", false, "strace did not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether every one of the processes (still alive) has a tracer, as /proc says. */
    private static boolean traced(List<Integer> pids) {
        for (int pid : pids) {
            try {
                for (String line : java.nio.file.Files.readAllLines(Path.of("/proc", Integer.toString(pid), "status"))) {
                    if (line.startsWith("TracerPid:") && line.substring(10).strip().equals("0")) {
                        return false;
                    }
                }
            } catch (IOException e) {
                // it ended
            }
        }
        return true;
    }

    private void startTcpdump() {
        if (order.scope().ports().isEmpty()) {
            unavailableNetwork("the order names no port to capture");
            return;
        }
        if (tools.tcpdump().isEmpty()) {
            unavailableNetwork(ShadowCapabilities.notInstalled("tcpdump"));
            return;
        }
        String noCapture = ShadowCapabilities.cannotCapturePackets();
        if (noCapture != null) {
            unavailableNetwork(noCapture);
            return;
        }
        // --immediate-mode: packets are mirrored as they come, and some kernels (this project's CI among them) never hand over a partly filled
        // buffer; -B 16 MiB: with libpcap's default 2 MiB the "any" device dropped a fifth of a burst of loopback packets there
        String filter = "tcp and (" + order.scope().ports().stream().map(p -> "port " + p).collect(Collectors.joining(" or ")) + ")";
        Process process;
        try {
            process = new ProcessBuilder(tools.tcpdump().get().toString(), "-i", "any", "-B", "16384", "-U", "--immediate-mode", "-n", "-s", Integer.toString(PcapReader.MAX_RECORD),
                "-w", "-", filter).redirectError(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            unavailableNetwork("tcpdump did not start: " + e.getMessage());
            return;
        }
        processes.add(process);
        StringBuilder errors = new StringBuilder();
        java.util.concurrent.CountDownLatch listening = new java.util.concurrent.CountDownLatch(1);
        reader("tcpdump-errors", () -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.contains("listening on")) {
                        listening.countDown();
                    }
                    synchronized (errors) {
                        if (errors.length() < 4000) {
                            errors.append(line).append('\n');
                        }
                    }
                }
            } catch (IOException e) {
                // tcpdump ended
            }
            listening.countDown();
            Matcher drops = KERNEL_DROPS.matcher(errors);
            synchronized (batch) {
                if (drops.find()) {
                    kernelDrops = Long.parseLong(drops.group(1));
                }
            }
        });
        try {
            // the session is reported accepted only once tcpdump captures: requests right after that are mirrored
            listening.await(10, TimeUnit.SECONDS);
            if (process.waitFor(100, TimeUnit.MILLISECONDS) && process.exitValue() != 0) {
                unavailableNetwork("tcpdump could not capture: " + errors.toString().strip());
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        TcpFlows flows = new TcpFlows(new TcpFlows.Limits(4096, 1 << 20, new HttpReassembler.Limits(16 * 1024, 100, order.bodyBytes())),
                new HashSet<>(order.scope().ports()), keyLog == null ? null : this::tlsKey);
        httpFlows = flows;
        reader("tcpdump", () -> readPackets(process.getInputStream(), flows));
        String ports = order.scope().ports().toString();
        if (order.captures("packets")) {
            capability("packets", true, "tcpdump on every interface, TCP ports " + ports + ", written as pcapng");
        }
        if (order.captures("http")) {
            capability("http", true, "HTTP/1.1 reassembled from TCP ports " + ports + (order.tlsKeyLog() == null ? ""
                    : "; HTTPS decrypted with the keys " + order.tlsKeyLog() + " logs (TLS 1.2 and 1.3 AEAD suites), which also go into the pcapng"));
        }
    }

    private void unavailableNetwork(String why) {
        if (order.captures("packets")) {
            capability("packets", false, why);
        }
        if (order.captures("http")) {
            capability("http", false, why);
        }
    }

    private void capability(String source, boolean available, String detail) {
        synchronized (capabilities) {
            capabilities.add(new ShadowReport.Capability(source, available, detail));
        }
        if (available) {
            LOG.info("shadow session " + order.session() + ": captures " + source + ": " + detail);
        } else {
            LOG.warning("shadow session " + order.session() + ": cannot capture " + source + ": " + detail);
        }
    }

    private void reader(String name, Runnable body) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } catch (RuntimeException | Error e) {
                LOG.log(java.util.logging.Level.SEVERE, "shadow session " + order.session() + ": " + name + " failed: " + e, e);
            }
        }, "twinbench-shadow-" + name);
        thread.setDaemon(true);
        thread.start();
        readers.add(thread);
    }

    private static void drainText(InputStream in, StringBuilder into) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                synchronized (into) {
                    if (into.length() < 4000) {
                        into.append(line).append('\n');
                    }
                }
            }
        } catch (IOException e) {
            // the tool ended
        }
    }

    private void readSyscalls(InputStream in) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = lines.readLine()) != null) {
                SyscallEvent event = strace.parse(line);
                if (event == null) {
                    continue;
                }
                if (pressure) {
                    budget.dropped(Source.SYSCALLS, event.size());
                } else if (budget.admit(Source.SYSCALLS, event.size())) {
                    synchronized (batch) {
                        syscalls.add(new ShadowRecords.Syscall(event.pid(), event.epochMicros(), event.name(), event.arguments(), event.result(),
                                event.error(), event.durationMicros(), event.paths()));
                        if (syscalls.size() >= FLUSH_SYSCALLS) {
                            flushLocked();
                        }
                    }
                }
            }
        } catch (IOException e) {
            // strace ended
        }
    }

    private void readPackets(InputStream in, TcpFlows flows) {
        try (PcapReader reader = new PcapReader(in)) {
            Packet packet;
            while ((packet = reader.next()) != null) {
                if (order.captures("packets")) {
                    int size = packet.length() + 32;
                    if (pressure) {
                        budget.dropped(Source.PACKETS, size);
                    } else if (budget.admit(Source.PACKETS, size)) {
                        synchronized (batch) {
                            writer().packet(PayloadMasking.mask(packet));
                            packets++;
                            if (pcapng.size() >= FLUSH_PCAPNG) {
                                flushLocked();
                            }
                        }
                    }
                }
                if (order.captures("http")) {
                    TcpSegment segment = TcpSegment.of(packet);
                    if (segment != null) {
                        for (TcpFlows.Exchange exchange : flows.accept(segment)) {
                            exchange(exchange);
                        }
                    }
                }
            }
        } catch (IOException e) {
            if (!stopping) {
                LOG.warning("shadow session " + order.session() + ": the packet capture ended: " + e.getMessage());
            }
        }
        if (order.captures("http")) {
            for (TcpFlows.Exchange exchange : flows.flush(System.currentTimeMillis() * 1_000_000L)) {
                exchange(exchange);
            }
        }
    }

    private PcapngWriter writer() throws IOException {
        if (pcapWriter == null) {
            pcapWriter = new PcapngWriter(new ForwardingStream(), "Twinbench agent, shadow session " + order.session());
        }
        return pcapWriter;
    }

    /** The pcapng writer's bytes land in whichever batch buffer is current. */
    private final class ForwardingStream extends java.io.OutputStream {
        @Override
        public void write(int b) {
            pcapng.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            pcapng.write(b, off, len);
        }
    }

    private void exchange(TcpFlows.Exchange e) {
        HttpMessage request = http.redact(e.request());
        HttpMessage response = e.response() == null ? null : http.redact(e.response());
        ShadowRecords.Exchange record = new ShadowRecords.Exchange(e.connection(), e.requestNanos() / 1000, e.responseNanos() / 1000, request.method(),
                request.target(), headers(request), base64(request.body()), request.bodyLength(), response == null ? 0 : response.status(),
                response == null ? List.of() : headers(response), response == null ? "" : base64(response.body()),
                response == null ? 0 : response.bodyLength());
        int size = 64 + record.target().length() + record.requestBody().length() + record.responseBody().length()
                + record.requestHeaders().stream().mapToInt(String::length).sum() + record.responseHeaders().stream().mapToInt(String::length).sum();
        if (pressure) {
            budget.dropped(Source.HTTP, size);
        } else if (budget.admit(Source.HTTP, size)) {
            synchronized (batch) {
                exchanges.add(record);
                if (exchanges.size() >= FLUSH_EXCHANGES) {
                    flushLocked();
                }
            }
        }
    }

    /** New lines of the service's key log: for the connections being decrypted, and for the pcapng. */
    private void readKeyLog() {
        if (keyLog == null) {
            return;
        }
        synchronized (keyLog) {
            try {
                String keys = keyLog.next();
                if (!keys.isEmpty()) {
                    tlsSecrets.add(keys);
                    if (order.captures("packets")) {
                        synchronized (batch) {
                            keysToWrite.append(keys);
                        }
                    }
                }
            } catch (IOException e) {
                LOG.warning("shadow session " + order.session() + ": cannot read the TLS key log " + order.tlsKeyLog() + ": " + e.getMessage());
            }
        }
    }

    /** A connection's key, looked for again in the key log when the service wrote it after the last read. */
    private java.util.Optional<byte[]> tlsKey(byte[] clientRandom, String label) {
        java.util.Optional<byte[]> secret = tlsSecrets.secret(clientRandom, label);
        if (secret.isEmpty()) {
            readKeyLog();
            secret = tlsSecrets.secret(clientRandom, label);
        }
        return secret;
    }

    private static List<String> headers(HttpMessage m) {
        return m.headers().stream().limit(200).map(h -> h.name() + ": " + h.value()).toList();
    }

    private static String base64(byte[] bytes) {
        return bytes.length == 0 ? "" : Base64.getEncoder().encodeToString(bytes);
    }

    /** Sends what was captured since the last batch; notes whether the spool is filling up with unsent frames. */
    void flush() {
        readKeyLog(); // before the batch's lock: the key log's is always taken first
        synchronized (batch) {
            if (pcapWriter != null && keysToWrite.length() > 0) {
                try {
                    // outside the budget: a few hundred bytes per connection, without which its packets cannot be read
                    pcapWriter.tlsKeys(keysToWrite.toString());
                    keysToWrite.setLength(0);
                } catch (IOException e) {
                    LOG.warning("shadow session " + order.session() + ": cannot write TLS keys: " + e.getMessage());
                }
            }
            flushLocked();
        }
        pressure = outbox.bytesOnDisk() > spoolShare;
    }

    private void flushLocked() {
        if (syscalls.isEmpty() && exchanges.isEmpty() && pcapng.size() == 0) {
            return;
        }
        ShadowRecords records = new ShadowRecords(order.session(), syscalls, exchanges, chunk++, base64(pcapng.toByteArray()), packets);
        syscalls = new ArrayList<>();
        exchanges = new ArrayList<>();
        pcapng = new ByteArrayOutputStream();
        packets = 0;
        try {
            outbox.append(records);
        } catch (IOException e) {
            LOG.severe("shadow session " + order.session() + ": cannot spool captured records: " + e.getMessage());
        }
    }

    /** The session's counts so far. */
    void report(String state, String detail) {
        detail = detail + tracingCost() + unread();
        List<ShadowReport.SourceCount> counts = new ArrayList<>();
        for (Source source : Source.values()) {
            CaptureBudget.Counts c = budget.counts(source);
            long drops = source == Source.PACKETS ? kernelDrops() : 0;
            counts.add(new ShadowReport.SourceCount(source.name().toLowerCase(java.util.Locale.ROOT), c.captured() + drops, c.capturedBytes(), c.sent(),
                    c.sentBytes(), c.dropped() + drops, c.droppedBytes()));
        }
        List<ShadowReport.Capability> known;
        synchronized (capabilities) {
            known = List.copyOf(capabilities);
        }
        try {
            outbox.append(new ShadowReport(order.session(), state, known, counts, detail));
        } catch (IOException e) {
            LOG.severe("shadow session " + order.session() + ": cannot spool its report: " + e.getMessage());
        }
    }

    /**
     * What tracing costs on this endpoint so far, as /proc counts it: strace's own CPU time, and the
     * traced processes' (which includes the time each call spends stopped for the tracer).
     */
    private String tracingCost() {
        Process strace = tracer;
        if (strace == null) {
            return "";
        }
        double seconds = (System.nanoTime() - tracingSince) / 1e9;
        double tracerCpu = cpuSeconds(strace.pid());
        double tracedCpu = 0;
        for (int pid : tracedPids) {
            tracedCpu += cpuSeconds(pid);
        }
        return tracerCpu < 0 ? "" : String.format(java.util.Locale.ROOT,
                "; tracing: strace used %.2f s of CPU in %.1f s (%.1f %% of a core); the traced processes %.2f s in all", tracerCpu, seconds,
                100 * tracerCpu / Math.max(seconds, 0.1), Math.max(0, tracedCpu));
    }

    /** Connections whose HTTP was not read (TLS without a key log, a lost packet, not HTTP/1.1), counted, never guessed at. */
    private String unread() {
        TcpFlows flows = httpFlows;
        if (flows == null || flows.unparsed() + flows.evicted() == 0) {
            return "";
        }
        // read from the reporting thread while the packet reader counts: a count a moment old is fine for a report
        return String.format(java.util.Locale.ROOT, "; HTTP not read on %,d connection(s)%s (last: %s)", flows.unparsed(),
                flows.evicted() == 0 ? "" : ", " + flows.evicted() + " forgotten for newer ones", flows.lastProblem());
    }

    /** User and system CPU time of a process (its reaped children's too), or -1 when it ended. */
    private static double cpuSeconds(long pid) {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return ticks / 100.0; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private long kernelDrops() {
        synchronized (batch) {
            return kernelDrops;
        }
    }

    /** Stops the tools (strace detaches, the traced processes go on), sends what they left and the last report. Idempotent. */
    synchronized void stop(String why) {
        if (ended) {
            return;
        }
        ended = true;
        stopping = true;
        String cost = tracingCost(); // while strace still runs: /proc forgets it once it ended
        tracer = null;
        for (Process process : processes) {
            process.destroy(); // SIGTERM: strace detaches cleanly, tcpdump prints its counts
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Thread reader : readers) {
            try {
                reader.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
        report(ShadowReport.ENDED, why + cost);
        LOG.info("shadow session " + order.session() + " ended: " + why);
    }

    boolean ended() {
        return ended;
    }
}
