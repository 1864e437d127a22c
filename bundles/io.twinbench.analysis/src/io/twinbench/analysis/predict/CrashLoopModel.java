package io.twinbench.analysis.predict;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalLong;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * When a service that keeps restarting enters a crash loop: five restarts within ten minutes,
 * the burst after which systemd's default start limit gives up on a unit. A service already
 * there is predicted at the restart that made it so. Otherwise each gap between restarts is
 * modelled as a constant fraction of the one before (a least-squares line through the gaps'
 * logarithms against their order, Commons Math), trained on all gaps but the last and scored on
 * the last one it did not see, then refitted on all of them; the gaps it predicts next are laid
 * end to end until five restarts fit into ten minutes. No forecast from fewer than four
 * restarts, when the gaps do not shrink significantly (the slope's p-value above 5 %), or when
 * the service has been quiet for twice the gap the model expected next (it calmed down).
 */
public final class CrashLoopModel {

    public static final int LOOP_RESTARTS = 5;
    public static final long LOOP_MILLIS = 10 * 60_000L;
    private static final double HOUR = 3_600_000;
    private static final double SIGNIFICANCE = 0.05;
    private static final int MIN_RESTARTS = 4;
    /** Predicted gaps laid end to end before giving up: a loop that needs more is no loop in sight. */
    private static final int MAX_PREDICTED_GAPS = 1_000;

    private CrashLoopModel() {
    }

    /** restarts: the times the service restarted, ascending, up to now. */
    public static Optional<Forecast> forecast(String elementId, String failureMode, long[] restarts, long now) {
        int n = restarts.length;
        if (n < MIN_RESTARTS) {
            return Optional.empty();
        }
        double perHour = n / Math.max(1, (restarts[n - 1] - restarts[0]) / HOUR);
        for (int i = LOOP_RESTARTS - 1; i < n; i++) {
            if (restarts[i] - restarts[i - LOOP_RESTARTS + 1] <= LOOP_MILLIS) {
                return Optional.of(new Forecast(elementId, failureMode, restarts[i], 1, perHour, 0, n - 1));
            }
        }
        double[] gaps = new double[n - 1];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = Math.max(1, restarts[i + 1] - restarts[i]);
        }
        SimpleRegression trained = fit(gaps, gaps.length - 1);
        double lastGap = gaps[gaps.length - 1];
        double heldOut = Math.abs(Math.exp(trained.predict(gaps.length - 1)) - lastGap) / 60_000;
        SimpleRegression all = fit(gaps, gaps.length);
        if (!(all.getSlope() < 0) || !(all.getSignificance() < SIGNIFICANCE) || !Double.isFinite(heldOut)) {
            return Optional.empty();
        }
        if (now - restarts[n - 1] > 2 * Math.exp(all.predict(gaps.length))) {
            return Optional.empty();
        }
        OptionalLong loopAt = layOut(gaps, restarts[n - 1], all);
        if (loopAt.isEmpty()) {
            return Optional.empty();
        }
        double confidence = Math.max(0, all.getRSquare() * (1 - Math.min(1, heldOut * 60_000 / lastGap)));
        return Optional.of(new Forecast(elementId, failureMode, loopAt.getAsLong(), confidence, perHour, heldOut, gaps.length - 1));
    }

    /** The restart at which the last four gaps, seen and predicted, first fit into ten minutes. */
    private static OptionalLong layOut(double[] seen, long last, SimpleRegression model) {
        Deque<Double> window = new ArrayDeque<>();
        double sum = 0;
        for (int i = Math.max(0, seen.length - (LOOP_RESTARTS - 1)); i < seen.length; i++) {
            window.addLast(seen[i]);
            sum += seen[i];
        }
        double at = last;
        for (int k = 0; k < MAX_PREDICTED_GAPS; k++) {
            double gap = Math.exp(model.predict(seen.length + k));
            at += gap;
            window.addLast(gap);
            sum += gap;
            if (window.size() > LOOP_RESTARTS - 1) {
                sum -= window.removeFirst();
            }
            if (window.size() == LOOP_RESTARTS - 1 && sum <= LOOP_MILLIS) {
                return OptionalLong.of((long) at);
            }
        }
        return OptionalLong.empty();
    }

    /** ln(gap) against the gap's order, for the first count gaps. */
    private static SimpleRegression fit(double[] gaps, int count) {
        SimpleRegression r = new SimpleRegression();
        for (int i = 0; i < count; i++) {
            r.addData(i, Math.log(gaps[i]));
        }
        return r;
    }
}
