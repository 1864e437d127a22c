package io.twinbench.sim.run;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a twin run changes on the endpoint's configuration without a new image, as a
 * recommendation is checked: a limit on the processes of unprivileged accounts (RLIMIT_NPROC, as
 * pam_limits sets it at login; 0 for none), and files of this machine mounted read-only over the
 * image's, by the path in the twin.
 */
public record TwinChanges(int accountProcesses, Map<String, Path> files) {

    public static final TwinChanges NONE = new TwinChanges(0, Map.of());

    public TwinChanges {
        files = Map.copyOf(files);
    }
}
