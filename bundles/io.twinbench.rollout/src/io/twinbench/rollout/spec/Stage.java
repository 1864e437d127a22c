package io.twinbench.rollout.spec;

import java.time.Duration;

/**
 * One stage after the twins: a canary or a wave, reaching a cumulative amount of the targets,
 * then baking before the analysis decides.
 */
public record Stage(Kind kind, Amount reach, Duration bake) {

    public enum Kind {
        CANARY, WAVE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
