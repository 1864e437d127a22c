package io.twinbench.rollout.analysis;

/** A measurement's outcome and why, in words the rollout's report can show. */
public record Judgement(Outcome outcome, String detail) {
}
