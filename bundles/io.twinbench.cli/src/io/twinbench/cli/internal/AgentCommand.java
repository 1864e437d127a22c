package io.twinbench.cli.internal;

import java.io.PrintWriter;
import java.time.Instant;

import io.twinbench.store.AgentRecord;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench agent ...`: the enrolled agents and their trust. */
@Command(name = "agent", mixinStandardHelpOptions = true, description = "List enrolled agents, show one's trust audit, revoke one.")
public final class AgentCommand {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List enrolled agents.")
    int list() {
        try (TwinStore store = workspace.openStore()) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-32s %-24s %-22s %-8s %-24s %-10s %s%n", "AGENT", "HOST", "CERTIFICATE UNTIL", "FRAMES", "LAST SEEN", "STATE", "ATTENTION");
            java.util.Map<String, io.twinbench.store.AgentActivity> activity = new java.util.HashMap<>();
            store.agentStreams().activity().forEach(a -> activity.put(a.id(), a));
            for (AgentRecord a : store.enrollments().agents()) {
                io.twinbench.store.AgentActivity seen = activity.get(a.id());
                String attention = seen == null ? "" : io.twinbench.protocol.Printable.of(
                        java.util.stream.Stream.of(seen.notes().replace('\n', ';'), seen.refused().describe()).filter(x -> !x.isEmpty())
                                .collect(java.util.stream.Collectors.joining("; ")));
                out.printf("%-32s %-24s %-22s %-8d %-24s %-10s %s%n", a.id(), io.twinbench.protocol.Printable.of(a.hostname()),
                        a.certificateNotAfter(), seen == null ? 0 : seen.lastSeq(), seen == null || seen.lastSeen() == null ? "never" : seen.lastSeen(),
                        a.isRevoked() ? "revoked" : "trusted", attention);
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "audit", mixinStandardHelpOptions = true, description = "What was decided about an agent's trust, and when.")
    int audit(@Parameters(paramLabel = "AGENT") String id) {
        try (TwinStore store = workspace.openStore()) {
            PrintWriter out = spec.commandLine().getOut();
            var entries = store.enrollments().audit(id);
            if (entries.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no audit for agent '" + io.twinbench.protocol.Printable.of(id) + "' (see: twinbench agent list)");
            }
            for (var entry : entries) {
                out.printf("%-30s %-20s %s%n", entry.at(), entry.action(), io.twinbench.protocol.Printable.of(entry.detail()));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Stop trusting an agent's certificate.")
    int revoke(@Parameters(paramLabel = "AGENT") String id) {
        try (TwinStore store = workspace.openStore()) {
            if (!store.enrollments().revoke(id, Instant.now())) {
                throw new ParameterException(spec.commandLine(), "no trusted agent '" + id + "' (see: twinbench agent list)");
            }
            spec.commandLine().getOut().println("revoked " + id);
            return 0;
        }
    }
}
