package io.twinbench.analysis.live;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import io.twinbench.store.SeriesAppend;
import io.twinbench.store.StoredAnomaly;

/**
 * Online detection off the collector's connection threads: committed frames queue here and one
 * thread scores them in order, so priming a series from its history or storing an anomaly never
 * delays an agent's acknowledgement. The queue is bounded; when detection falls that far behind,
 * frames are skipped (and said so once) rather than holding memory or the stream.
 */
public final class AnomalyWatch implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AnomalyWatch.class.getName());
    static final int MAX_WAITING_FRAMES = 10_000;
    /** One twin's share of the queue: an endpoint that floods frames has its own skipped, not the others'. */
    static final int MAX_WAITING_PER_TWIN = 1_000;
    private final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> waiting = new java.util.concurrent.ConcurrentHashMap<>();

    private final OnlineDetection detection;
    private final BiConsumer<String, List<StoredAnomaly>> found;
    private final ThreadPoolExecutor worker;
    private volatile boolean toldBehind;

    /** found hears, on the watch's thread, each twin's newly stored anomalies. */
    public AnomalyWatch(OnlineDetection detection, BiConsumer<String, List<StoredAnomaly>> found) {
        this.detection = detection;
        this.found = found;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(MAX_WAITING_FRAMES),
                r -> Thread.ofPlatform().name("twinbench-anomaly-watch").daemon().unstarted(r), (r, pool) -> {
                    if (!toldBehind) {
                        toldBehind = true;
                        LOG.log(Level.WARNING, "anomaly detection is " + MAX_WAITING_FRAMES + " frames behind; frames are skipped until it catches up");
                    }
                });
    }

    /** Queues a committed frame of the twin for scoring; returns at once. */
    public void submit(String twinId, List<SeriesAppend> appends) {
        java.util.concurrent.atomic.AtomicInteger mine = waiting.computeIfAbsent(twinId, t -> new java.util.concurrent.atomic.AtomicInteger());
        if (mine.incrementAndGet() > MAX_WAITING_PER_TWIN) {
            mine.decrementAndGet();
            LOG.log(Level.DEBUG, "twin " + twinId + " has " + MAX_WAITING_PER_TWIN + " frames waiting for anomaly detection; this one is skipped");
            return;
        }
        try {
            worker.execute(() -> {
                mine.decrementAndGet();
                List<StoredAnomaly> anomalies = detection.observe(appends);
                if (!anomalies.isEmpty()) {
                    found.accept(twinId, anomalies);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            mine.decrementAndGet();
        }
    }

    /** The twin was deleted: its series' baselines are dropped (after what is queued before this). */
    public void forget(String twinId) {
        try {
            worker.execute(() -> detection.forget(twinId));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            detection.forget(twinId);
        }
    }

    /** Scores what is queued (for a few seconds at most), then stops. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
