package io.twinbench.analysis.predict;

import java.util.Locale;

/**
 * A predicted failure of one element: what fails, when (epoch ms), how well the model fits
 * (0 to 1: the trend's R² held down by its error on history it did not train on; a measure of
 * fit, not a probability, and 1 for what the drive or service manager states outright), the rate it saw per hour (growth in the metric's unit, or restarts for a crash
 * loop), and how far off it was on the held-out part of the history after training on the rest
 * (mean absolute error in the metric's unit, or minutes of the last gap between restarts; for
 * failing sectors, how many there are now).
 */
public record Forecast(String elementId, String failureMode, long expectedAt, double fit, double growthPerHour,
        double heldOutError, int trainingPoints) {

    /** What the prediction rests on, in words: "growing 1.2 GiB per hour (held-out error 31 MiB)". */
    public String basis() {
        return switch (failureMode) {
            case FailurePredictions.CRASH_LOOP -> String.format(Locale.ROOT,
                    "%.1f restarts per hour, the gaps between them shrinking (held-out error %.1f min)", growthPerHour, heldOutError);
            case FailurePredictions.DISK_FAILING -> "the drive's SMART self-assessment failed";
            case FailurePredictions.SECTORS_FAILING -> String.format(Locale.ROOT,
                    "SMART: %.0f sectors failing (reallocated, pending or uncorrectable), %.2g more per hour", heldOutError, growthPerHour);
            case FailurePredictions.DISK_FAILURE -> String.format(Locale.ROOT,
                    "SMART: its margin above the failure threshold falls %.3g per hour (held-out error %.2g)", growthPerHour, heldOutError);
            case FailurePredictions.DISK_WORN_OUT -> String.format(Locale.ROOT,
                    "SMART: %.3g %% of its rated endurance used per hour (held-out error %.2g %%)", growthPerHour, heldOutError);
            default -> "growing " + bytes(growthPerHour) + " per hour (held-out error " + bytes(heldOutError) + ")";
        };
    }

    private static String bytes(double value) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int unit = 0;
        double v = value;
        while (Math.abs(v) >= 1024 && unit < units.length - 1) {
            v /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, unit == 0 ? "%.0f %s" : "%.1f %s", v, units[unit]);
    }
}
