package io.twinbench.analysis;

/** What kind of departure from the baseline a detector saw; the label of an anomaly. */
public enum AnomalyKind {
    /** One or a few points far from the baseline, which then returns. */
    SPIKE,
    /** The series settles at a new level and stays there. */
    LEVEL_SHIFT,
    /** The series moves away from the baseline faster than the drift the baseline follows. */
    TREND,
    /** A day whose shape the learned daily rhythm no longer explains. */
    SEASONALITY;

    /** The label in files: lower case with dashes, e.g. level-shift. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The kind a label names; an IllegalArgumentException saying "not one of [labels]" when it names none. */
    public static AnomalyKind ofLabel(String label) {
        for (AnomalyKind kind : values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not one of " + java.util.Arrays.stream(values()).map(AnomalyKind::label).toList());
    }
}
