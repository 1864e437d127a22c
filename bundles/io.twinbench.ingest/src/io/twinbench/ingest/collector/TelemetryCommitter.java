package io.twinbench.ingest.collector;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.twinbench.store.AgentStreams;
import io.twinbench.store.TelemetryFrame;

/**
 * Group commit for telemetry: one writer thread takes the frames every connection has
 * waiting and commits them in one transaction, so a thousand agents cost the store a few
 * large transactions instead of a thousand small concurrent ones. A connection waits for its
 * frame's commit before acknowledging it. Waiting samples are bounded: when the store falls
 * behind, connections block, TCP pushes back, and agents keep their frames on disk.
 */
final class TelemetryCommitter implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TelemetryCommitter.class.getName());
    static final int MAX_WAITING_SAMPLES = 1_000_000;
    static final int MAX_SAMPLES_PER_TRANSACTION = 200_000;

    private record Pending(TelemetryFrame frame, CompletableFuture<Boolean> done) {
    }

    private final AgentStreams streams;
    private final Clock clock;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Semaphore room = new Semaphore(MAX_WAITING_SAMPLES);
    private final Thread writer;
    private volatile boolean closed;

    TelemetryCommitter(AgentStreams streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
        this.writer = Thread.ofPlatform().name("twinbench-telemetry-writer").daemon().start(this::run);
    }

    /** Commits the frame (with others); true when applied, false when its seq was already committed. */
    boolean commit(TelemetryFrame frame) throws InterruptedException {
        int samples = Math.min(frame.sampleCount(), MAX_WAITING_SAMPLES);
        room.acquire(samples);
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        queue.add(new Pending(frame, done));
        if (closed) {
            failWaiting();
        }
        try {
            return done.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            room.release(samples);
        }
    }

    private void run() {
        List<Pending> group = new ArrayList<>();
        while (!closed) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                int samples = first.frame().sampleCount();
                for (Pending next; samples < MAX_SAMPLES_PER_TRANSACTION && (next = queue.poll()) != null;) {
                    group.add(next);
                    samples += next.frame().sampleCount();
                }
                commit(group);
            } catch (InterruptedException e) {
                return;
            } finally {
                group.clear();
            }
        }
    }

    private void commit(List<Pending> group) {
        try {
            List<Boolean> applied = streams.commitTelemetry(group.stream().map(Pending::frame).toList(), clock.instant());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).done().complete(applied.get(i));
            }
        } catch (RuntimeException e) {
            if (group.size() > 1) {
                // one frame's failure must not fail the others: commit them one by one
                for (Pending p : group) {
                    commit(List.of(p));
                }
                return;
            }
            LOG.log(Level.WARNING, "cannot store frame " + group.get(0).frame().seq() + " of agent " + group.get(0).frame().agentId()
                    + ": " + e.getMessage());
            group.get(0).done().completeExceptionally(e);
        }
    }

    @Override
    public void close() {
        closed = true;
        // the writer sees closed within its poll; an interrupt in the middle of its commit would make H2 close the database
        try {
            writer.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failWaiting();
    }

    /** Frames not yet committed are not acknowledged either: their agents resend them. */
    private void failWaiting() {
        for (Pending p; (p = queue.poll()) != null;) {
            p.done().completeExceptionally(new io.twinbench.store.StoreException("the collector is stopping"));
        }
    }
}
