package io.twinbench.sim.docker;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.dockerjava.api.model.Info;

/**
 * Whether an engine runs containers in a user namespace (dockerd --userns-remap), and which
 * user of this machine a container's root then is: the engine keeps its data under
 * DOCKER_ROOT/UID.GID of the remapped root. Without one, root in a twin is root here, held back
 * only by the capabilities it was left.
 */
public record UserNamespace(long rootUid, long rootGid) {

    private static final Pattern REMAPPED = Pattern.compile(".*/(\\d+)\\.(\\d+)/?$");

    /** The engine's user namespace as its info tells, or empty when it maps none. */
    public static Optional<UserNamespace> of(Info info) {
        List<String> options = info.getSecurityOptions() == null ? List.of() : info.getSecurityOptions();
        if (options.stream().noneMatch(o -> o.equals("name=userns") || o.startsWith("name=userns,"))) {
            return Optional.empty();
        }
        Matcher m = REMAPPED.matcher(String.valueOf(info.getDockerRootDir()));
        return m.matches() ? Optional.of(new UserNamespace(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))))
                : Optional.of(new UserNamespace(-1, -1));
    }

    public String describe() {
        return rootUid < 0 ? "a user namespace" : "a user namespace (root in a twin is uid " + rootUid + " here)";
    }
}
