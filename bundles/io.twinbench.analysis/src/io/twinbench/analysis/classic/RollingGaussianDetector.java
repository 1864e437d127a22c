package io.twinbench.analysis.classic;

/**
 * The textbook detector: a point's distance from the mean of the last window points, in
 * their standard deviations. No memory of rhythm beyond the window.
 */
public final class RollingGaussianDetector extends PointAnomalies {

    private final double[] window;
    private int filled;
    private int next;
    private double sum;
    private double squares;

    public RollingGaussianDetector(int window, double threshold) {
        super(threshold);
        if (window < 3) {
            throw new IllegalArgumentException("the window needs at least 3 points, not " + window);
        }
        this.window = new double[window];
    }

    @Override
    public double observe(long timeMillis, double value) {
        double score = 0;
        double mean = filled == 0 ? value : sum / filled;
        if (filled >= 3) {
            double variance = Math.max(0, squares / filled - mean * mean);
            score = Math.abs(value - mean) / Math.max(Math.sqrt(variance), 1e-9 + 1e-6 * Math.abs(mean));
        }
        scored(score, mean, filled == window.length);
        if (filled == window.length) {
            double old = window[next];
            sum -= old;
            squares -= old * old;
        } else {
            filled++;
        }
        window[next] = value;
        next = (next + 1) % window.length;
        sum += value;
        squares += value * value;
        return score;
    }
}
