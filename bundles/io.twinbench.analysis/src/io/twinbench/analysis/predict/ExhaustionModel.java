package io.twinbench.analysis.predict;

import java.util.Optional;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * When a resource that fills up (a file system, memory) reaches its capacity: a least-squares
 * line (Commons Math) through its recent use. It is trained on the first 80 % of the window and
 * scored on the last 20 % it did not see, then refitted on all of it for the forecast. No
 * forecast when use is not growing significantly (the slope's p-value above 1 %), when fewer
 * than 20 points are known, or when the capacity is already reached.
 */
public final class ExhaustionModel {

    private static final double HOUR = 3_600_000;
    private static final double SIGNIFICANCE = 0.01;
    private static final int MIN_POINTS = 20;

    private ExhaustionModel() {
    }

    /** times ascending; used and capacity (the latest capacity counts) in the same unit. */
    public static Optional<Forecast> forecast(String elementId, String failureMode, long[] times, double[] used, double capacity) {
        int n = times.length;
        if (n < MIN_POINTS || capacity <= 0 || used[n - 1] >= capacity) {
            return Optional.empty();
        }
        int training = (int) (n * 0.8);
        SimpleRegression trained = fit(times, used, 0, training);
        double heldOut = 0;
        for (int i = training; i < n; i++) {
            heldOut += Math.abs(trained.predict((times[i] - times[0]) / HOUR) - used[i]) / (n - training);
        }
        SimpleRegression all = fit(times, used, 0, n);
        double slope = all.getSlope();
        if (!(slope > 0) || !(all.getSignificance() < SIGNIFICANCE)) {
            return Optional.empty();
        }
        double nowHours = (times[n - 1] - times[0]) / HOUR;
        double level = all.predict(nowHours);
        double hoursLeft = Math.max(0, (capacity - level) / slope);
        long expectedAt = times[n - 1] + (long) (hoursLeft * HOUR);
        double headroom = Math.max(capacity - level, 1e-9);
        double confidence = Math.max(0, all.getRSquare() * (1 - Math.min(1, heldOut / headroom)));
        return Optional.of(new Forecast(elementId, failureMode, expectedAt, confidence, slope, heldOut, training));
    }

    private static SimpleRegression fit(long[] times, double[] values, int from, int to) {
        SimpleRegression r = new SimpleRegression();
        for (int i = from; i < to; i++) {
            r.addData((times[i] - times[0]) / HOUR, values[i]);
        }
        return r;
    }
}
