package io.twinbench.analysis;

/**
 * An online detector for one metric: it scores each point as it arrives against what it
 * learned before it, then learns from it. Points come in time order. Implementations keep
 * constant state per series and allocate nothing per point, so a collector can run one per
 * series on every sample.
 */
public interface PointDetector {

    /**
     * Scores the point and learns from it. The score is on the detector's own scale (the
     * point's distance from what was expected in the detector's deviations, or for the rarity
     * detector log10 of the days between such surprises); isAnomalous tells whether it counts.
     */
    double observe(long timeMillis, double value);

    /** Whether the last observed point was anomalous. */
    boolean isAnomalous();

    /** The value the detector expected for the last observed point. */
    double expected();

    /** The kind of the last anomalous point (meaningless when it was normal). */
    AnomalyKind kind();

    /**
     * How many anomalous points, the last included, the last kind covers: a level shift or
     * trend is recognised a few points after it began, and those earlier points take its kind.
     */
    default int run() {
        return 1;
    }
}
