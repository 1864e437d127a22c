package io.twinbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.twinbench.analysis.Detectors;
import io.twinbench.analysis.PointDetector;

/**
 * The rarity detector on series shapes unlike this machine's: twenty days at one point a
 * minute, an anomaly on day 15. Each shape is one the seasonal detector gets wrong (it alarms
 * hundreds of times, or misses the anomaly), checked here beside it so that the contrast is
 * measured, not remembered.
 */
class RarityDetectorTest {

    private static final long START = 1_767_225_600_000L;
    private static final long MINUTE = 60_000;
    private static final int POINTS = 20 * 1440;
    private static final int ANOMALY = 15 * 1440;
    /** Alarms in the first three days are the learning's; both detectors are judged after them. */
    private static final int JUDGED_FROM = 3 * 1440;

    /** What a detector raised on a shape: whether within an hour of the anomaly, and how often elsewhere. */
    private record Verdict(boolean found, List<Integer> falseAlarms) {
    }

    private interface Shape {
        double at(int i, Random random, double[] state);
    }

    private static Verdict run(Detectors detectors, Shape shape) {
        PointDetector detector = detectors.create();
        Random random = new Random(7);
        double[] state = new double[1];
        boolean found = false;
        List<Integer> falseAlarms = new ArrayList<>();
        for (int i = 0; i < POINTS; i++) {
            detector.observe(START + i * MINUTE, shape.at(i, random, state));
            if (detector.isAnomalous() && i >= JUDGED_FROM) {
                if (i >= ANOMALY && i < ANOMALY + 60) {
                    found = true;
                } else {
                    falseAlarms.add(i);
                }
            }
        }
        return new Verdict(found, falseAlarms);
    }

    /** An error counter: nought, 1 in 4 % of minutes, 3 to 5 in half a percent; then 40. */
    @Test
    void sparseSpikesAlarmOnlyOnTheOneThatIsRare() {
        Shape errors = (i, r, s) -> {
            double u = r.nextDouble();
            return i == ANOMALY ? 40 : u < 0.005 ? 3 + r.nextInt(3) : u < 0.04 ? 1 : 0;
        };
        Verdict rarity = run(Detectors.RARITY, errors);
        Verdict seasonal = run(Detectors.SEASONAL, errors);
        assertTrue(rarity.found(), "the 40 errors were not raised");
        assertEquals(List.of(), rarity.falseAlarms(), "the usual 1 to 5 errors alarmed");
        assertTrue(seasonal.falseAlarms().size() > 100, "the seasonal detector alarmed only " + seasonal.falseAlarms().size() + " times");
    }

    /** A cumulative counter of bytes at about 1,000 a minute, five times that for ten minutes. */
    @Test
    void aCounterIsJudgedByItsRate() {
        Shape bytes = (i, r, s) -> {
            s[0] += Math.max(0, 1000 + 100 * r.nextGaussian() + (i >= ANOMALY && i < ANOMALY + 10 ? 5000 : 0));
            return s[0];
        };
        Verdict rarity = run(Detectors.RARITY, bytes);
        assertTrue(rarity.found(), "the burst was not raised");
        assertEquals(List.of(), rarity.falseAlarms());
        assertTrue(!run(Detectors.SEASONAL, bytes).found(), "the seasonal detector found the burst in the counter's value");
    }

    /** A counter that restarts from nought every five days: a restart is not an anomaly. */
    @Test
    void aCounterResetIsNotAnAnomaly() {
        Shape restarting = (i, r, s) -> {
            s[0] = i % (5 * 1440) == 0 ? 0 : s[0] + Math.max(0, 1000 + 100 * r.nextGaussian());
            return s[0];
        };
        assertEquals(List.of(), run(Detectors.RARITY, restarting).falseAlarms());
    }

    /** A series with no rhythm that wanders (each minute 0.995 of the last deviation plus noise), then jumps by 40. */
    @Test
    void aWanderingSeriesWithoutRhythm() {
        Shape wandering = (i, r, s) -> {
            s[0] = 0.995 * s[0] + r.nextGaussian();
            return 100 + s[0] + (i == ANOMALY ? 40 : 0);
        };
        Verdict rarity = run(Detectors.RARITY, wandering);
        assertTrue(rarity.found(), "the jump was not raised");
        assertEquals(List.of(), rarity.falseAlarms());
        assertTrue(!run(Detectors.SEASONAL, wandering).found(), "the seasonal detector found the jump");
    }

    /** A step of ten deviations that stays: raised once, then the new normal. */
    @Test
    void aStepThatStaysAlarmsOnce() {
        Verdict rarity = run(Detectors.RARITY, (i, r, s) -> 100 + 3 * r.nextGaussian() + (i >= ANOMALY ? 30 : 0));
        assertTrue(rarity.found(), "the step was not raised");
        assertEquals(List.of(), rarity.falseAlarms());
    }

    /** An hour of load ten deviations up and unsteady: one event, one alarm. */
    @Test
    void anHourLongEventAlarmsOnce() {
        Shape load = (i, r, s) -> 10 + r.nextGaussian() + (i >= ANOMALY && i < ANOMALY + 60 ? 10 + 3 * r.nextGaussian() : 0);
        Verdict rarity = run(Detectors.RARITY, load);
        assertTrue(rarity.found());
        assertEquals(List.of(), rarity.falseAlarms(), "the event alarmed again after its first hour");
        assertTrue(run(Detectors.SEASONAL, load).falseAlarms().size() > 1, "the seasonal detector alarmed once");
    }

    /** A sensor drifting by 0.7 a day under noise of 0.2: the drift is normal, a jump of 15 deviations is not. */
    @Test
    void aDriftingSensor() {
        Verdict rarity = run(Detectors.RARITY, (i, r, s) -> 20 + i * 0.0005 + 0.2 * r.nextGaussian() + (i == ANOMALY ? 3 : 0));
        assertTrue(rarity.found(), "the jump was not raised");
        assertEquals(List.of(), rarity.falseAlarms());
    }

    /** Noise with heavy tails (Student's t, two degrees of freedom): its tails are not anomalies. */
    @Test
    void heavyTailedNoiseAlarmsRarely() {
        Shape noisy = (i, r, s) -> {
            double chi = (Math.pow(r.nextGaussian(), 2) + Math.pow(r.nextGaussian(), 2)) / 2;
            return 50 + 2 * r.nextGaussian() / Math.sqrt(Math.max(1e-3, chi));
        };
        int rarity = run(Detectors.RARITY, noisy).falseAlarms().size();
        int seasonal = run(Detectors.SEASONAL, noisy).falseAlarms().size();
        assertTrue(rarity <= 8 && seasonal > 10 * rarity, "rarity alarmed " + rarity + " times, seasonal " + seasonal);
    }
}
