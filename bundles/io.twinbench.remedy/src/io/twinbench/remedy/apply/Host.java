package io.twinbench.remedy.apply;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The machine a plan changes: its file tree (under {@link #root()}, "/" on an endpoint) and the
 * fixed programs the steps run (systemctl, dpkg, …), always as an argument vector, never through
 * a shell.
 */
public interface Host {

    Path root();

    CommandResult run(List<String> argv, Duration timeout) throws IOException;

    /** An absolute path of the endpoint as a path on this machine. */
    default Path file(String absolute) {
        return root().resolve(absolute.substring(1));
    }

    /** A path on this machine as the endpoint's commands see it (the same on an endpoint; inside the root for a chroot). */
    default String endpointPath(Path local) {
        Path absolute = local.toAbsolutePath().normalize();
        Path root = root().toAbsolutePath().normalize();
        return absolute.startsWith(root) ? "/" + root.relativize(absolute) : absolute.toString();
    }

    record CommandResult(int exitCode, String output) {
        public boolean ok() {
            return exitCode == 0;
        }
    }
}
