package io.twinbench.ui.session;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;

import io.twinbench.ingest.host.MetricReading;
import io.twinbench.sim.docker.DockerEngineStatus;
import io.twinbench.store.StoreException;
import io.twinbench.store.TwinStore;
import io.twinbench.store.TwinSummary;
import io.twinbench.ui.preferences.TwinbenchPreferences;

/**
 * The analyst's open workspace: its store, the twins opened for investigation, and the
 * background jobs that keep the local twin's telemetry and the Docker state current.
 * One per workbench, handed to parts through the workbench context.
 */
public final class TwinWorkspace {

    private final TwinbenchPreferences preferences;
    private final ILog log;
    private final List<TwinWorkspaceListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, OpenTwin> open = new ConcurrentHashMap<>();
    private volatile TwinStore store;
    private volatile io.twinbench.policy.service.ComplianceFollower compliance;
    private volatile List<TwinSummary> fleet = List.of();
    private volatile DockerEngineStatus docker;
    private volatile String localTwinId;
    private final List<Job> jobs = new CopyOnWriteArrayList<>();
    private final CoalescedRefresh refresh = new CoalescedRefresh(this, 300);
    private final WorkbenchCollector collector = new WorkbenchCollector(this);
    private volatile List<AgentStatus> agents = List.of();
    private volatile String collectorStatus = "";
    private final Map<String, TimeRange> timeRanges = new ConcurrentHashMap<>();
    /** Notes are written one at a time, in the order they were made. */
    private static final org.eclipse.core.runtime.jobs.ISchedulingRule NOTE_WRITES = new org.eclipse.core.runtime.jobs.ISchedulingRule() {
        @Override
        public boolean contains(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }
    };

    public TwinWorkspace(TwinbenchPreferences preferences, ILog log) {
        this.preferences = preferences;
        this.log = log;
    }

    /** Opens the store and captures this machine in the background; views fill in as results arrive. */
    public void start() {
        Job open = new OpenWorkspaceJob(this, preferences);
        jobs.add(open);
        open.schedule();
        Job dockerPoll = new DockerStatusJob(this, preferences::dockerEndpoint, Duration.ofSeconds(15));
        jobs.add(dockerPoll);
        dockerPoll.schedule();
    }

    void storeOpened(TwinStore opened, String localId) {
        this.store = opened;
        this.localTwinId = localId;
        // every policy in force, evaluated on every twin as agents change them, whether a view shows it or not
        compliance = new io.twinbench.policy.service.ComplianceFollower(opened, java.time.Clock.systemUTC(),
                io.twinbench.ingest.twin.CurrentTwins.of(opened),
                changed -> listeners.forEach(TwinWorkspaceListener::complianceChanged));
        compliance.reevaluate();
        collectorStatus = collector.start(opened, preferences);
        refreshFleet();
        agentsChanged();
        Job activity = new AgentActivityJob(this, Duration.ofSeconds(5));
        jobs.add(activity);
        activity.schedule(5_000);
        Job retention = new RetentionJob(this, Duration.ofHours(1));
        jobs.add(retention);
        retention.schedule(60_000);
        Job containers = new ContainerTwinsJob(this, Duration.ofSeconds(30));
        jobs.add(containers);
        containers.schedule(20_000);
        if (localId == null) {
            return;
        }
        Job telemetry = new LiveTelemetryJob(this, localId, Duration.ofSeconds(1));
        jobs.add(telemetry);
        telemetry.schedule();
    }

    /** The time range the twin's views show. */
    public TimeRange timeRange(String twinId) {
        return timeRanges.getOrDefault(twinId, TimeRange.DEFAULT);
    }

    /** Sets the time range of a twin's views and tells them all (the caller included). */
    public void setTimeRange(String twinId, TimeRange range) {
        if (range.equals(timeRanges.put(twinId, range))) {
            return;
        }
        listeners.forEach(l -> l.timeRangeChanged(twinId, range));
    }

    public Optional<TwinStore> store() {
        return Optional.ofNullable(store);
    }

    /** The policies' verdicts on every twin, kept current (empty until the store is open). */
    public Optional<io.twinbench.policy.service.ComplianceFollower> compliance() {
        return Optional.ofNullable(compliance);
    }

    public Optional<String> localTwinId() {
        return Optional.ofNullable(localTwinId);
    }

    public List<TwinSummary> fleet() {
        return fleet;
    }

    /** Enrolled agents, online first. */
    public List<AgentStatus> agents() {
        return agents;
    }

    /** Where agents stream to, or why they cannot. */
    public String collectorStatus() {
        return collectorStatus;
    }

    /** HOST:PORT agents are given, when the collector listens; the host is this machine's name for a wildcard bind. */
    public Optional<String> collectorEndpoint() {
        String endpoint = collector.endpoint();
        if (endpoint == null) {
            return Optional.empty();
        }
        if (endpoint.startsWith("0.0.0.0:") || endpoint.startsWith(":::")) {
            try {
                return Optional.of(java.net.InetAddress.getLocalHost().getHostName() + endpoint.substring(endpoint.lastIndexOf(':')));
            } catch (java.net.UnknownHostException e) {
                return Optional.of("localhost" + endpoint.substring(endpoint.lastIndexOf(':')));
            }
        }
        return Optional.of(endpoint);
    }

    /** A one-time enrolment token for a new agent (call off the UI thread: it writes the store). */
    public io.twinbench.ingest.enrol.Enrollment.Token newEnrollmentToken(Duration ttl) {
        return collector.newToken(ttl);
    }

    /** Re-reads the agents and tells the listeners. Called by the collector's threads; cheap. */
    void agentsChanged() {
        TwinStore current = store;
        if (current == null) {
            return;
        }
        try {
            agents = current.agentStreams().activity().stream().map(a -> new AgentStatus(a, collector.isOnline(a.id())))
                    .sorted(java.util.Comparator.comparing((AgentStatus a) -> !a.online()).thenComparing(a -> a.activity().id())).toList();
            listeners.forEach(l -> l.agentsChanged(agents));
        } catch (StoreException e) {
            reportProblem("Cannot read the enrolled agents: " + e.getMessage(), e);
        }
    }

    /** The online detector stored anomalies of a twin; the views follow, told once per burst. */
    void anomaliesFound(String twinId) {
        refresh.anomalies(twinId);
    }

    void tellAnomalies(String twinId) {
        listeners.forEach(l -> l.anomaliesFound(twinId));
    }

    /** A twin's events were stored; the events view follows. */
    void eventsStored(String twinId) {
        listeners.forEach(l -> l.eventsArrived(twinId));
    }

    /** An agent's twin changed in the store; the fleet shows the new size and time, an open editor merges the new model. */
    void agentTwinUpdated(String agentId, io.twinbench.model.twin.Twin latest) {
        refresh.fleetAndAgents();
        io.twinbench.policy.service.ComplianceFollower follower = compliance;
        if (follower != null) {
            follower.twinUpdated(latest);
        }
        listeners.forEach(l -> l.liveTwinUpdated(agentId, latest));
    }

    /** Agents connected, left or enrolled: the agent list is re-read shortly, once for all of them. */
    void agentsChangedSoon() {
        refresh.agents();
    }

    /** An agent's samples were committed; charts of its twin re-read them. */
    void telemetryCommitted(String twinId) {
        listeners.forEach(l -> l.telemetryCommitted(twinId));
    }

    /**
     * How old telemetry, events, history and snapshots are thinned and expired: as the twin
     * management policies in force say, and the preferences for what they leave unsaid.
     */
    io.twinbench.store.RetentionPolicy retentionPolicy() {
        return store().map(s -> io.twinbench.policy.service.PolicyRetention.effective(s, preferences.retention()).retention())
                .orElse(preferences.retention());
    }

    /** The engine that runs executable twins, as the preferences name it now. */
    public io.twinbench.sim.docker.DockerEngine dockerEngine() {
        return new io.twinbench.sim.docker.DockerEngine(preferences.dockerEndpoint(), Duration.ofMinutes(10));
    }

    public Optional<DockerEngineStatus> dockerStatus() {
        return Optional.ofNullable(docker);
    }

    /** Re-reads the fleet from the store and tells the listeners. Call from a job, not the UI thread. */
    public void refreshFleet() {
        TwinStore current = store;
        if (current == null) {
            return;
        }
        try {
            fleet = current.snapshots().list();
            listeners.forEach(l -> l.fleetChanged(fleet));
        } catch (StoreException e) {
            reportProblem("Cannot read the fleet: " + e.getMessage(), e);
        }
    }

    /** The twin opened for investigation, loading it from the store on first use (call off the UI thread). */
    public OpenTwin open(String twinId) {
        return open.computeIfAbsent(twinId, id -> withNotes(new OpenTwin(requireStore().snapshots().latest(id)
                .orElseThrow(() -> new StoreException("there is no twin '" + id + "' in the store")))));
    }

    /** The twin's notes from the store, and new ones written back in a job (the UI thread never waits on the database). */
    private OpenTwin withNotes(OpenTwin twin) {
        TwinStore current = store;
        if (current == null) {
            return twin;
        }
        twin.keepNotes(current.notes().of(twin.twin().getId()), note -> {
            Job write = Job.create("Keeping the note on " + note.elementId(), monitor -> {
                try {
                    current.notes().put(note);
                } catch (StoreException e) {
                    reportProblem("The note on " + note.elementId() + " was not kept: " + e.getMessage(), e);
                }
                return org.eclipse.core.runtime.Status.OK_STATUS;
            });
            write.setSystem(true);
            write.setRule(NOTE_WRITES);
            write.schedule();
        });
        return twin;
    }

    public Optional<OpenTwin> openedTwin(String twinId) {
        return Optional.ofNullable(open.get(twinId));
    }

    /** Registers a twin that exists only in memory so far (tests, imports before saving). */
    public OpenTwin adopt(io.twinbench.model.twin.Twin twin) {
        OpenTwin opened = withNotes(new OpenTwin(twin));
        open.put(twin.getId(), opened);
        return opened;
    }

    /** Stores a new snapshot of a twin (call from a job with a copy, never the live twin) and refreshes the fleet. */
    public void saveSnapshot(io.twinbench.model.twin.Twin copy) {
        requireStore().snapshots().save(copy);
        refreshFleet();
    }

    /**
     * Makes a draft of a twin as it is open now (or as last stored), saves it as a twin of its
     * own and returns it; the captured twin is left as it was. Call from a job.
     */
    public io.twinbench.model.twin.Twin makeDraft(String twinId) {
        io.twinbench.model.twin.Twin original = openedTwin(twinId).map(OpenTwin::twin)
                .orElseGet(() -> requireStore().snapshots().latest(twinId)
                        .orElseThrow(() -> new StoreException("there is no twin '" + twinId + "' in the store")));
        io.twinbench.model.twin.Twin draft;
        synchronized (original) {
            draft = io.twinbench.model.build.TwinDrafts.draftOf(original, java.time.Instant.now());
        }
        requireStore().snapshots().save(org.eclipse.emf.ecore.util.EcoreUtil.copy(draft));
        refreshFleet();
        return draft;
    }

    /** Adds a twin from an XMI file, as a new version if the workspace already has that twin. Call from a job. */
    public long importTwin(java.nio.file.Path file) throws io.twinbench.model.io.TwinFormatException {
        io.twinbench.model.twin.Twin twin = new io.twinbench.model.io.TwinXmi().load(file);
        long version = requireStore().snapshots().save(twin);
        refreshFleet();
        return version;
    }

    /** Writes the newest snapshot of a twin as XMI. Call from a job. */
    public void exportTwin(String twinId, java.nio.file.Path file) throws java.io.IOException {
        io.twinbench.model.twin.Twin twin = requireStore().snapshots().latest(twinId)
                .orElseThrow(() -> new StoreException("there is no twin '" + twinId + "' in the store"));
        new io.twinbench.model.io.TwinXmi().save(twin, file);
    }

    /**
     * Writes an HTML report of the given twins (every twin when empty) over the last day, with
     * the week before as their baseline; returns how many endpoints it covers. Call from a job.
     */
    public int exportReport(java.util.List<String> twinIds, java.nio.file.Path file) throws java.io.IOException {
        java.util.List<io.twinbench.store.TwinSummary> twins = requireStore().snapshots().list().stream()
                .filter(t -> twinIds.isEmpty() || twinIds.contains(t.id())).toList();
        return io.twinbench.analysis.report.ReportWriter.write(requireStore(), twins, java.time.Duration.ofDays(1),
                java.time.Duration.ofDays(7), file).size();
    }

    /**
     * Removes a twin with everything the workspace holds of it, closing it if it is open, and
     * revokes its agent when asked. Call from a job.
     */
    public void deleteTwin(String twinId, boolean revokeAgent) {
        if (revokeAgent) {
            requireStore().enrollments().revoke(twinId, java.time.Instant.now());
        }
        requireStore().deleteTwin(twinId);
        collector.twinDeleted(twinId);
        close(twinId);
        refreshFleet();
        agentsChanged();
    }

    /** Whether the twin is an enrolled agent's that is still trusted: deleting it then asks whether to revoke the agent. */
    public boolean isTrustedAgent(String twinId) {
        return requireStore().enrollments().agent(twinId).filter(a -> !a.isRevoked()).isPresent();
    }

    /** Records a fresh twin of this machine as a new snapshot. Call from a job. */
    public String captureThisMachine() {
        String id = new io.twinbench.ingest.host.LocalTwinCapture(new io.twinbench.ingest.host.LocalMachineProbe())
                .into(requireStore()).twin().getId();
        refreshFleet();
        return id;
    }

    public void close(String twinId) {
        OpenTwin closed = open.remove(twinId);
        if (closed != null) {
            closed.dispose();
        }
    }

    TwinStore requireStore() {
        TwinStore current = store;
        if (current == null) {
            throw new StoreException("the workspace's store is not open yet");
        }
        return current;
    }

    public void addListener(TwinWorkspaceListener listener) {
        listeners.add(listener);
    }

    public void removeListener(TwinWorkspaceListener listener) {
        listeners.remove(listener);
    }

    void telemetryArrived(List<MetricReading> readings) {
        listeners.forEach(l -> l.telemetryArrived(readings));
    }

    /** Samples of this machine's twin were stored: scored as an agent's would be. */
    void localSamplesStored(String twinId, List<io.twinbench.store.SeriesAppend> appends) {
        collector.samplesStored(twinId, appends);
    }

    void dockerStatus(DockerEngineStatus status) {
        DockerEngineStatus previous = docker;
        docker = status;
        if (!status.equals(previous)) {
            listeners.forEach(l -> l.dockerStatusChanged(status));
        }
    }

    void reportProblem(String message, Throwable cause) {
        log.error(message, cause);
        listeners.forEach(l -> l.problem(message));
    }

    public void close() {
        collector.close();
        if (compliance != null) {
            compliance.close();
        }
        refresh.cancel();
        jobs.forEach(Job::cancel);
        for (Job job : jobs) {
            try {
                job.join(2000, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        open.values().forEach(OpenTwin::dispose);
        open.clear();
        TwinStore current = store;
        store = null;
        if (current != null) {
            current.close();
        }
    }
}
