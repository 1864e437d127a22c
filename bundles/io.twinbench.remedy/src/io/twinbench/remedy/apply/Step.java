package io.twinbench.remedy.apply;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import io.twinbench.remedy.plan.Action;

/**
 * The one implementation of a kind of action, used alike by the twin run and by the agent.
 * {@link #prepare} records the exact inverse (and keeps under {@code backups} whatever the action
 * will replace) before anything changes; {@link #undo} applies such an inverse, also after a
 * crash, so it must hold whether or not {@link #apply} ran.
 */
interface Step<A extends Action> {

    Map<String, Object> prepare(A action, Path backups, String name) throws IOException, StepException;

    void apply(A action) throws IOException, StepException;

    void undo(Map<String, Object> inverse, Path backups) throws IOException, StepException;
}
