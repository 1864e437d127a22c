package io.twinbench.analysis.classic;

import io.twinbench.analysis.AnomalyKind;
import io.twinbench.analysis.PointDetector;

/** The part the classic detectors share: they score single points and know no kinds but spikes. */
abstract class PointAnomalies implements PointDetector {

    protected final double threshold;
    private boolean anomalous;
    private double expected;

    PointAnomalies(double threshold) {
        if (threshold <= 0) {
            throw new IllegalArgumentException("the threshold must be above 0, not " + threshold);
        }
        this.threshold = threshold;
    }

    /** Records the verdict on the last point and returns its score. */
    protected final double scored(double score, double expectedValue, boolean ready) {
        this.expected = expectedValue;
        this.anomalous = ready && score >= threshold;
        return score;
    }

    @Override
    public final boolean isAnomalous() {
        return anomalous;
    }

    @Override
    public final double expected() {
        return expected;
    }

    @Override
    public final AnomalyKind kind() {
        return AnomalyKind.SPIKE;
    }
}
