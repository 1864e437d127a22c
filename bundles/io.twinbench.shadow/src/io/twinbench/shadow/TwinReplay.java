package io.twinbench.shadow;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import io.twinbench.capture.http.HttpMessage;
import io.twinbench.capture.http.HttpReassembler;
import io.twinbench.capture.syscall.StraceParser;
import io.twinbench.capture.syscall.SyscallEvent;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.ShadowOrder;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.run.NetworkNamespace;
import io.twinbench.sim.run.RunningTwin;
import io.twinbench.sim.run.TwinChanges;
import io.twinbench.sim.run.TwinContainers;
import io.twinbench.sim.run.TwinLimits;
import io.twinbench.store.ShadowRecordings;
import io.twinbench.store.TwinStore;

/**
 * A session's live requests replayed into a fresh twin of the endpoint: the twin runs confined as
 * every twin does (no network, no privileges, read-only root); the requests reach its services
 * on its own loopback through sockets made inside its network namespace; each live connection is
 * replayed on one connection of its own, in order, paced as the requests came (or faster); the
 * twin's processes are traced from this machine with the strace the agent uses; the twin's
 * answers and system calls are recorded beside the live ones, under the same request numbers.
 */
public final class TwinReplay {

    /** speed: 1 as the requests came, 10 ten times faster, 0 as fast as the twin answers; changes: files and services changed on the twin. */
    public record Options(double speed, int connections, TwinChanges changes, Duration startWait) {
        public static final Options AS_RECORDED = new Options(1, 8, TwinChanges.NONE, Duration.ofSeconds(60));

        public Options withSpeed(double newSpeed) {
            return new Options(newSpeed, connections, changes, startWait);
        }

        public Options withChanges(TwinChanges newChanges) {
            return new Options(speed, connections, newChanges, startWait);
        }
    }

    /** Where the replay is, for a progress bar and the Shadow view. */
    public interface Progress {
        Progress NONE = (done, total, last) -> { };

        void replayed(int done, int total, long lastSeq);

        /** The twin is up and answering: diagnostic commands may run in this container until the replay ends. */
        default void twinStarted(String containerId) {
        }

        /** Every request was replayed; the twin still runs until this returns (to run diagnostics in it, say). */
        default void replayDone(String containerId) {
        }
    }

    /** requests: live exchanges replayed; answered: those the twin answered; traced: twin system calls recorded; seconds: the replay's, startSeconds: the twin's start. */
    public record Outcome(int requests, int answered, int failed, long traced, double seconds, double startSeconds, String twin, String notes) {

        public double perSecond() {
            return seconds <= 0 ? 0 : requests / seconds;
        }

        public String summary() {
            return String.format(java.util.Locale.ROOT, "replayed %,d request(s) into %s in %.1f s (%.0f/s; the twin started in %.1f s): %,d answered,"
                    + " %,d failed; %,d twin system calls traced%s", requests, twin, seconds, perSecond(), startSeconds, answered, failed, traced,
                    notes.isEmpty() ? "" : "; " + notes);
        }
    }

    public static final int MAX_REQUESTS = 200_000;
    private static final int PAGE = 10_000;
    private final TwinContainers containers;
    private final TwinStore store;
    private final Clock clock;
    private final Optional<Path> strace;

    public TwinReplay(TwinContainers containers, TwinStore store, Clock clock, Optional<Path> strace) {
        this.containers = containers;
        this.store = store;
        this.clock = clock;
        this.strace = strace;
    }

    /** strace where Debian puts it, if installed. */
    public static Optional<Path> hostStrace() {
        return java.util.stream.Stream.of("/usr/bin/strace", "/bin/strace").map(Path::of).filter(Files::isExecutable).findFirst();
    }

    public Outcome run(String sessionId, TwinImage image, TwinLimits limits, Options options, ReplayGate gate, Progress progress, BooleanSupplier cancelled)
            throws IOException, InterruptedException {
        ShadowRecordings.Session session = store.shadows().session(sessionId).orElseThrow(() -> new IllegalArgumentException("there is no shadow session "
                + sessionId));
        ShadowOrder order;
        try {
            order = ShadowOrder.contents(Envelope.fromJson(session.envelope()));
        } catch (TrustException e) {
            throw new IOException("shadow session " + sessionId + " holds an unreadable order: " + e.getMessage(), e);
        }
        List<ShadowRecordings.Exchange> live = liveExchanges(sessionId);
        if (live.isEmpty()) {
            throw new IllegalArgumentException("shadow session " + sessionId + " recorded no HTTP exchange to replay");
        }
        store.shadows().clearTwin(sessionId);
        long begin = System.nanoTime();
        RunningTwin twin = containers.start(image, limits, options.changes(), options.startWait());
        double startSeconds;
        List<String> notes = new ArrayList<>();
        TwinTrace trace = null;
        try {
            long init = containers.pid(twin.containerId());
            Map<String, List<ShadowRecordings.Exchange>> byConnection = new LinkedHashMap<>();
            for (ShadowRecordings.Exchange x : live) {
                byConnection.computeIfAbsent(x.connection(), k -> new ArrayList<>()).add(x);
            }
            int port = ReplayRequest.serverPort(live.get(0).connection());
            awaitListening(init, port, options.startWait(), cancelled);
            startSeconds = (System.nanoTime() - begin) / 1e9;
            progress.twinStarted(twin.containerId());
            List<Integer> pids = TwinProcesses.of(init, order.scope().names());
            if (strace.isEmpty()) {
                notes.add("twin system calls not traced: strace is not installed on this machine");
            } else if (pids.isEmpty()) {
                notes.add("twin system calls not traced: no process of the twin matches " + order.scope().names());
            } else {
                trace = new TwinTrace(strace.get(), pids, sessionId);
                trace.start();
            }
            Outcome replayed = replay(sessionId, init, port, byConnection, live, options, gate, progress, cancelled);
            progress.replayDone(twin.containerId());
            long traced = 0;
            if (trace != null) {
                Thread.sleep(300); // the last calls reach strace's output
                traced = trace.stop();
            }
            if (cancelled.getAsBoolean()) {
                notes.add("cancelled");
            }
            Outcome outcome = new Outcome(replayed.requests(), replayed.answered(), replayed.failed(), traced, replayed.seconds(), startSeconds,
                    image.reference(), String.join("; ", notes));
            store.shadows().replayed(sessionId, "at " + clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ", " + outcome.summary());
            return outcome;
        } finally {
            if (trace != null) {
                trace.stop();
            }
            containers.stop(twin.containerId());
        }
    }

    private List<ShadowRecordings.Exchange> liveExchanges(String sessionId) {
        List<ShadowRecordings.Exchange> all = new ArrayList<>();
        long from = 0;
        while (all.size() < MAX_REQUESTS) {
            List<ShadowRecordings.Exchange> page = store.shadows().exchanges(sessionId, ShadowRecordings.LIVE, from, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
            from = page.get(page.size() - 1).seq() + 1;
        }
        return all;
    }

    private static void awaitListening(long pid, int port, Duration wait, BooleanSupplier cancelled) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline && !cancelled.getAsBoolean()) {
            try (SocketChannel channel = NetworkNamespace.inside(pid, SocketChannel::open)) {
                channel.connect(new InetSocketAddress("127.0.0.1", port));
                return;
            } catch (IOException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IOException("the twin's port " + port + " did not open within " + wait.toSeconds() + " s" + (last == null ? "" : ": " + last.getMessage()));
    }

    private Outcome replay(String sessionId, long pid, int port, Map<String, List<ShadowRecordings.Exchange>> byConnection,
            List<ShadowRecordings.Exchange> live, Options options, ReplayGate gate, Progress progress, BooleanSupplier cancelled)
            throws InterruptedException {
        long firstMicros = live.get(0).requestMicros();
        long start = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<ShadowRecordings.Exchange> pending = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(options.connections(), byConnection.size())),
                Thread.ofPlatform().daemon().name("twinbench-replay-", 0).factory());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (List<ShadowRecordings.Exchange> connection : byConnection.values()) {
                futures.add(workers.submit(() -> {
                    TwinConnection twin = new TwinConnection(pid, port);
                    try {
                        for (ShadowRecordings.Exchange x : connection) {
                            if (!gate.await(x.seq(), cancelled)) {
                                return null;
                            }
                            if (options.speed() > 0) {
                                long due = start + (long) ((x.requestMicros() - firstMicros) * 1000 / options.speed());
                                long wait = due - System.nanoTime();
                                if (wait > 0) {
                                    TimeUnit.NANOSECONDS.sleep(wait);
                                }
                            }
                            ShadowRecordings.Exchange answer = twin.send(x);
                            (answer.status() > 0 ? answered : failed).incrementAndGet();
                            synchronized (pending) {
                                pending.add(answer);
                                if (pending.size() >= 500) {
                                    flush(sessionId, pending);
                                }
                            }
                            progress.replayed(done.incrementAndGet(), live.size(), x.seq());
                        }
                    } finally {
                        twin.close();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failed.incrementAndGet();
                }
            }
        } finally {
            workers.shutdownNow();
            synchronized (pending) {
                flush(sessionId, pending);
            }
        }
        return new Outcome(done.get(), answered.get(), failed.get(), 0, (System.nanoTime() - start) / 1e9, 0, "", "");
    }

    private void flush(String sessionId, List<ShadowRecordings.Exchange> pending) {
        if (!pending.isEmpty()) {
            store.shadows().append(sessionId, ShadowRecordings.TWIN, new ShadowRecordings.Batch(List.of(), List.copyOf(pending), 0, new byte[0], 0));
            pending.clear();
        }
    }

    /** One connection into the twin, reopened when the twin closes it, read as the HTTP it is. */
    private static final class TwinConnection {
        private final long pid;
        private final int port;
        private SocketChannel channel;
        private HttpReassembler http;
        private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);

        TwinConnection(long pid, int port) {
            this.pid = pid;
            this.port = port;
        }

        ShadowRecordings.Exchange send(ShadowRecordings.Exchange live) {
            long sent = epochMicros();
            for (int attempt = 0; attempt < 2; attempt++) {
                try {
                    if (channel == null) {
                        channel = NetworkNamespace.inside(pid, SocketChannel::open);
                        channel.socket().setSoTimeout(10_000);
                        channel.connect(new InetSocketAddress("127.0.0.1", port));
                        http = new HttpReassembler(HttpReassembler.Limits.DEFAULT);
                    }
                    byte[] request = ReplayRequest.of(live);
                    http.client(request, 0, request.length);
                    channel.write(ByteBuffer.wrap(request));
                    HttpReassembler.Exchange answer = read(live.method());
                    if (answer != null && answer.response() != null) {
                        return exchange(live, sent, answer.response());
                    }
                } catch (IOException e) {
                    // the twin closed an idle connection: once more on a new one
                }
                close();
            }
            return new ShadowRecordings.Exchange(live.seq(), "twin", sent, epochMicros(), live.method(), live.target(), live.requestHeaders(),
                    live.requestBody(), live.requestLength(), 0, List.of(), new byte[0], 0);
        }

        private HttpReassembler.Exchange read(String method) throws IOException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            java.io.InputStream in = channel.socket().getInputStream();
            byte[] bytes = buffer.array();
            while (System.nanoTime() < deadline) {
                List<HttpReassembler.Exchange> done = http.take();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
                int n = in.read(bytes);
                if (n < 0) {
                    http.end();
                    List<HttpReassembler.Exchange> last = http.take();
                    close();
                    return last.isEmpty() ? null : last.get(0);
                }
                http.server(bytes, 0, n);
                if (http.broken() != null) {
                    throw new IOException(http.broken());
                }
            }
            return null;
        }

        private static ShadowRecordings.Exchange exchange(ShadowRecordings.Exchange live, long sent, HttpMessage response) {
            return new ShadowRecordings.Exchange(live.seq(), "twin", sent, epochMicros(), live.method(), live.target(), live.requestHeaders(),
                    live.requestBody(), live.requestLength(), response.status(), response.headers().stream().map(h -> h.name() + ": " + h.value()).toList(),
                    response.body(), response.bodyLength());
        }

        void close() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // closing anyway
                }
                channel = null;
            }
        }
    }

    static long epochMicros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }

    /** The twin's system calls, traced from this machine and recorded as the twin side. */
    private final class TwinTrace {
        private final Path strace;
        private final List<Integer> pids;
        private final String sessionId;
        private final StraceParser parser = new StraceParser(SecretRedactor.defaults());
        private Process process;
        private Thread reader;
        private final java.util.concurrent.atomic.AtomicLong recorded = new java.util.concurrent.atomic.AtomicLong();

        TwinTrace(Path strace, List<Integer> pids, String sessionId) {
            this.strace = strace;
            this.pids = pids;
            this.sessionId = sessionId;
        }

        void start() throws IOException {
            process = new ProcessBuilder(StraceParser.command(strace.toString(), pids)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            reader = Thread.ofPlatform().daemon().name("twinbench-twin-strace").start(this::read);
            try {
                Thread.sleep(200); // attached before the first request goes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void read() {
            List<ShadowRecordings.Syscall> batch = new ArrayList<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
                String line;
                while ((line = lines.readLine()) != null) {
                    SyscallEvent e = parser.parse(line);
                    if (e != null) {
                        batch.add(new ShadowRecordings.Syscall(0, e.pid(), e.epochMicros(), e.name(), e.arguments(), e.result(), e.error(), e.durationMicros(),
                                e.paths()));
                        if (batch.size() >= 5000) {
                            save(batch);
                        }
                    }
                }
            } catch (IOException e) {
                // strace ended
            }
            save(batch);
        }

        private void save(List<ShadowRecordings.Syscall> batch) {
            if (!batch.isEmpty()) {
                store.shadows().append(sessionId, ShadowRecordings.TWIN, new ShadowRecordings.Batch(List.copyOf(batch), List.of(), 0, new byte[0], 0));
                recorded.addAndGet(batch.size());
                batch.clear();
            }
        }

        /** Detaches strace (the twin's processes go on) and waits for the calls it printed to be recorded. Idempotent. */
        long stop() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            if (reader != null) {
                reader.join(10_000);
            }
            return recorded.get();
        }
    }
}
