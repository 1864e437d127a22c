package io.twinbench.analysis;

import java.util.List;
import java.util.function.DoubleFunction;

import io.twinbench.analysis.classic.KMeansDetector;
import io.twinbench.analysis.classic.LinearPredictionDetector;
import io.twinbench.analysis.classic.RollingGaussianDetector;

/** The detectors by the names the command line and the benchmark use, with their defaults. */
public enum Detectors {
    RARITY("rarity", "how rarely the series shows so large a surprise (seasonal residual, change, confirmed run), in log10 days; one alarm per event",
            RarityDetector.Settings.defaults().threshold(), ladder(0.3, 2.5, 0.1, false),
            threshold -> new RarityDetector(RarityDetector.Settings.defaults().withThreshold(threshold))),
    SEASONAL("seasonal", "level, daily and weekly rhythm, runs, recurring excursions (rarity's baseline and its verdict on a series' first day)", SeasonalDetector.Settings.defaults().threshold(), deviations(),
            threshold -> new SeasonalDetector(SeasonalDetector.Settings.defaults().withThreshold(threshold))),
    GAUSSIAN("gaussian", "rolling mean and deviation over 60 points", 4, deviations(), threshold -> new RollingGaussianDetector(60, threshold)),
    KMEANS("kmeans", "k-means (k = 8) of 8-point subsequences, refitted every 1,000 points", 5, deviations(),
            threshold -> new KMeansDetector(8, 8, 1000, threshold)),
    LINEAR("linear", "autoregression of order 8 by least squares, refitted every 500 points", 5, deviations(),
            threshold -> new LinearPredictionDetector(8, 500, threshold));

    /** The detector the collector runs live and analyze uses unless told otherwise. */
    public static final Detectors DEFAULT = RARITY;

    private final String id;
    private final String description;
    private final double threshold;
    private final double[] ladder;
    private final DoubleFunction<PointDetector> factory;

    Detectors(String id, String description, double threshold, double[] ladder, DoubleFunction<PointDetector> factory) {
        this.id = id;
        this.description = description;
        this.threshold = threshold;
        this.ladder = ladder;
        this.factory = factory;
    }

    /** Thresholds from one score to another, each a step (or a factor) beyond the one before. */
    private static double[] ladder(double from, double to, double step, boolean factor) {
        List<Double> t = new java.util.ArrayList<>();
        for (int i = 0;; i++) {
            double x = factor ? from * Math.pow(step, i) : from + i * step;
            if (x > to + 1e-9) {
                break;
            }
            t.add(Math.round(x * 1e6) / 1e6);
        }
        return t.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The ladder of detectors scored in deviations: 2 to 40, 15 % apart. */
    private static double[] deviations() {
        return ladder(2, 40, 1.15, true);
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** The thresholds a benchmark traces the detector's range with (its scores have their own scale), the default among them. */
    public double[] ladder() {
        return java.util.stream.DoubleStream.concat(java.util.Arrays.stream(ladder), java.util.stream.DoubleStream.of(threshold)).sorted().distinct().toArray();
    }

    /** The score from which a point is anomalous by default. */
    public double threshold() {
        return threshold;
    }

    /** A fresh detector with the default threshold: one per series, since each learns its own. */
    public PointDetector create() {
        return create(threshold);
    }

    /** A fresh detector that counts points from this score on (benchmarks trace each detector's whole range with it). */
    public PointDetector create(double scoreThreshold) {
        return factory.apply(scoreThreshold);
    }

    public static Detectors byId(String id) {
        for (Detectors d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no detector '" + id + "': choose one of " + List.of(values()).stream().map(Detectors::id).toList());
    }
}
