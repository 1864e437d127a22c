package io.twinbench.sim.docker;

/**
 * What the workbench knows about the Docker engine: either reachable with its figures,
 * or not, with the reason in words an analyst can act on.
 */
public record DockerEngineStatus(String endpoint, boolean reachable, String version, String apiVersion,
        int containers, int runningContainers, int images, String problem, String userNamespace) {

    public static DockerEngineStatus unreachable(String endpoint, String problem) {
        return new DockerEngineStatus(endpoint, false, null, null, 0, 0, 0, problem, null);
    }

    public String summary() {
        if (!reachable) {
            return "Docker engine not reachable at " + endpoint + ": " + problem;
        }
        return "Docker " + version + " (API " + apiVersion + ") at " + endpoint + ": " + runningContainers + " of "
                + containers + " containers running, " + images + " images; twins run in "
                + (userNamespace != null ? userNamespace : "no user namespace (start dockerd with --userns-remap=default)");
    }
}
