package io.twinbench.analysis.classic;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * k-means per metric: the last training points are cut into every subsequence of the given
 * length, clustered with k-means++ (Commons Math), and refitted every training points. A new
 * point's score is how much farther its subsequence lies from the nearest centroid than the
 * training subsequences did, in their standard deviations.
 */
public final class KMeansDetector extends PointAnomalies {

    private final int length;
    private final int clusters;
    private final double[] history;
    private long seen;
    private double[][] centroids;
    private double meanDistance;
    private double sdDistance;

    public KMeansDetector(int length, int clusters, int training, double threshold) {
        super(threshold);
        if (length < 1 || clusters < 1 || training < 4 * clusters + length) {
            throw new IllegalArgumentException("subsequences of at least 1 point, at least 1 cluster and 4 training subsequences per cluster");
        }
        this.length = length;
        this.clusters = clusters;
        this.history = new double[training];
    }

    @Override
    public double observe(long timeMillis, double value) {
        history[(int) (seen % history.length)] = value;
        seen++;
        double score = 0;
        if (centroids != null && seen >= length) {
            score = Math.max(0, nearest(seen - length) - meanDistance) / Math.max(sdDistance, 1e-9);
        }
        scored(score, value, centroids != null);
        if (seen % history.length == 0) {
            fit();
        }
        return score;
    }

    /** Distance of the subsequence starting at index to the nearest centroid. */
    private double nearest(long start) {
        double best = Double.MAX_VALUE;
        for (double[] c : centroids) {
            double d = 0;
            for (int i = 0; i < length; i++) {
                double diff = history[(int) ((start + i) % history.length)] - c[i];
                d += diff * diff;
            }
            best = Math.min(best, d);
        }
        return Math.sqrt(best);
    }

    private void fit() {
        long first = seen - history.length;
        List<DoublePoint> subsequences = new ArrayList<>();
        for (long s = first; s + length <= seen; s++) {
            double[] p = new double[length];
            for (int i = 0; i < length; i++) {
                p[i] = history[(int) ((s + i) % history.length)];
            }
            subsequences.add(new DoublePoint(p));
        }
        JDKRandomGenerator random = new JDKRandomGenerator();
        random.setSeed(17);
        try {
            List<CentroidCluster<DoublePoint>> fitted = new KMeansPlusPlusClusterer<DoublePoint>(clusters, 50,
                    new org.apache.commons.math3.ml.distance.EuclideanDistance(), random).cluster(subsequences);
            centroids = fitted.stream().map(c -> c.getCenter().getPoint()).toArray(double[][]::new);
        } catch (org.apache.commons.math3.exception.MathIllegalStateException e) {
            // fewer distinct subsequences than clusters (a flat stretch): the one centroid is their mean
            double[] mean = new double[length];
            for (DoublePoint p : subsequences) {
                for (int i = 0; i < length; i++) {
                    mean[i] += p.getPoint()[i] / subsequences.size();
                }
            }
            centroids = new double[][] {mean};
        }
        double sum = 0;
        double squares = 0;
        for (long s = first; s + length <= seen; s++) {
            double d = nearest(s);
            sum += d;
            squares += d * d;
        }
        int m = subsequences.size();
        meanDistance = sum / m;
        sdDistance = Math.sqrt(Math.max(0, squares / m - meanDistance * meanDistance));
    }
}
