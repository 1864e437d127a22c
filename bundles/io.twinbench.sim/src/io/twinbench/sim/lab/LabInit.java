package io.twinbench.sim.lab;

import java.util.List;

/**
 * The lab endpoint's entry point: starts its services with Debian's own scripts (as a plan's
 * service steps will restart them), then runs the real agent and starts it again whenever it
 * ends, as its systemd unit would (Restart=always), so an agent killed mid-plan comes back and
 * finds its journal.
 */
final class LabInit {

    static final String READY = "twinbench-lab: services started";

    private LabInit() {
    }

    /** launcher: the agent's start script as its systemd unit runs it (JVM options, class-data archive), or null for plain java -jar. */
    static String render(List<String> services, String java, String launcher, String agentJar, int relayPort, int intervalSeconds) {
        StringBuilder sh = new StringBuilder("#!/bin/sh\n# Written by Twinbench: a lab endpoint's services, then its agent, restarted whenever it ends.\n");
        for (String service : services) {
            sh.append("service ").append(service).append(" start || echo \"twinbench-lab: ").append(service).append(" did not start\"\n");
        }
        sh.append("echo '").append(READY).append("'\n")
                .append("while true; do\n")
                .append(launcher != null ? "  JAVA=\"" + java + "\" \"" + launcher + "\"" : "  \"" + java + "\" -Xmx48m -XX:+UseSerialGC -jar \"" + agentJar + "\"")
                .append(" --server 127.0.0.1:")
                .append(relayPort).append(" --state /var/lib/twinbench-agent --agent-id \"$TWINBENCH_AGENT_ID\" --token \"$TWINBENCH_TOKEN\"")
                .append(" --interval ").append(intervalSeconds).append(" --inventory-interval 30 --smart-interval 0 --auth-log none --journal none")
                .append(" --audit-log none")
                // the web server's error log is the lab's application log: what a rollout's analysis counts as error lines
                .append(services.contains("lighttpd") ? " --log /var/log/lighttpd/error.log\n" : "\n")
                .append("  echo \"twinbench-lab: the agent ended ($?); starting it again\"\n")
                .append("  sleep 1\n")
                .append("done\n");
        return sh.toString();
    }
}
