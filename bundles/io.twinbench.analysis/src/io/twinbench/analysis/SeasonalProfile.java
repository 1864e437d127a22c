package io.twinbench.analysis;

/**
 * The rhythm part of a baseline: a daily shape as 48 half-hourly knots joined by straight
 * lines (so a smooth daily curve is not a staircase), plus an offset per day of the week
 * (weekends differ). Times are UTC. Both learn from residuals; each knot only from the
 * points near it, so a day teaches every knot a little.
 */
final class SeasonalProfile {

    static final long DAY = 86_400_000L;
    private static final int KNOTS = 48;
    private static final long KNOT_WIDTH = DAY / KNOTS;

    private final double[] daily = new double[KNOTS];
    private final double[] weekly = new double[7];

    /** The rhythm's contribution at this time. */
    double at(long time) {
        return dailyAt(time) + weekly[dayOfWeek(time)];
    }

    double dailyAt(long time) {
        long inDay = Math.floorMod(time, DAY);
        int knot = (int) (inDay / KNOT_WIDTH);
        double f = (inDay - knot * KNOT_WIDTH) / (double) KNOT_WIDTH;
        return daily[knot] * (1 - f) + daily[(knot + 1) % KNOTS] * f;
    }

    /** Makes target's daily shape this one's, as it is now. */
    void copyDailyInto(SeasonalProfile target) {
        System.arraycopy(daily, 0, target.daily, 0, KNOTS);
    }

    /** Moves the daily shape at this time toward the residual: the two knots around it by their weights. */
    void learn(long time, double residual, double dailyRate) {
        long inDay = Math.floorMod(time, DAY);
        int knot = (int) (inDay / KNOT_WIDTH);
        double f = (inDay - knot * KNOT_WIDTH) / (double) KNOT_WIDTH;
        daily[knot] += dailyRate * (1 - f) * residual;
        daily[(knot + 1) % KNOTS] += dailyRate * f * residual;
    }

    /** Moves the offset of the weekday this time falls on. */
    void learnWeekday(long time, double offset) {
        weekly[dayOfWeek(time)] += offset;
    }

    /**
     * Takes the shape's mean out and returns it, for the level to take in: the level says
     * where the series is, the shape only how it moves around that during a day and week.
     */
    double centre() {
        double mean = 0;
        for (double k : daily) {
            mean += k;
        }
        mean /= KNOTS;
        double weekMean = 0;
        for (double w : weekly) {
            weekMean += w;
        }
        weekMean /= 7;
        for (int i = 0; i < KNOTS; i++) {
            daily[i] -= mean;
        }
        for (int i = 0; i < 7; i++) {
            weekly[i] -= weekMean;
        }
        return mean + weekMean;
    }

    /** How much the daily shape moves the series: the deviation of its knots. */
    double dailyAmplitude() {
        double sum = 0;
        double squares = 0;
        for (double k : daily) {
            sum += k;
            squares += k * k;
        }
        double mean = sum / KNOTS;
        return Math.sqrt(Math.max(0, squares / KNOTS - mean * mean));
    }

    private static int dayOfWeek(long time) {
        // 1970-01-01 was a Thursday; 0 is Monday
        return (int) Math.floorMod(Math.floorDiv(time, DAY) + 3, 7);
    }
}
