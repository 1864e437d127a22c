package io.twinbench.rollout.spec;

import io.twinbench.remedy.plan.DocumentFormatException;

/** A rollout spec that cannot be read, with where: file, line (0 when unknown) and field path. */
public final class RolloutSpecException extends DocumentFormatException {

    private static final long serialVersionUID = 1L;

    public RolloutSpecException(String file, int line, String field, String problem) {
        super(file, line, field, problem);
    }
}
