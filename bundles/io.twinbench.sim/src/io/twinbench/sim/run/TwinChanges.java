package io.twinbench.sim.run;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a twin run changes on the endpoint's configuration without a new image, as a
 * recommendation is checked: a limit on the processes of unprivileged accounts (RLIMIT_NPROC, as
 * pam_limits sets it at login; 0 for none), files of this machine mounted read-only over the
 * image's, by the path in the twin, and services its entry point leaves out, as if disabled.
 */
public record TwinChanges(int accountProcesses, Map<String, Path> files, java.util.Set<String> disabledServices) {

    public static final TwinChanges NONE = new TwinChanges(0, Map.of(), java.util.Set.of());

    public TwinChanges {
        files = Map.copyOf(files);
        disabledServices = java.util.Set.copyOf(disabledServices);
    }
}
