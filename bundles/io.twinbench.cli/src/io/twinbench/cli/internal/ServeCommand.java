package io.twinbench.cli.internal;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import io.twinbench.ingest.collector.Collector;
import io.twinbench.analysis.Detectors;
import io.twinbench.analysis.live.AnomalyWatch;
import io.twinbench.analysis.live.OnlineDetection;
import io.twinbench.analysis.live.RecentFindings;
import io.twinbench.ingest.collector.CollectorListener;
import io.twinbench.ingest.collector.CollectorTls;
import io.twinbench.ingest.enrol.CertificateAuthority;
import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.ingest.otlp.OtlpReceiver;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench serve`: the agent collector without a window, for a team's server. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the collector headless: agents enrol and stream to it over mutual TLS, into the workspace's store.",
                "Stops cleanly on Ctrl+C or SIGTERM; agents keep their frames and resend them when it is back."})
public final class ServeCommand implements java.util.concurrent.Callable<Integer> {

    /** Kept so the logging configuration is not collected with a weakly held logger. */
    private static final Logger TWINBENCH_LOG = Logger.getLogger("io.twinbench");

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "0.0.0.0",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, every interface).")
    String bind;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7443", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--otlp-port", paramLabel = "PORT", defaultValue = "4318", description = "TCP port of the OTLP/HTTP receiver "
            + "(POST /v1/metrics and /v1/logs, mutual TLS; default: ${DEFAULT-VALUE}; -1 turns it off).")
    int otlpPort;

    @Option(names = "--redact", paramLabel = "FILE", description = "More secret patterns, one regular expression per line "
            + "(group 1 kept), masked in every event before it is stored, besides the built-in ones.")
    java.nio.file.Path redactPatterns;

    @Mixin
    DockerOption docker;

    @Option(names = "--agent-jar", paramLabel = "FILE", defaultValue = "${env:TWINBENCH_AGENT_JAR}",
            description = "The agent jar whose code applies the orchestration loop's plans on their twins.")
    java.nio.file.Path agentJar;

    @Option(names = "--name", paramLabel = "HOST", description = "A name agents use to reach this server, put in its certificate "
            + "(repeatable; localhost and this host's names are always in).")
    List<String> names = new ArrayList<>();

    /**
     * The collector's listener: committed samples go to the anomaly watch, the same detector the
     * workbench runs; changed twins to the policies' follower, as in the workbench.
     */
    private static CollectorListener scoring(AnomalyWatch watch, io.twinbench.policy.service.ComplianceFollower compliance) {
        return new CollectorListener() {
            @Override
            public void samplesStored(String twinId, List<io.twinbench.store.SeriesAppend> appends) {
                watch.submit(twinId, appends);
            }

            @Override
            public void twinUpdated(String agentId, io.twinbench.model.twin.Twin twin) {
                compliance.twinUpdated(twin);
            }
        };
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        logToConsole();
        CertificateAuthority ca = workspace.certificateAuthority();
        List<String> certificateNames = new ArrayList<>(names);
        certificateNames.add(bind);
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        if (otlpPort < -1 || otlpPort > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--otlp-port must be between 0 and 65535, or -1 (off)");
        }
        SecretRedactor redactor;
        try {
            redactor = redactPatterns == null ? SecretRedactor.defaults() : SecretRedactor.withFile(redactPatterns);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--redact: " + e.getMessage());
        }
        CollectorTls tls = CollectorTls.issue(ca, certificateNames);
        Clock clock = Clock.systemUTC();
        io.twinbench.rollout.engine.RolloutDriver rollouts;
        io.twinbench.orchestrate.OrchestrationLoop loop;
        try (TwinStore store = workspace.openStore();
                AnomalyWatch watch = new AnomalyWatch(new OnlineDetection(store, Detectors.DEFAULT, clock), (twin, found) -> { });
                io.twinbench.policy.service.ComplianceFollower compliance = new io.twinbench.policy.service.ComplianceFollower(store, clock,
                        io.twinbench.ingest.twin.CurrentTwins.of(store),
                        changed -> { })) {
            compliance.reevaluate();
            CollectorListener anomalies = scoring(watch, compliance);
            try (Collector collector = new Collector(tls, new Enrollment(ca, store.enrollments(), clock), store, anomalies, clock, redactor,
                    new RecentFindings(store, clock));
                    OtlpReceiver otlp = OtlpReceiver.into(store, tls, new Enrollment(ca, store.enrollments(), clock), anomalies, clock,
                            redactor)) {
                collector.trustRoot(io.twinbench.ingest.collector.TrustRootFile.reader(workspace.trustRootFile()));
                collector.start(new InetSocketAddress(bind, port));
                io.twinbench.rollout.engine.RolloutEngine engine = new io.twinbench.rollout.engine.RolloutEngine(store, clock,
                        (plan, version) -> new io.twinbench.rollout.analysis.StoreMetrics(store, plan, version),
                        new io.twinbench.policy.service.OrchestrationGate(store, io.twinbench.ingest.twin.CurrentTwins.of(store)));
                rollouts = new io.twinbench.rollout.engine.RolloutDriver(engine, java.time.Duration.ofSeconds(1));
                // the loop does nothing until an analyst attaches a scenario to an endpoint (orchestrate add)
                loop = new io.twinbench.orchestrate.OrchestrationLoop(store, workspace.plans(store), engine,
                        new io.twinbench.orchestrate.DockerSimulations(docker.engine(), store, agentJar, java.nio.file.Path.of(System.getProperty("java.home")),
                                clock), clock, workspace.workspace().resolve("reports"),
                        io.twinbench.orchestrate.LoopKey.open(workspace.workspace().resolve(".twinbench/loop"))).start(java.time.Duration.ofSeconds(5));
                if (otlpPort >= 0) {
                    otlp.start(new InetSocketAddress(bind, otlpPort));
                }
                spec.commandLine().getOut().println("twinbench: collecting on " + bind + ":" + collector.port()
                        + (otlpPort >= 0 ? ", OTLP/HTTP on " + bind + ":" + otlp.port() : "") + " into " + workspace.workspace()
                        + " (CA fingerprint " + ca.fingerprint().substring(0, 16) + "…)");
                spec.commandLine().getOut().flush();
                // the JVM ends when its shutdown hooks return: wait until the store is closed
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    stopped.countDown();
                    try {
                        closed.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "twinbench-serve-stop"));
                var retention = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "twinbench-retention"));
                retention.scheduleWithFixedDelay(() -> applyRetention(store), 1, 60, java.util.concurrent.TimeUnit.MINUTES);
                stopped.await();
                io.twinbench.store.GentleShutdown.of(retention, java.time.Duration.ofMinutes(2));
                loop.close();
                rollouts.close();
            }
        } finally {
            closed.countDown();
        }
        return 0;
    }

    /** Hourly: old samples become rollups; a failed round is logged and the next one tries again. */
    private static void applyRetention(TwinStore store) {
        try {
            // the twin management policies in force say how long, where they say it
            var outcome = store.retention().apply(io.twinbench.policy.service.PolicyRetention.effective(store,
                    io.twinbench.store.RetentionPolicy.DEFAULT).retention(), java.time.Instant.now());
            TWINBENCH_LOG.info("retention: folded " + outcome.rawFolded() + " raw samples into " + outcome.rollupsWritten()
                    + " rollups, expired " + outcome.rollupsExpired() + " rollups, " + outcome.eventsExpired() + " events and "
                    + outcome.changesExpired() + " history entries");
        } catch (RuntimeException e) {
            TWINBENCH_LOG.warning("retention failed, will retry in an hour: " + e.getMessage());
        }
    }

    private static void logToConsole() {
        ConsoleHandler handler = new ConsoleHandler();
        handler.setLevel(Level.INFO);
        handler.setFormatter(new SimpleFormatter());
        TWINBENCH_LOG.setLevel(Level.INFO);
        TWINBENCH_LOG.setUseParentHandlers(false);
        TWINBENCH_LOG.addHandler(handler);
    }
}
