package io.twinbench.ui.session;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.twinbench.ingest.collector.Collector;
import io.twinbench.ingest.collector.CollectorListener;
import io.twinbench.ingest.collector.CollectorTls;
import io.twinbench.ingest.enrol.CertificateAuthority;
import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.ingest.otlp.OtlpReceiver;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.model.twin.Twin;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.preferences.TwinbenchPreferences;

/**
 * The workbench's own collector: agents enrol and stream to the analyst's workspace directly,
 * as they would to `./twinbench serve`. Tells the workspace when agents come and go and when
 * their twins change, so the fleet view follows without polling the network.
 */
final class WorkbenchCollector implements CollectorListener, AutoCloseable {

    private final TwinWorkspace workspace;
    private final Set<String> online = ConcurrentHashMap.newKeySet();
    private Collector collector;
    private OtlpReceiver otlp;
    private io.twinbench.rollout.engine.RolloutDriver rollouts;
    private io.twinbench.orchestrate.OrchestrationLoop loop;
    private Enrollment enrollment;
    private String endpoint;
    private volatile io.twinbench.analysis.live.AnomalyWatch anomalies;

    WorkbenchCollector(TwinWorkspace workspace) {
        this.workspace = workspace;
    }

    /** The orchestration loop, as serve runs it: it does nothing until the analyst attaches a scenario to an endpoint. */
    private io.twinbench.orchestrate.OrchestrationLoop orchestrationLoop(TwinStore store, io.twinbench.rollout.engine.RolloutEngine engine,
            TwinbenchPreferences preferences) {
        String agentJar = System.getenv("TWINBENCH_AGENT_JAR");
        java.nio.file.Path home = preferences.certificateAuthorityDirectory().getParent();
        Clock clock = Clock.systemUTC();
        return new io.twinbench.orchestrate.OrchestrationLoop(store, io.twinbench.ui.views.WorkspacePlans.catalog(store), engine,
                new io.twinbench.orchestrate.DockerSimulations(workspace.dockerEngine(), store, agentJar == null ? null : java.nio.file.Path.of(agentJar),
                        java.nio.file.Path.of(System.getProperty("java.home")), clock), clock, home.getParent().resolve("reports"), loopKey(home))
                .start(Duration.ofSeconds(5));
    }

    /** The loop's own key, when an approver pre-approved something for it (plan pre-approve made it); else the loop signs nothing. */
    private static java.util.Optional<io.twinbench.remedy.trust.SigningKey> loopKey(java.nio.file.Path home) {
        try {
            return io.twinbench.orchestrate.LoopKey.open(home.resolve("loop"));
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** Starts listening as the preferences say; returns a sentence for the fleet view's status line. */
    String start(TwinStore store, TwinbenchPreferences preferences) {
        int port = preferences.collectorPort();
        CertificateAuthority ca;
        try {
            ca = CertificateAuthority.openOrCreate(preferences.certificateAuthorityDirectory(), Clock.systemUTC());
        } catch (Exception e) {
            return "The agent collector is off: the workspace's certificate authority cannot be opened (" + e.getMessage() + ").";
        }
        enrollment = new Enrollment(ca, store.enrollments(), Clock.systemUTC());
        anomalies = new io.twinbench.analysis.live.AnomalyWatch(new io.twinbench.analysis.live.OnlineDetection(store,
                io.twinbench.analysis.Detectors.DEFAULT, Clock.systemUTC()), (twinId, found) -> workspace.anomaliesFound(twinId));
        if (port == 0) {
            return "The agent collector is off (port 0 in the preferences).";
        }
        try {
            CollectorTls tls = CollectorTls.issue(ca, List.of(preferences.collectorBind()));
            collector = new Collector(tls, enrollment, store, this, Clock.systemUTC(), io.twinbench.inventory.SecretRedactor.defaults(),
                    new io.twinbench.analysis.live.RecentFindings(store, Clock.systemUTC()));
            collector.trustRoot(io.twinbench.ingest.collector.TrustRootFile.reader(
                    io.twinbench.ingest.collector.TrustRootFile.in(preferences.certificateAuthorityDirectory().getParent())));
            collector.start(new InetSocketAddress(preferences.collectorBind(), port));
            endpoint = preferences.collectorBind() + ":" + collector.port();
            // rollouts go on where their agents are connected, the way serve drives them
            io.twinbench.rollout.engine.RolloutEngine engine = new io.twinbench.rollout.engine.RolloutEngine(store, Clock.systemUTC(),
                    (plan, version) -> new io.twinbench.rollout.analysis.StoreMetrics(store, plan, version),
                    new io.twinbench.policy.service.OrchestrationGate(store, io.twinbench.ingest.twin.CurrentTwins.of(store)));
            rollouts = new io.twinbench.rollout.engine.RolloutDriver(engine, Duration.ofSeconds(1));
            loop = orchestrationLoop(store, engine, preferences);
            return "Agents stream to " + endpoint + " over mutual TLS." + startOtlp(store, tls, preferences);
        } catch (Exception e) {
            collector = null;
            return "The agent collector could not listen on port " + port + " (" + e.getMessage()
                    + "); change it in Window > Preferences > Twinbench.";
        }
    }

    private String startOtlp(TwinStore store, CollectorTls tls, TwinbenchPreferences preferences) {
        int port = preferences.otlpPort();
        if (port == 0) {
            return "";
        }
        try {
            otlp = OtlpReceiver.into(store, tls, enrollment, this, Clock.systemUTC(), SecretRedactor.defaults());
            otlp.start(new InetSocketAddress(preferences.collectorBind(), port));
            return " OTLP/HTTP on port " + otlp.port() + ".";
        } catch (Exception e) {
            otlp = null;
            return " OTLP/HTTP is off: port " + port + " is not free (" + e.getMessage() + ").";
        }
    }

    /** A twin was deleted: the collector and the detector forget it; a revoked agent's sessions end. */
    void twinDeleted(String twinId) {
        if (collector != null) {
            collector.twinDeleted(twinId);
        }
        if (anomalies != null) {
            anomalies.forget(twinId);
        }
    }

    /** A one-time enrolment token, valid for the given time. */
    Enrollment.Token newToken(Duration ttl) {
        if (enrollment == null) {
            throw new IllegalStateException("the workspace is not open yet");
        }
        try {
            return enrollment.newToken(ttl);
        } catch (io.twinbench.ingest.enrol.EnrollmentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    boolean isOnline(String agentId) {
        return online.contains(agentId);
    }

    String endpoint() {
        return endpoint;
    }

    @Override
    public void enrolled(String agentId, String hostname) {
        workspace.agentsChangedSoon();
    }

    @Override
    public void connected(String agentId, String agentVersion) {
        online.add(agentId);
        workspace.agentsChangedSoon();
    }

    @Override
    public void disconnected(String agentId, String reason) {
        online.remove(agentId);
        workspace.agentsChangedSoon();
    }

    @Override
    public void twinUpdated(String agentId, Twin twin) {
        workspace.agentTwinUpdated(agentId, twin);
    }

    @Override
    public void committed(String agentId, long seq, int samples) {
        workspace.telemetryCommitted(agentId);
    }

    @Override
    public void samplesStored(String twinId, List<io.twinbench.store.SeriesAppend> appends) {
        io.twinbench.analysis.live.AnomalyWatch watch = anomalies;
        if (watch != null) { // none when the workspace's certificate authority could not be opened
            watch.submit(twinId, appends);
        }
    }

    @Override
    public void eventsStored(String twinId, int count) {
        workspace.eventsStored(twinId);
    }

    @Override
    public void close() {
        if (loop != null) {
            loop.close();
        }
        if (rollouts != null) {
            rollouts.close();
        }
        if (otlp != null) {
            otlp.close();
        }
        if (collector != null) {
            try {
                collector.close();
            } catch (java.io.IOException e) {
                // closing the workbench anyway
            }
        }
        if (anomalies != null) {
            anomalies.close();
        }
    }
}
