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
        worker.execute(() -> {
            List<StoredAnomaly> anomalies = detection.observe(appends);
            if (!anomalies.isEmpty()) {
                found.accept(twinId, anomalies);
            }
        });
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
