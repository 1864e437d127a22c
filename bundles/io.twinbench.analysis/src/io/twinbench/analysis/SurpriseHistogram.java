package io.twinbench.analysis;

/**
 * How rare a raw surprise is for one series: the share of its past points that were at least as
 * surprising, read off a histogram of their logarithms (a quarter octave per bin) that forgets
 * with a time constant. One parametric shape (a Gaussian) fitted to a whole real series misjudges
 * the very points it exists for, since each series' tail has its own shape (a counter of errors
 * is nought 96 % of the time and one, two or a hundred otherwise); counting needs no shape, and
 * only past the record's largest points is a tail fitted (see rarity). What recurs becomes
 * common and stops being rare, which is how a repeated harmless blip stops alarming. The state
 * is fixed (288 doubles, scores from 2^-24 to 2^48); a point costs one bin update and a sum over
 * the bins above it, down to where half the points are.
 */
final class SurpriseHistogram {

    private static final int BINS_PER_OCTAVE = 4;
    private static final int LOWEST_OCTAVE = -24;
    private static final int BINS = 72 * BINS_PER_OCTAVE;
    private static final double LOG2 = Math.log(2);
    /** The largest points (in the newest point's weight) the tail is fitted to. */
    private static final double TAIL_POINTS = 10;
    /**
     * The least mean excess of the tail's logarithms: a tail of points all in one bin would
     * otherwise look infinitely thin, and any point past it infinitely rare.
     */
    private static final double LEAST_TAIL_EXCESS = 0.2;
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

    /** -log10 of the share of the remembered points that were at least as surprising as x; 0 before anything is learned. */
    double rarity(long time, double x) {
        double weight = weightAt(time);
        return total > 0 ? rarity(bin(x), x, weight) : 0;
    }

    /** Adds x to the record. */
    void learn(long time, double x) {
        double weight = weightAt(time);
        int bin = bin(x);
        weights[bin] += weight;
        total += weight;
        top = Math.max(top, bin);
    }

    /** The weight of a point at this time: older points count e^(-age / tau) of a new one. */
    private double weightAt(long time) {
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
        return weight;
    }

    /**
     * Counted where the record is rich enough (below its TAIL_POINTS largest); above that, read
     * off a Pareto tail through those largest points with Hill's estimate of its index (the mean
     * of their logarithms' excess over the least of them). Counting alone would make every new
     * largest value as rare as the record is long, so a series would alarm on each record it
     * sets by a hair; the tail tells a value just above the largest from one ten times it, and
     * lets a series judged for an hour alarm on a point far beyond anything it has shown. A
     * record whose largest points include noughts (a surprise that is mostly absent) is only
     * counted: a tail through nought would make any surprise infinitely rare.
     */
    private double rarity(int bin, double x, double weight) {
        double above = 0;
        double weightedLogs = 0;
        int least = top;
        for (; least >= 0; least--) {
            above += weights[least];
            weightedLogs += weights[least] * centre(least);
            if (above >= TAIL_POINTS * weight) {
                break;
            }
        }
        if (least > 0 && bin > least) {
            double logLeast = lowerEdge(least);
            double index = Math.max(LEAST_TAIL_EXCESS, weightedLogs / above - logLeast);
            return -(Math.log(above / (total + weight)) - (Math.log(x) - logLeast) / index) / Math.log(10);
        }
        // from the top down, stopping once half the points are above: nothing that common is rare
        above = 0;
        for (int i = top; i >= bin && above <= 0.5 * total; i--) {
            above += weights[i];
        }
        return -Math.log10((above + 0.5 * weight) / (total + weight));
    }

    private static double centre(int bin) {
        return lowerEdge(bin) + 0.5 * LOG2 / BINS_PER_OCTAVE;
    }

    private static double lowerEdge(int bin) {
        return ((bin - 1) / (double) BINS_PER_OCTAVE + LOWEST_OCTAVE) * LOG2;
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
