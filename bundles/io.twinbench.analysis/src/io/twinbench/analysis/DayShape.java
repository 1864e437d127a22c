package io.twinbench.analysis;

/**
 * How well the learned daily shape explained one day: the correlation, over that day's
 * points, between the shape's prediction and what the series did around its level. Running
 * sums, so a day costs nothing to keep.
 */
final class DayShape {

    private long day = Long.MIN_VALUE;
    private int n;
    private double sp;
    private double sy;
    private double spp;
    private double syy;
    private double spy;

    /** The day this point belongs to differs from the day being summed. */
    boolean isNewDay(long time) {
        return day != Long.MIN_VALUE && Math.floorDiv(time, SeasonalProfile.DAY) != day;
    }

    void add(long time, double predicted, double observed) {
        long d = Math.floorDiv(time, SeasonalProfile.DAY);
        if (d != day) {
            day = d;
            n = 0;
            sp = sy = spp = syy = spy = 0;
        }
        n++;
        sp += predicted;
        sy += observed;
        spp += predicted * predicted;
        syy += observed * observed;
        spy += predicted * observed;
    }

    int points() {
        return n;
    }

    /** Pearson's correlation over the day so far; 1 when either side is flat. */
    double correlation() {
        double cov = spy - sp * sy / n;
        double vp = spp - sp * sp / n;
        double vy = syy - sy * sy / n;
        if (vp <= 0 || vy <= 0) {
            return 1;
        }
        return cov / Math.sqrt(vp * vy);
    }
}
