package io.twinbench.ui.views;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;

import io.twinbench.analysis.predict.FailurePredictions;
import io.twinbench.analysis.predict.Forecast;
import io.twinbench.model.twin.Twin;
import io.twinbench.ui.internal.TwinOpener;
import io.twinbench.ui.session.TwinWorkspaceListener;

/**
 * The failures the selected twin's history predicts within 30 days (file systems filling up,
 * memory running out, services entering a crash loop), soonest first, with the time left, the
 * model's fit (how well its trend matched the history it held out; not a probability) and what it rests on. The period is the history the models learn from.
 * Runs again as the twin's agent reports, at most once a minute; a double-click opens the
 * graph with the element selected.
 */
public final class PredictionsView extends SelectedTwinTableView {

    public static final String ID = "io.twinbench.ui.views.predictions";
    static final Duration HORIZON = FailurePredictions.HORIZON;
    private static final Duration EVERYTHING = Duration.ofDays(90);
    private static final long RERUN_MILLIS = 60_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Job predicting;
    private volatile long lastRun;
    private volatile long shownAt = System.currentTimeMillis();

    @Override
    protected String emptyText() {
        return "Select a twin in the Fleet view to see the failures its history predicts.";
    }

    @Override
    protected void createColumns() {
        sortableColumn(Forecast.class, "Element", 200, Forecast::elementId, Comparator.comparing(Forecast::elementId));
        sortableColumn(Forecast.class, "Failure", 150, Forecast::failureMode, Comparator.comparing(Forecast::failureMode));
        sortableColumn(Forecast.class, "Expected", 130, f -> TIME.format(Instant.ofEpochMilli(f.expectedAt())),
                Comparator.comparingLong(Forecast::expectedAt).reversed());
        sortableColumn(Forecast.class, "Time left", 90, f -> timeLeft(f.expectedAt() - shownAt),
                Comparator.comparingLong(Forecast::expectedAt).reversed());
        sortableColumn(Forecast.class, "Fit", 85, f -> String.format(Locale.ROOT, "%.0f %%", 100 * f.fit()),
                Comparator.comparingDouble(Forecast::fit));
        sortableColumn(Forecast.class, "Basis", 420, Forecast::basis, Comparator.comparing(Forecast::basis));
        viewer.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Forecast f && shownTwinId() != null) {
                new TwinOpener(getSite().getPage()).open(shownTwinId(), shownTwinId(), f.elementId());
            }
        });
    }

    /** "now", "45 min", "5 h 20 min", "3 d 4 h". */
    public static String timeLeft(long millis) {
        long minutes = Math.max(0, millis) / 60_000;
        if (minutes == 0) {
            return "now";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        return hours < 24 ? hours + " h " + minutes % 60 + " min" : hours / 24 + " d " + hours % 24 + " h";
    }

    @Override
    protected TwinWorkspaceListener workspaceListener() {
        return new TwinWorkspaceListener() {
            @Override
            public void telemetryCommitted(String twinId) {
                rerun(twinId);
            }

            @Override
            public void liveTwinUpdated(String twinId, Twin latest) {
                rerun(twinId);
            }
        };
    }

    private void rerun(String twinId) {
        if (twinId.equals(shownTwinId()) && System.currentTimeMillis() - lastRun >= RERUN_MILLIS) {
            lastRun = System.currentTimeMillis();
            UiThread.async(viewer.getControl(), this::liveChange);
        }
    }

    /** How much history predictions learn from is this view's own choice (a day by default), not the twin's shown range. */
    @Override
    protected boolean followsTwinTimeRange() {
        return false;
    }

    @Override
    protected void load(String id, String name, io.twinbench.ui.session.TimeRange range) {
        if (predicting != null) {
            predicting.cancel();
        }
        predicting = Job.create("Predicting the failures of " + name, monitor -> {
            long clock = System.currentTimeMillis();
            lastRun = clock;
            // as of the range's end: a brushed range asks what was foreseeable then
            long now = range.isLive() ? clock : range.to(clock);
            Duration window = range.isLive() && range.span() == null ? EVERYTHING : Duration.ofMillis(now - range.from(clock));
            List<Forecast> forecasts = new FailurePredictions(workspace.store().orElseThrow()).predict(id, now, window, HORIZON);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            shownAt = now;
            showRows(id, forecasts, name + ": " + (forecasts.isEmpty() ? "no failure" : forecasts.size() + " failure" + (forecasts.size() == 1 ? "" : "s"))
                    + " predicted within " + HORIZON.toDays() + " days, learnt from " + range.label() + " of history.");
            return Status.OK_STATUS;
        });
        predicting.schedule();
    }
}
