package io.twinbench.analysis;

import java.util.List;
import java.util.function.Supplier;

import io.twinbench.analysis.classic.KMeansDetector;
import io.twinbench.analysis.classic.LinearPredictionDetector;
import io.twinbench.analysis.classic.RollingGaussianDetector;

/** The detectors by the names the command line and the benchmark use, with their defaults. */
public enum Detectors {
    SEASONAL("seasonal", "level, daily and weekly rhythm, runs (Twinbench's)", () -> new SeasonalDetector(SeasonalDetector.Settings.defaults())),
    GAUSSIAN("gaussian", "rolling mean and deviation over 60 points, 4 deviations", () -> new RollingGaussianDetector(60, 4)),
    KMEANS("kmeans", "k-means (k = 8) of 8-point subsequences, refitted every 1,000 points", () -> new KMeansDetector(8, 8, 1000, 5)),
    LINEAR("linear", "autoregression of order 8 by least squares, refitted every 500 points", () -> new LinearPredictionDetector(8, 500, 5));

    private final String id;
    private final String description;
    private final Supplier<PointDetector> factory;

    Detectors(String id, String description, Supplier<PointDetector> factory) {
        this.id = id;
        this.description = description;
        this.factory = factory;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** A fresh detector: one per series, since each learns its own. */
    public PointDetector create() {
        return factory.get();
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
