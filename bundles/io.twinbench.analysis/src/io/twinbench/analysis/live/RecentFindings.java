package io.twinbench.analysis.live;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.twinbench.analysis.cause.AnomalyFindings;
import io.twinbench.analysis.predict.FailurePredictions;
import io.twinbench.analysis.predict.Forecast;
import io.twinbench.analysis.predict.PredictionFindings;
import io.twinbench.model.build.FindingsSource;
import io.twinbench.model.twin.Twin;
import io.twinbench.store.StoreException;
import io.twinbench.store.TwinStore;

/**
 * The findings a live twin's model carries: per series, the latest anomaly of the last 24 hours
 * and how many there were, and the failures predicted within 30 days from the last day of history.
 * Predictions read that day of history, so they are worked out at most once a minute per twin; a
 * store that cannot be read leaves the model without findings rather than without its update.
 */
public final class RecentFindings implements FindingsSource {

    private static final System.Logger LOG = System.getLogger(RecentFindings.class.getName());
    static final Duration PERIOD = Duration.ofHours(24);
    static final Duration PREDICT_EVERY = Duration.ofMinutes(1);

    private record Predicted(long at, List<Forecast> forecasts) {
    }

    private final TwinStore store;
    private final FailurePredictions predictions;
    private final Clock clock;
    private final Map<String, Predicted> predicted = new ConcurrentHashMap<>();

    public RecentFindings(TwinStore store, Clock clock) {
        this.store = store;
        this.predictions = new FailurePredictions(store);
        this.clock = clock;
    }

    @Override
    public void addFindings(Twin twin) {
        long now = clock.millis();
        try {
            AnomalyFindings.attachLatest(twin, store.anomalies().latestPerSeries(twin.getId(), now - PERIOD.toMillis(), now + 1));
            PredictionFindings.attach(twin, forecasts(twin.getId(), now));
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "twin " + twin.getId() + " carries no findings this time: " + e.getMessage());
        }
    }

    private List<Forecast> forecasts(String twinId, long now) {
        Predicted last = predicted.get(twinId);
        if (last == null || now - last.at() >= PREDICT_EVERY.toMillis() || now < last.at()) {
            last = new Predicted(now, predictions.predict(twinId, now, FailurePredictions.WINDOW, FailurePredictions.HORIZON));
            predicted.put(twinId, last);
        }
        return last.forecasts();
    }
}
