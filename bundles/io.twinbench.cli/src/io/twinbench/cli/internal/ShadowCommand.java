package io.twinbench.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.twinbench.cli.internal.plan.Passphrase;
import io.twinbench.remedy.trust.ShadowOrder;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.shadow.Divergence;
import io.twinbench.shadow.PlannedTwin;
import io.twinbench.shadow.ReplayGate;
import io.twinbench.shadow.ShadowComparison;
import io.twinbench.shadow.ShadowSessions;
import io.twinbench.shadow.TwinDiagnostics;
import io.twinbench.shadow.TwinReplay;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.sim.image.TwinImageRequests;
import io.twinbench.sim.run.TwinChanges;
import io.twinbench.sim.run.TwinContainers;
import io.twinbench.shadow.ShadowStatus;
import io.twinbench.store.ShadowRecordings;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `twinbench shadow …`: mirror a live endpoint's system calls, packets and HTTP exchanges (an
 * order signed by an approver, which its agent verifies), follow the session, stop it, and export
 * its packets as pcapng. The collector (the workbench or ./twinbench serve) delivers the order.
 */
@Command(name = "shadow", mixinStandardHelpOptions = true,
        description = {"Shadow sessions: mirror a live endpoint's system calls (strace), packets (tcpdump, as pcapng) and HTTP exchanges, sanitised",
                "on the endpoint and within a byte budget, for an analyst to review and replay into the endpoint's twin."})
public final class ShadowCommand implements Runnable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = {"Order a shadow session on an endpoint, signed with an approver's key;",
            "its agent starts it when the collector delivers the order, and ends it by itself at the deadline."})
    int start(@Parameters(paramLabel = "ENDPOINT", description = "The agent id.") String endpoint,
            @Option(names = "--unit", split = ",", paramLabel = "UNIT", description = "systemd units whose processes (and children) are traced.") List<String> units,
            @Option(names = "--name", split = ",", paramLabel = "COMM", description = "Process names (as ps shows them) traced with their children.") List<String> names,
            @Option(names = "--pid", split = ",", paramLabel = "PID", description = "Process ids traced with their children.") List<Integer> pids,
            @Option(names = "--port", split = ",", paramLabel = "PORT", description = "TCP ports whose packets and HTTP exchanges are mirrored.") List<Integer> ports,
            @Option(names = "--capture", split = ",", defaultValue = "syscalls,packets,http", paramLabel = "SOURCE",
                    description = "What to mirror: syscalls, packets, http (default: ${DEFAULT-VALUE}).") List<String> capture,
            @Option(names = "--for", defaultValue = "15m", paramLabel = "DURATION", description = "How long: 90s, 15m, 2h (default ${DEFAULT-VALUE}; at most 24h).") String duration,
            @Option(names = "--budget", defaultValue = "2MiB", paramLabel = "BYTES", description = "Bytes per second the endpoint may send (default ${DEFAULT-VALUE}); what is over is dropped and counted.") String budget,
            @Option(names = "--body", defaultValue = "64KiB", paramLabel = "BYTES", description = "How much of each HTTP body is kept (default ${DEFAULT-VALUE}).") String body,
            @Option(names = "--tls-key-log", paramLabel = "PATH", description = "Where the service writes its TLS key log on the endpoint: the keys go into the pcapng.") String keyLog,
            @Option(names = "--key", required = true, split = ",", paramLabel = "FILE", description = "Approvers' encrypted keys (plan keygen), as many as the root's threshold.") List<Path> keys,
            @Mixin Passphrase passphrase, @Mixin WorkspaceOption workspace) {
        try (TwinStore store = workspace.openStore()) {
            List<SigningKey> signers = passphrase.keys(keys);
            ShadowOrder.Scope scope = new ShadowOrder.Scope(list(units), list(names), list(pids), list(ports));
            ShadowRecordings.Session session = sessions(store, workspace).start(new ShadowSessions.Request(endpoint, scope, capture, duration(duration),
                    bytes(budget, "--budget"), (int) bytes(body, "--body"), keyLog), signers, System.getProperty("user.name"));
            out().println("shadow session " + session.id() + " on " + endpoint + " ordered until " + TIME.format(session.expires())
                    + "; its agent starts it when the collector (the workbench or ./twinbench serve) delivers the order");
            out().println("follow it with ./twinbench shadow status " + session.id());
            return 0;
        } catch (IOException | TrustException | IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "A session's state, what the endpoint can capture, and what was captured, sent, dropped and recorded; without SESSION, every session.")
    int status(@Parameters(paramLabel = "SESSION", arity = "0..1") String id, @Option(names = "--endpoint", paramLabel = "ID") String endpoint,
            @Mixin WorkspaceOption workspace) {
        try (TwinStore store = workspace.openStore()) {
            ShadowSessions sessions = sessions(store, workspace);
            PrintWriter out = out();
            if (id == null) {
                List<ShadowRecordings.Session> all = sessions.sessions(endpoint);
                if (all.isEmpty()) {
                    out.println("no shadow session: start one with ./twinbench shadow start ENDPOINT --name PROCESS --port PORT --key FILE");
                }
                for (ShadowRecordings.Session s : all) {
                    out.printf("%-28s %-20s %-10s until %s  %s%n", s.id(), s.endpointId(), s.state(), TIME.format(s.expires()), s.scope());
                }
                return 0;
            }
            ShadowStatus status = sessions.status(id);
            ShadowRecordings.Session s = status.session();
            out.printf("%s on %s: %s%s%n", s.id(), s.endpointId(), s.state(), s.detail() == null ? "" : " (" + s.detail() + ")");
            out.printf("  scope %s; ordered %s by %s, until %s%s%n", s.scope(), TIME.format(s.created()), s.createdBy(), TIME.format(s.expires()),
                    s.ended() == null ? "" : ", ended " + TIME.format(s.ended()));
            if (s.stopReason() != null) {
                out.println("  stop: " + s.stopReason());
            }
            for (ShadowStatus.Capability c : status.capabilities()) {
                out.printf("  %-9s %s: %s%n", c.source(), c.available() ? "captured" : "NOT CAPTURED", c.detail());
            }
            for (ShadowStatus.SourceCount c : status.counts()) {
                out.printf("  %-9s captured %,d (%s), sent %,d (%s), dropped %,d (%s)%n", c.source(), c.captured(), TwinImageCommands.size(c.capturedBytes()), c.sent(),
                        TwinImageCommands.size(c.sentBytes()), c.dropped(), TwinImageCommands.size(c.droppedBytes()));
            }
            out.printf("  recorded: live %,d system calls, %,d HTTP exchanges, %,d packets; twin %,d system calls, %,d HTTP exchanges%n",
                    status.live().syscalls(), status.live().exchanges(), status.live().packets(), status.twin().syscalls(), status.twin().exchanges());
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop a session before its deadline (its agent hears of it on its channel).")
    int stop(@Parameters(paramLabel = "SESSION") String id, @Option(names = "--reason", paramLabel = "TEXT") String reason,
            @Mixin WorkspaceOption workspace) {
        try (TwinStore store = workspace.openStore()) {
            boolean stopped = sessions(store, workspace).stop(id, reason);
            out().println(stopped ? "shadow session " + id + ": stop ordered" : "shadow session " + id + " is over already");
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true, description = {"Replay a session's live HTTP requests into a fresh twin of the endpoint",
            "(no network, no privileges, read-only root), tracing the twin's system calls; then compare with ./twinbench shadow diff."})
    int replay(@Parameters(paramLabel = "SESSION") String id,
            @Option(names = "--twin", paramLabel = "ID", description = "Whose newest twin image to run (default: the session's endpoint).") String twinId,
            @Option(names = "--speed", defaultValue = "1", paramLabel = "X", description = "1 as recorded (default), 10 ten times faster, 0 as fast as the twin answers.") double speed,
            @Option(names = "--edit", paramLabel = "PATH=FILE", description = "Replace a file of the twin with a file here, to see whether a divergence goes (repeatable).") Map<String, Path> edits,
            @Option(names = "--plan", paramLabel = "PLAN", description = {"A workspace plan (a draft, say) applied to the twin by the agent's code before the replay:",
                    "does the divergence go once it is applied?"}) String planId,
            @Option(names = "--agent-jar", paramLabel = "FILE", defaultValue = "${env:TWINBENCH_AGENT_JAR}", description = "The agent jar whose code applies --plan.") Path agentJar,
            @Option(names = "--diagnose", paramLabel = "COMMAND", description = {"A diagnostic command run in the twin once every request was replayed (repeatable;",
                    "cat, ls, stat, grep, find, ps and the like, no shell)."}) List<String> diagnose,
            @Mixin DockerOption docker, @Mixin WorkspaceOption workspace) {
        try (TwinStore store = workspace.openStore(); TwinContainers containers = new TwinContainers(docker.engine(), Clock.systemUTC())) {
            ShadowRecordings.Session session = sessions(store, workspace).requireSession(id);
            String twin = twinId == null ? session.endpointId() : twinId;
            List<TwinImage> images = new TwinImageRegistry(docker.engine(), Clock.systemUTC()).list().stream().filter(i -> i.twinId().equals(twin)).toList();
            if (images.isEmpty()) {
                spec.commandLine().getErr().println("no image of twin '" + twin + "': build one with ./twinbench image build --twin " + twin + " ROOT");
                return 1;
            }
            TwinChanges changes = edits == null || edits.isEmpty() ? TwinChanges.NONE : new TwinChanges(0, edits, java.util.Set.of());
            PrintWriter out = out();
            out.println("replaying shadow session " + id + " into a twin of " + images.get(0).reference() + " …");
            for (String command : list(diagnose)) {
                TwinDiagnostics.parse(command); // refused before the twin starts
            }
            TwinReplay.Progress diagnostics = new TwinReplay.Progress() {
                @Override
                public void replayed(int done, int total, long lastSeq) {
                }

                @Override
                public void replayDone(String container) {
                    for (String command : list(diagnose)) {
                        try {
                            TwinContainers.Executed ran = TwinDiagnostics.run(containers, container, command);
                            out.println("$ " + command + (ran.exitCode() == 0 ? "" : "   (exit " + ran.exitCode() + ")"));
                            out.print(ran.output()); // the terminal-safe writer escapes what the twin printed
                        } catch (IOException e) {
                            out.println("$ " + command + ": " + e.getMessage());
                        }
                    }
                }
            };
            TwinImage image = images.get(0);
            PlannedTwin plans = new PlannedTwin(docker.engine(), Clock.systemUTC(), agentJar, Path.of(System.getProperty("java.home")));
            TwinImage planned = null;
            if (planId != null) {
                try {
                    io.twinbench.remedy.plan.Plan plan = workspace.plans(store).plan(planId);
                    planned = plans.apply(twin, plan, workspace.plans(store).artifacts(plan));
                } catch (io.twinbench.remedy.plan.PlanFormatException e) {
                    spec.commandLine().getErr().println(e.getMessage());
                    return 1;
                }
                out.println("plan " + planId + " applied to a twin of " + twin + " by the agent's code; replaying into it");
                image = planned;
            }
            TwinReplay.Outcome outcome;
            try {
                outcome = new TwinReplay(containers, store, Clock.systemUTC(), TwinReplay.hostStrace()).run(id, image,
                        io.twinbench.policy.service.PolicyTwinLimits.apply(store, TwinImageRequests.limitsOnThisMachine(store.snapshots().latest(twin).orElse(null))),
                        TwinReplay.Options.AS_RECORDED.withSpeed(speed).withChanges(changes), new ReplayGate(false), diagnostics, () -> false);
            } finally {
                if (planned != null) {
                    plans.discard(planned);
                }
            }
            out.println(outcome.summary());
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true, description = "Live against twin, request by request: divergences ranked, findings (programs run, files written, connections made only live) first.")
    int diff(@Parameters(paramLabel = "SESSION") String id, @Option(names = "--all", description = "Every divergence, not only the first 30.") boolean all,
            @Mixin WorkspaceOption workspace) {
        try (TwinStore store = workspace.openStore()) {
            ShadowComparison.Result result = sessions(store, workspace).compare(id);
            PrintWriter out = out();
            String replay = store.shadows().replay(id);
            if (replay == null) {
                spec.commandLine().getErr().println("shadow session " + id + " was not replayed into a twin yet: ./twinbench shadow replay " + id);
                return 1;
            }
            out.println(replay);
            out.printf("%,d request(s): %,d matched, %,d unanswered by the twin; %,d divergence(s), %,d finding(s)%n", result.requests(), result.matched(),
                    result.unanswered(), result.divergences().size(), result.findings());
            int shown = 0;
            for (Divergence d : result.divergences()) {
                if (!all && shown++ >= 30) {
                    out.println("… and " + (result.divergences().size() - 30) + " more (--all)");
                    break;
                }
                out.printf("%-8s %-7s %s (%s)%n", d.severity(), d.kind(), d.what(), d.requestsText());
                for (int i = 0; i < d.live().size(); i++) {
                    out.println("    live: " + d.live().get(i));
                    out.println("    twin: " + d.twin().get(i));
                }
            }
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write a session's packets as pcapng (TLS keys included, for Wireshark or tshark).")
    int export(@Parameters(paramLabel = "SESSION") String id, @Option(names = "--pcapng", required = true, paramLabel = "FILE") Path file,
            @Mixin WorkspaceOption workspace) {
        try (TwinStore store = workspace.openStore(); OutputStream out = Files.newOutputStream(file)) {
            long bytes = sessions(store, workspace).exportPcapng(id, out);
            out().println(bytes == 0 ? "shadow session " + id + " recorded no packets: " + file + " is empty"
                    : "wrote " + TwinImageCommands.size(bytes) + " of pcapng to " + file);
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    private static ShadowSessions sessions(TwinStore store, WorkspaceOption workspace) {
        var plans = workspace.plans(store);
        return new ShadowSessions(store, plans::trustRoot, Clock.systemUTC());
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private static <T> List<T> list(List<T> given) {
        return given == null ? List.of() : given;
    }

    static Duration duration(String text) {
        Matcher m = Pattern.compile("(\\d{1,6})(s|m|h)").matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("--for " + text + " is not a duration such as 90s, 15m or 2h");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    static long bytes(String text, String option) {
        Matcher m = Pattern.compile("(\\d{1,9})\\s*(B|KiB|MiB|GiB|k|K|M|G)?").matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(option + " " + text + " is not a size such as 512KiB or 2MiB");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        return switch (unit) {
            case "KIB", "K" -> n << 10;
            case "MIB", "M" -> n << 20;
            case "GIB", "G" -> n << 30;
            default -> n;
        };
    }

}
