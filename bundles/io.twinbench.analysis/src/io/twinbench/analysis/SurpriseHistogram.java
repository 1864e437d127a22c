package io.twinbench.analysis;

/**
 * How rare a raw surprise is for one series: the share of its past points that were at least as
 * surprising, read off a histogram of their logarithms (a quarter octave per bin) that forgets
 * with a time constant. A parametric tail (Gaussian, Pareto) fitted to real series misjudges
 * the very points it exists for, since each series' tail has its own shape (a counter of errors
 * is nought 96 % of the time and one, two or a hundred otherwise); counting needs no shape.
 * What recurs becomes common and stops being rare, which is how a repeated harmless blip stops
 * alarming. The state is fixed (288 doubles, scores from 2^-24 to 2^48); a point costs one bin update and a sum over the
 * bins above it, down to where half the points are.
 */
final class SurpriseHistogram {

    private static final int BINS_PER_OCTAVE = 4;
    private static final int LOWEST_OCTAVE = -24;
    private static final int BINS = 72 * BINS_PER_OCTAVE;
    private static final double LOG2 = Math.log(2);
    /** Forgetting multiplies by e^(elapsed / tau); rescaled before doubles run out. */
    private static final double RESCALE_AT = 1e200;

    private final double tauMillis;
    private final double[] weights = new double[BINS];
    private double total;
    private long epoch = Long.MIN_VALUE;
    private int top = -1;

    SurpriseHistogram(double tauMillis) {
        this.tauMillis = tauMillis;
    }

    /**
     * -log10 of the share of the remembered points that were at least as surprising as x (a new
     * largest counts as half a point above it), then learns x. 0 before anything is learned.
     */
    double rarity(long time, double x) {
        if (epoch == Long.MIN_VALUE) {
            epoch = time;
        }
        double weight = Math.exp(Math.max(0, time - epoch) / tauMillis);
        if (weight > RESCALE_AT) {
            for (int i = 0; i < BINS; i++) {
                weights[i] /= weight;
            }
            total /= weight;
            epoch = time;
            weight = 1;
        }
        int bin = bin(x);
        double rarity = 0;
        if (total > 0) {
            // from the top down, stopping once half the points are above: nothing that common is rare
            double above = 0;
            for (int i = top; i >= bin && above <= 0.5 * total; i--) {
                above += weights[i];
            }
            rarity = -Math.log10((above + 0.5 * weight) / (total + weight));
        }
        weights[bin] += weight;
        total += weight;
        top = Math.max(top, bin);
        return rarity;
    }

    /** How many points the histogram remembers, the older ones counting less. */
    double remembered(long time) {
        return epoch == Long.MIN_VALUE ? 0 : total / Math.exp(Math.max(0, time - epoch) / tauMillis);
    }

    private static int bin(double x) {
        if (!(x > 0x1p-24)) {
            return 0;
        }
        int bin = (int) Math.floor((Math.log(x) / LOG2 - LOWEST_OCTAVE) * BINS_PER_OCTAVE) + 1;
        return Math.min(BINS - 1, bin);
    }
}
