package io.twinbench.analysis;

/**
 * Twinbench's own online detector: a baseline of level plus daily and weekly rhythm
 * (SeasonalProfile) that adapts to slow drift, and a robust deviation (the mean absolute
 * residual) to score against. What it adds over a rolling mean and deviation is the memory of
 * the rhythm, so the busy hour every afternoon is normal and the same load at 3 a.m. is not;
 * and an understanding of runs: a few points in a row on one side are a level shift (the
 * baseline jumps to it) or a trend (the baseline takes up the new slope) instead of a stream of
 * alarms, and a day whose shape the rhythm no longer explains is a change of seasonality.
 * Anomalous points teach the baseline only a clipped, damped share, so a spike does not
 * become the norm while a lasting change still does. The deviation scored against is the
 * larger of the quiet points' spread and what recurs (learnTail), so an excursion the series
 * makes every minute is normal and only a larger one stands out.
 */
public final class SeasonalDetector implements PointDetector {

    /**
     * threshold: score at and above which a point is anomalous; warmup: points before any
     * point can be; confirm: anomalous points in a row on one side that make a level shift or
     * trend rather than spikes.
     */
    public record Settings(double threshold, int warmup, int confirm) {
        public Settings {
            if (threshold <= 0 || warmup < 2 || confirm < 2) {
                throw new IllegalArgumentException("threshold > 0, warmup >= 2 and confirm >= 2, not " + threshold + ", " + warmup + ", " + confirm);
            }
        }

        public static Settings defaults() {
            return new Settings(5.0, 30, 4);
        }

        public Settings withThreshold(double other) {
            return new Settings(other, warmup, confirm);
        }
    }

    private static final double HOUR = 3_600_000;
    private static final double GAUSSIAN_MEAN_ABS_TO_SIGMA = 1.2533;
    private static final double RESOLUTION = 1e-4;
    private static final double TAIL_QUANTILE = 0.98;
    /** A Gaussian's 98th percentile of absolute residuals is 2.3 deviations; recurring excursions count from further out. */
    private static final double TAIL_TO_SIGMA = 3.5;
    private static final double TAIL_STEP = 0.05;
    /** Days the rhythm must have been learned before a day's shape can contradict it. */
    private static final int RHYTHM_DAYS = 3;

    private final Settings settings;
    private final SeasonalProfile profile = new SeasonalProfile();
    private final DayShape dayShape = new DayShape();
    /** The daily shape as it was when the day began: a day is judged by what was known before it. */
    private final SeasonalProfile dayStartProfile = new SeasonalProfile();
    private final double[] runResiduals;

    private long n;
    private long lastTime;
    private long firstTime;
    private double level;
    private double slope;
    private double meanAbsResidual;
    /** The residuals' 98th percentile, learned online (see learnTail). */
    private double tail;
    private double warmupLargest;
    private double expected;
    private boolean anomalous;
    private AnomalyKind kind = AnomalyKind.SPIKE;
    private int run;
    private int reportedRun = 1;
    private long runStart;
    private long relearnUntil = Long.MIN_VALUE;
    private long lastShiftStart = Long.MIN_VALUE;
    private double dayResiduals;
    private int dayPoints;
    private double lastJump;
    /** Whether a level shift or trend moved the level today: such a day's mean residual is not its weekday's. */
    private boolean levelMovedToday;
    /** The deviation when the day being checked began: the day's own surprises must not excuse it. */
    private double daySigma = Double.MAX_VALUE;

    public SeasonalDetector(Settings settings) {
        this.settings = settings;
        this.runResiduals = new double[settings.confirm()];
    }

    @Override
    public double observe(long time, double value) {
        if (n++ == 0) {
            level = value;
            lastTime = firstTime = time;
            expected = value;
            anomalous = false;
            return 0;
        }
        double dt = Math.max(1, time - lastTime);
        lastTime = time;
        double levelNow = level + slope * dt;
        double rhythm = profile.at(time);
        expected = levelNow + rhythm;
        double residual = value - expected;
        double spread = Math.max(GAUSSIAN_MEAN_ABS_TO_SIGMA * meanAbsResidual, floor(expected));
        double sigma = Math.max(spread, tail / TAIL_TO_SIGMA);
        double score = Math.abs(residual) / sigma;
        learnTail(Math.abs(residual), spread);
        anomalous = n > settings.warmup() && score >= settings.threshold();
        reportedRun = 1;

        double seasonality = dayEnded(time, sigma);
        dayShape.add(time, dayStartProfile.dailyAt(time), value - levelNow - (rhythm - profile.dailyAt(time)));
        double learned = anomalous ? Math.copySign(Math.min(Math.abs(residual), settings.threshold() * sigma), residual) * 0.25 : residual;
        learn(time, dt, levelNow, learned);
        if (seasonality > 0) {
            anomalous = true;
            kind = AnomalyKind.SEASONALITY;
            score = Math.max(score, seasonality);
            relearnUntil = time + SeasonalProfile.DAY;
            run = 0;
        } else if (anomalous) {
            classifyRun(time, residual, value - rhythm);
        } else {
            run = 0;
        }
        return score;
    }

    private void learn(long time, double dt, double levelNow, double residual) {
        boolean warm = n <= settings.warmup();
        // level and deviation average every point until their time constant's worth has been
        // seen, then over that time: at a 2 s interval 12 h is 21,600 points, and averages that
        // stopped after the warm-up kept what the series' first minute showed (an agent's own
        // start) for hours, the level and the deviation both
        double levelRate = Math.max(1.0 / n, rate(dt, 12 * HOUR, 0.05));
        double boost = time < relearnUntil ? 3 : 1;
        level = levelNow + levelRate * residual;
        profile.learn(time, residual, Math.min(0.5, boost * rate(dt, HOUR, 0.3)));
        dayResiduals += residual;
        dayPoints++;
        // bounded, so a run of large residuals just under the threshold cannot inflate the
        // deviation until a real change no longer stands out; a lasting change still widens it
        double bound = warm ? Double.MAX_VALUE : Math.max(2.5 * meanAbsResidual, floor(levelNow));
        meanAbsResidual += Math.max(1.0 / n, rate(dt, 6 * HOUR, 0.05)) * (Math.min(Math.abs(residual), bound) - meanAbsResidual);
    }

    /**
     * Real series are not Gaussian: an agent's own inventory round lifts a host's CPU for one
     * sample a minute, twelve deviations of the quiet samples between. The mean absolute
     * residual is the quiet samples' spread; the residuals' 98th percentile is the spread of
     * what recurs, and a point must stand out from both. The percentile is estimated online by
     * stochastic approximation (it rises on a residual above it, falls on one below, in steps
     * of the spread, 49 times as far up as down, so it settles where 2 % are above), so an
     * anomaly moves it by one step only.
     */
    private void learnTail(double absResidual, double spread) {
        if (n <= settings.warmup()) {
            // the tail starts at the warm-up's second largest residual: what recurs within the
            // first points is there twice, a one-off start-up (an agent's first sample) is not
            if (absResidual > warmupLargest) {
                tail = warmupLargest;
                warmupLargest = absResidual;
            } else {
                tail = Math.max(tail, absResidual);
            }
            return;
        }
        double step = TAIL_STEP * spread;
        tail = absResidual > tail ? tail + step * TAIL_QUANTILE : Math.max(0, tail - step * (1 - TAIL_QUANTILE));
    }

    /**
     * The least deviation that counts: a ten-thousandth of the level. A gauge that barely moves
     * (a file system's used bytes between two writes) would otherwise learn a deviation of a
     * few kilobytes out of gigabytes and call every log line written an anomaly.
     */
    private static double floor(double level) {
        return 1e-9 + RESOLUTION * Math.abs(level);
    }

    /** 1 - e^(-dt/tau), the share of a new point in an average over tau, at most cap. */
    private static double rate(double dt, double tau, double cap) {
        return Math.min(cap, -Math.expm1(-dt / tau));
    }

    /**
     * At the first point of a new day: the score of a seasonality change if the day before
     * broke a rhythm that had been learned, else 0. The shape's mean moves into the level.
     */
    private double dayEnded(long time, double sigma) {
        if (!dayShape.isNewDay(time)) {
            return 0;
        }
        double score = 0;
        double amplitude = profile.dailyAmplitude();
        if (time - firstTime > RHYTHM_DAYS * SeasonalProfile.DAY && dayShape.points() >= 12 && amplitude > 2 * daySigma) {
            double correlation = dayShape.correlation();
            if (correlation < 0.3) {
                score = Math.max(settings.threshold(), (1 - correlation) * amplitude / daySigma);
            }
        }
        daySigma = sigma;
        // a day's mean residual is what its weekday adds: within the day the shape's errors
        // cancel out, so a weekday learns from whole days only, and not from a day that broke
        // the rhythm or whose level moved (a trend's climb would be that weekday's offset a week later)
        if (dayPoints > 0 && score == 0 && !levelMovedToday) {
            profile.learnWeekday(time - 1, dayResiduals / dayPoints);
        }
        dayResiduals = 0;
        dayPoints = 0;
        levelMovedToday = false;
        level += profile.centre();
        profile.copyDailyInto(dayStartProfile);
        return score;
    }

    /**
     * A run of anomalous points on one side: spikes until it reaches confirm points, then a
     * level shift, or a trend when it is the second such jump the same way soon after the first
     * (the baseline also takes up their slope). Either way the level moves to where the series
     * now is (its value less the rhythm) and the run ends: anchoring on the data, not adding the
     * run's mean residual, keeps a baseline that was moving (a slope) from overshooting.
     */
    private void classifyRun(long time, double residual, double levelNow) {
        int confirm = settings.confirm();
        if (run > 0 && Math.signum(residual) == Math.signum(runResiduals[0])) {
            run++;
        } else {
            run = 1;
            runStart = time;
        }
        kind = AnomalyKind.SPIKE;
        runResiduals[run - 1] = residual;
        if (run < confirm) {
            return;
        }
        double jump = 0;
        for (double r : runResiduals) {
            jump += r / confirm;
        }
        double interval = Math.max(1, time - runStart) / (double) (confirm - 1);
        boolean again = lastJump != 0 && Math.signum(jump) == Math.signum(lastJump) && runStart - lastShiftStart <= 12 * confirm * interval;
        if (again) {
            // a second jump the same way soon after the first: the series is moving, not stepping
            kind = AnomalyKind.TREND;
            slope += (lastJump + jump) / (time - lastShiftStart);
            lastShiftStart = Long.MIN_VALUE;
            lastJump = 0;
        } else {
            kind = AnomalyKind.LEVEL_SHIFT;
            lastShiftStart = runStart;
            lastJump = jump;
            if (Math.signum(jump) == -Math.signum(slope)) {
                // a step against the trend ends it (a leak's process exits): a slope kept on
                // would carry the baseline away from every point that follows
                slope = 0;
            }
        }
        level = levelNow;
        levelMovedToday = true;
        reportedRun = confirm;
        run = 0;
    }

    @Override
    public boolean isAnomalous() {
        return anomalous;
    }

    @Override
    public double expected() {
        return expected;
    }

    @Override
    public AnomalyKind kind() {
        return kind;
    }

    @Override
    public int run() {
        return reportedRun;
    }
}
