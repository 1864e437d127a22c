package io.twinbench.rollout.analysis;

/** What one measurement of a metric came to, or a whole metric once its measurements are in. */
public enum Outcome {
    SUCCESSFUL, FAILED, INCONCLUSIVE, RUNNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Outcome of(String label) {
        return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
}
