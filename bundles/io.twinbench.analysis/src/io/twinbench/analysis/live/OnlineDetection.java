package io.twinbench.analysis.live;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.twinbench.analysis.Detectors;
import io.twinbench.analysis.PointDetector;
import io.twinbench.store.Sample;
import io.twinbench.store.SeriesAppend;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.StoreException;
import io.twinbench.store.StoredAnomaly;
import io.twinbench.store.TwinStore;

/**
 * Runs a detector per series on samples as they are committed and stores the anomalies it
 * finds, so an anomaly exists the moment its sample does. The first time a series is seen in
 * this process its detector learns the series' stored history first (up to PRIMING back), so a
 * restart of the workbench or collector does not start every baseline from nothing.
 */
public final class OnlineDetection {

    private static final System.Logger LOG = System.getLogger(OnlineDetection.class.getName());
    static final Duration PRIMING = Duration.ofDays(8);
    /** Series watched at most; a detector keeps about a kilobyte, so this bounds memory at ~100 MB. */
    static final int MAX_SERIES = 100_000;
    /** Series watched for one twin at most, so that one endpoint's flood of series leaves room for the others'. */
    static final int MAX_SERIES_PER_TWIN = 10_000;

    /** A series' detector and the newest time it has seen (older samples, e.g. resent ones, are skipped). */
    private static final class Watched {
        final PointDetector detector;
        long last = Long.MIN_VALUE;

        Watched(PointDetector detector) {
            this.detector = detector;
        }
    }

    private final TwinStore store;
    private final Detectors detectors;
    private final Clock clock;
    private final Map<SeriesKey, Watched> watched = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> perTwin = new ConcurrentHashMap<>();
    private volatile boolean toldFull;

    public OnlineDetection(TwinStore store, Detectors detectors, Clock clock) {
        this.store = store;
        this.detectors = detectors;
        this.clock = clock;
    }

    /** Scores the committed samples and stores the anomalies among them; returns those. */
    public List<StoredAnomaly> observe(List<SeriesAppend> appends) {
        List<StoredAnomaly> found = new ArrayList<>();
        for (SeriesAppend append : appends) {
            Watched w = append.samples().isEmpty() ? null : watched(append.key(), append.samples().get(0).timestamp());
            if (w == null) {
                continue;
            }
            synchronized (w) {
                for (Sample s : append.samples()) {
                    if (s.timestamp() <= w.last) {
                        continue;
                    }
                    w.last = s.timestamp();
                    double score = w.detector.observe(s.timestamp(), s.value());
                    if (w.detector.isAnomalous()) {
                        SeriesKey k = append.key();
                        found.add(new StoredAnomaly(k.twinId(), k.elementId(), k.metric(), s.timestamp(), s.value(), w.detector.expected(),
                                score, w.detector.kind().label(), detectors.id()));
                    }
                }
            }
        }
        try {
            store.anomalies().append(found);
        } catch (StoreException e) {
            LOG.log(Level.WARNING, found.size() + " anomalies found but not stored: " + e.getMessage());
        }
        return found;
    }

    /** Drops the twin's detectors (its history was deleted): its series learn afresh from what comes next. */
    public void forget(String twinId) {
        watched.keySet().removeIf(key -> key.twinId().equals(twinId));
        perTwin.remove(twinId);
    }

    private Watched watched(SeriesKey key, long firstNew) {
        Watched w = watched.get(key);
        if (w != null) {
            return w;
        }
        if (watched.size() >= MAX_SERIES) {
            if (!toldFull) {
                toldFull = true;
                LOG.log(Level.WARNING, "watching " + MAX_SERIES + " series for anomalies already; newer series are not watched");
            }
            return null;
        }
        java.util.concurrent.atomic.AtomicInteger mine = perTwin.computeIfAbsent(key.twinId(), t -> new java.util.concurrent.atomic.AtomicInteger());
        if (mine.get() >= MAX_SERIES_PER_TWIN) {
            return null;
        }
        return watched.computeIfAbsent(key, k -> {
            mine.incrementAndGet();
            return primed(k, firstNew);
        });
    }

    /** A detector that has learned the series' history before the samples now arriving. */
    private Watched primed(SeriesKey key, long firstNew) {
        Watched w = new Watched(detectors.create());
        try {
            for (Sample s : store.telemetry().history(key, Math.min(firstNew, clock.millis()) - PRIMING.toMillis(), firstNew)) {
                w.detector.observe(s.timestamp(), s.value());
                w.last = s.timestamp();
            }
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "the history of " + key.asString() + " is unreadable; its baseline starts from now: " + e.getMessage());
        }
        return w;
    }
}
