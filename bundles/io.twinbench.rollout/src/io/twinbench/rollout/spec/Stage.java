package io.twinbench.rollout.spec;

import java.time.Duration;

/**
 * One stage after the twins: a canary or a wave, reaching a cumulative amount of the targets,
 * then baking before the analysis decides; or an A/B stage, where reach is the size of each arm.
 */
public record Stage(Kind kind, Amount reach, Duration bake) {

    public enum Kind {
        CANARY, WAVE, AB;

        public String label() {
            return this == AB ? "A/B" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
