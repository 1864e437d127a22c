package io.twinbench.analysis;

/**
 * Twinbench's default detector, made to hold on series unlike this machine's (noisy, sparse,
 * counters, drifting, without rhythm): a point is anomalous when surprises as large as its own
 * are rarer, in this series' own history, than once in so many days. The surprises are how far
 * the point is from the seasonal baseline (SeasonalDetector's score), how large its change from
 * the point before is against the series' usual change, and, when the seasonal detector
 * confirms a level shift or trend, the weakest point of that run. Each is judged against
 * the series' own record of them (SurpriseHistogram) rather than against a Gaussian, so a
 * noisy series, a counter of rare errors, a sensor that drifts and a quiet gauge each get a
 * threshold of their own, while the threshold itself says the same thing on all of them. A
 * cumulative counter is judged by its rate. Points that alarm within an hour (or thirty
 * intervals, if sooner) of the last alarming point are one event and alarm once, unless ten
 * times rarer.
 *
 * On a series' first day the seasonal detector's verdict stands; after it, nothing alarms until
 * the history is long enough to tell the threshold's rarity (half its days).
 */
public final class RarityDetector implements PointDetector {

    /**
     * threshold: log10 of the days between surprises this large, from which a point is
     * anomalous (1: rarer than once in ten days); memoryDays: the time constant over which
     * the record of surprises forgets; eventMillis: how long after an alarming point the next
     * belongs to the same event.
     */
    public record Settings(double threshold, double memoryDays, long eventMillis) {
        public Settings {
            if (memoryDays <= 0 || eventMillis < 0) {
                throw new IllegalArgumentException("memoryDays > 0 and eventMillis >= 0, not " + memoryDays + ", " + eventMillis);
            }
        }

        public static Settings defaults() {
            return new Settings(1.0, 90, 3_600_000L);
        }

        public Settings withThreshold(double other) {
            return new Settings(other, memoryDays, eventMillis);
        }
    }

    static final double DAY = 86_400_000;
    /** Points seen before the series is taken for a gauge or a counter, and before anything can alarm. */
    private static final int DECIDE = 30;

    /** An event ends at most this many intervals after its last alarming point, however short eventMillis would make it. */
    private static final int EVENT_POINTS = 30;

    private final Settings settings;
    private final long[] firstTimes = new long[DECIDE];
    private final double[] firstValues = new double[DECIDE];
    private int buffered;
    private boolean decided;
    private boolean counter;
    private double lastRaw;
    private long lastRawTime;
    private Surprises surprises;

    private boolean anomalous;
    private double expected;
    private AnomalyKind kind = AnomalyKind.SPIKE;
    private int run = 1;
    private long eventUntil = Long.MIN_VALUE;
    private double eventScore;

    public RarityDetector(Settings settings) {
        this.settings = settings;
        this.surprises = new Surprises(settings.memoryDays() * DAY);
    }

    @Override
    public double observe(long time, double value) {
        anomalous = false;
        run = 1;
        if (!decided) {
            expected = value;
            firstTimes[buffered] = time;
            firstValues[buffered++] = value;
            if (buffered == DECIDE) {
                decide();
            }
            return 0;
        }
        double score;
        if (counter) {
            double increase = value - lastRaw;
            if (increase < 0 && value >= lastRaw / 2) {
                // a counter does not fall by a little: this series is a gauge that rose for a while
                counter = false;
                surprises = new Surprises(settings.memoryDays() * DAY);
            } else if (increase < 0) {
                // a counter reset (a restart): the rate across it is unknown
                remember(time, value);
                expected = value;
                return 0;
            }
        }
        if (counter) {
            score = surprises.observe(time, perSecond(lastRaw, lastRawTime, value, time));
            expected = lastRaw + surprises.seasonal.expected() * Math.max(1, time - lastRawTime) / 1000;
        } else {
            score = surprises.observe(time, value);
            expected = surprises.seasonal.expected();
        }
        remember(time, value);
        judge(time, score);
        surprises.learn(time);
        return score;
    }

    private void remember(long time, double value) {
        lastRaw = value;
        lastRawTime = time;
    }

    /**
     * A counter only rises (all of the first points' changes are 0 or more, most of them more)
     * and is judged by its rate: by its value a counter is a trend that never settles.
     */
    private void decide() {
        int rises = 0;
        boolean falls = false;
        for (int i = 1; i < DECIDE; i++) {
            double change = firstValues[i] - firstValues[i - 1];
            rises += change > 0 ? 1 : 0;
            falls |= change < 0;
        }
        counter = !falls && rises >= 2 * (DECIDE - 1) / 3;
        decided = true;
        for (int i = counter ? 1 : 0; i < DECIDE; i++) {
            surprises.observe(firstTimes[i], counter ? perSecond(firstValues[i - 1], firstTimes[i - 1], firstValues[i], firstTimes[i]) : firstValues[i]);
            surprises.learn(firstTimes[i]);
        }
        remember(firstTimes[DECIDE - 1], firstValues[DECIDE - 1]);
    }

    /** A counter's rate between two of its values. */
    private static double perSecond(double before, long beforeTime, double value, long time) {
        return (value - before) * 1000 / Math.max(1, time - beforeTime);
    }

    /**
     * Alarms on the first anomalous point of an event, or on one ten times rarer than the
     * event's first. On the series' first day the seasonal detector says what is anomalous; then
     * nothing is until the record can tell the threshold's rarity (Surprises.young); then the
     * rarity does.
     */
    private void judge(long time, double score) {
        SeasonalDetector seasonal = surprises.seasonal;
        boolean over = surprises.firstDay(time) ? seasonal.isAnomalous() : !surprises.young(time, settings.threshold()) && score >= settings.threshold();
        if (!over) {
            return;
        }
        if (time > eventUntil || score >= eventScore + 1) {
            anomalous = true;
            eventScore = score;
            kind = seasonal.isAnomalous() ? seasonal.kind() : AnomalyKind.SPIKE;
            run = seasonal.isAnomalous() ? seasonal.run() : 1;
        }
        eventUntil = time + Math.min(settings.eventMillis(), (long) (EVENT_POINTS * surprises.meanInterval));
    }

    /**
     * The days of history from which a point can be as rare as this threshold asks: half its
     * days, since a new largest surprise counts as half a point above it.
     */
    public static double daysToJudge(double threshold) {
        return Math.pow(10, threshold) / 2;
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
        return run;
    }

    /** The three surprises of the values fed to it (a gauge's values or a counter's rates) and their rarity. */
    private static final class Surprises {
        /** The change's deviation learns over about this many points, and a change counts at most this many times it. */
        private static final double CHANGE_RATE = 0.001;
        private static final double CHANGE_BOUND = 5;

        /**
         * The seasonal detector's first scores are against a deviation not yet learned (often
         * millions of deviations): in the record as they are, they would outrank every real
         * surprise for months; left out, the first ordinary excursions after them would be
         * records. They count as this many deviations.
         */
        private static final double WARM_UP_SCORE = 6;
        /** The seasonal detector's warm-up: the points before its scores mean anything. */
        private static final int WARM_UP = SeasonalDetector.Settings.defaults().warmup();
        final SeasonalDetector seasonal = new SeasonalDetector(SeasonalDetector.Settings.defaults());
        private final SurpriseHistogram residualRarity;
        private final SurpriseHistogram changeRarity;
        private final SurpriseHistogram runRarity;
        /** Points in a row the seasonal detector needs to call a run a level shift or trend. */
        private static final int RUN = SeasonalDetector.Settings.defaults().confirm();
        private final double[] lastResiduals = new double[RUN];
        private double runScore;
        private long n;
        private double previous;
        private long previousTime;
        private double meanAbsChange;
        double meanInterval;
        private double residualScore;
        private long firstTime;
        private double changeScore;

        Surprises(double memoryMillis) {
            residualRarity = new SurpriseHistogram(memoryMillis);
            changeRarity = new SurpriseHistogram(memoryMillis);
            runRarity = new SurpriseHistogram(memoryMillis);
        }

        /**
         * log10 of the days between points as surprising as this one at the series' rate; the
         * point is learned by learn(), once it is known whether it was anomalous.
         */
        double observe(long time, double value) {
            double residual = seasonal.observe(time, value);
            boolean learned = n >= WARM_UP;
            residualScore = learned ? residual : Math.min(residual, WARM_UP_SCORE);
            double rarity = residualRarity.rarity(time, residualScore);
            // a level shift or trend: each of its points may be common, a run of them is not, so
            // when the seasonal detector confirms one, the run's weakest point is a third surprise
            lastResiduals[(int) (n % RUN)] = residualScore;
            boolean confirmed = seasonal.isAnomalous() && (seasonal.kind() == AnomalyKind.LEVEL_SHIFT || seasonal.kind() == AnomalyKind.TREND);
            runScore = 0;
            if (confirmed) {
                runScore = Double.MAX_VALUE;
                for (double r : lastResiduals) {
                    runScore = Math.min(runScore, r);
                }
            }
            rarity = Math.max(rarity, runRarity.rarity(time, runScore));
            changeScore = Double.NaN;
            if (n > 0) {
                double change = Math.abs(value - previous);
                double floor = 1e-9 + 1e-4 * Math.abs(previous);
                changeScore = change / Math.max(meanAbsChange, floor);
                changeScore = learned ? changeScore : Math.min(changeScore, WARM_UP_SCORE);
                rarity = Math.max(rarity, changeRarity.rarity(time, changeScore));
                double bounded = n < 5 ? change : Math.min(change, CHANGE_BOUND * meanAbsChange);
                meanAbsChange += Math.max(1.0 / n, CHANGE_RATE) * (bounded - meanAbsChange);
                double interval = Math.min(DAY, Math.max(1, time - previousTime));
                meanInterval = n == 1 ? interval : meanInterval + 0.01 * (interval - meanInterval);
            }
            if (n == 0) {
                firstTime = time;
            }
            n++;
            previous = value;
            previousTime = time;
            return learned ? Math.max(0, rarity - Math.log10(DAY / meanInterval)) : 0;
        }

        /** Adds the last point's surprises to the record. */
        void learn(long time) {
            residualRarity.learn(time, residualScore);
            runRarity.learn(time, runScore);
            if (!Double.isNaN(changeScore)) {
                changeRarity.learn(time, changeScore);
            }
        }

        /**
         * Whether the history is too short to tell a surprise as rare as the threshold asks
         * (half its days): a new largest surprise is as rare as the record is long, so before
         * that every new largest would alarm, and on real series most new largest are not
         * anomalies.
         */
        boolean young(long time, double threshold) {
            return n < WARM_UP || residualRarity.remembered(time) * meanInterval / DAY < daysToJudge(threshold);
        }

        /**
         * Whether this is the series' first day, when the seasonal detector's verdict stands:
         * a new endpoint, or one of this machine's agents sampled every two seconds, alarms
         * from its first minutes on what stands out by magnitude.
         */
        boolean firstDay(long time) {
            return n < WARM_UP || time - firstTime < DAY;
        }
    }
}
