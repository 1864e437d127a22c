package io.twinbench.analysis.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.twinbench.analysis.AnomalyKind;
import io.twinbench.analysis.series.TimeSeries;

/**
 * A metric with a known truth, for tests and the benchmark: a level with slow drift, a daily
 * curve peaking in the afternoon, quieter weekends and Gaussian noise, into which anomalies of
 * each kind are injected, each with the window where finding it counts.
 */
public final class SyntheticSeries {

    /** The series and the windows of what was injected. */
    public record Labelled(TimeSeries series, List<LabelledWindow> labels) {
    }

    private static final long DAY = 86_400_000L;

    private final long start;
    private final long step;
    private final double[] values;
    private final List<LabelledWindow> labels = new ArrayList<>();
    private final double noise;

    private SyntheticSeries(long start, long step, int points, long seed, double level, double daily, double weekend, double driftPerDay,
            double noise) {
        this.start = start;
        this.step = step;
        this.noise = noise;
        this.values = new double[points];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < points; i++) {
            long t = start + i * step;
            values[i] = level + driftPerDay * (t - start) / DAY + daily * dailyCurve(t, 0) + (isWeekend(t) ? weekend : 0)
                    + noise * gaussian(random);
        }
    }

    /** Server-like load: level 50, daily amplitude 10, weekends 6 lower, drift 0.3 a day, noise 1. */
    public static SyntheticSeries serverLoad(long start, long step, int points, long seed) {
        return new SyntheticSeries(start, step, points, seed, 50, 10, -6, 0.3, 1);
    }

    public static SyntheticSeries of(long start, long step, int points, long seed, double level, double daily, double weekend,
            double driftPerDay, double noise) {
        return new SyntheticSeries(start, step, points, seed, level, daily, weekend, driftPerDay, noise);
    }

    /** Peak at 14:00 UTC shifted by the given hours. */
    private static double dailyCurve(long t, double shiftHours) {
        double hours = Math.floorMod(t, DAY) / 3_600_000.0 - shiftHours;
        return Math.sin(2 * Math.PI * (hours - 8) / 24);
    }

    private static boolean isWeekend(long t) {
        int dow = (int) Math.floorMod(Math.floorDiv(t, DAY) + 3, 7);
        return dow >= 5;
    }

    private static double gaussian(SplittableRandom random) {
        double u = Math.max(1e-12, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    public long timeOf(int index) {
        return start + index * step;
    }

    /** One point raised by size noise deviations. */
    public SyntheticSeries spike(int at, double size) {
        values[at] += size * noise;
        labels.add(new LabelledWindow(timeOf(at), timeOf(at), AnomalyKind.SPIKE));
        return this;
    }

    /** Everything from at on moved by size deviations; finding it within 12 points counts. */
    public SyntheticSeries levelShift(int at, double size) {
        for (int i = at; i < values.length; i++) {
            values[i] += size * noise;
        }
        labels.add(new LabelledWindow(timeOf(at), timeOf(Math.min(values.length - 1, at + 12)), AnomalyKind.LEVEL_SHIFT));
        return this;
    }

    /**
     * A ramp of perStep deviations a point for length points, after which the series stays
     * moved; finding it during the ramp or at its end (as long again) counts.
     */
    public SyntheticSeries trend(int at, double perStep, int length) {
        for (int i = at; i < values.length; i++) {
            values[i] += perStep * noise * Math.min(i - at + 1, length);
        }
        labels.add(new LabelledWindow(timeOf(at), timeOf(Math.min(values.length - 1, at + 2 * length)), AnomalyKind.TREND));
        return this;
    }

    /** From at on the daily curve peaks shiftHours later; finding it within two days counts. */
    public SyntheticSeries seasonalityChange(int at, double shiftHours, double daily) {
        for (int i = at; i < values.length; i++) {
            long t = timeOf(i);
            values[i] += daily * (dailyCurve(t, shiftHours) - dailyCurve(t, 0));
        }
        labels.add(new LabelledWindow(timeOf(at), timeOf(Math.min(values.length - 1, at + (int) (2 * DAY / step))), AnomalyKind.SEASONALITY));
        return this;
    }

    public Labelled build(String name) {
        long[] times = new long[values.length];
        for (int i = 0; i < times.length; i++) {
            times[i] = timeOf(i);
        }
        return new Labelled(new TimeSeries(name, times, values), List.copyOf(labels));
    }
}
