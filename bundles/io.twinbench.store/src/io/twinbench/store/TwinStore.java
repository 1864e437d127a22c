package io.twinbench.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

import io.twinbench.store.internal.Dialect;
import io.twinbench.store.internal.SchemaMigrations;

/**
 * The persistent side of Twinbench: twin snapshots and telemetry. Open one per workspace
 * and pass it to whoever needs it; close it when the workspace closes.
 */
public final class TwinStore implements AutoCloseable {

    private final JdbcConnectionPool pool;
    private final TwinSnapshots snapshots;
    private final TelemetrySamples telemetry;
    private final Enrollments enrollments;
    private final AgentStreams agentStreams;
    private final Inventories inventories;
    private final TelemetryRetention retention;
    private final Events events;
    private final Anomalies anomalies;
    private final int schemaVersion;
    private final TwinDeletion deletion;
    private final AnalystNotes notes;
    private final PlanDeliveries plans;
    private final PlanTrials trials;
    private final Rollouts rollouts;
    private final ShadowRecordings shadows;
    private final Orchestrations orchestrations;
    private final PlanLibrary library;
    private final PolicyVersions policies;
    private final CollectionPolicies collection;
    private final EndpointLabels labels;
    private final ComplianceVerdicts compliance;

    private TwinStore(JdbcConnectionPool pool, Dialect dialect, int schemaVersion) {
        this.pool = pool;
        this.schemaVersion = schemaVersion;
        ConnectionSource source = new ConnectionSource() {
            @Override
            public Connection get() throws SQLException {
                return pool.getConnection();
            }

            @Override
            public Dialect dialect() {
                return dialect;
            }
        };
        this.snapshots = new TwinSnapshots(source);
        this.telemetry = new TelemetrySamples(source);
        this.enrollments = new Enrollments(source);
        this.inventories = new Inventories(source, snapshots);
        this.retention = new TelemetryRetention(source);
        this.events = new Events(source);
        this.anomalies = new Anomalies(source);
        this.agentStreams = new AgentStreams(source, telemetry, inventories, events);
        this.deletion = new TwinDeletion(source);
        this.notes = new AnalystNotes(source);
        this.plans = new PlanDeliveries(source);
        this.trials = new PlanTrials(source);
        this.rollouts = new Rollouts(source);
        this.orchestrations = new Orchestrations(source);
        this.shadows = new ShadowRecordings(source);
        this.library = new PlanLibrary(source);
        this.policies = new PolicyVersions(source);
        this.collection = new CollectionPolicies(source);
        this.labels = new EndpointLabels(source);
        this.compliance = new ComplianceVerdicts(source);
    }

    static {
        // H2 reads this once, when it first loads: its auto server (the second process's way in) listens on loopback only
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /** Opens (and migrates) the store: the embedded H2 file, or a PostgreSQL server for a jdbc:postgresql: URL. */
    public static TwinStore open(StoreLocation location) {
        if (!location.isPostgres()) {
            H2Passwords.setIfStillEmpty(location);
        }
        JdbcConnectionPool pool = pool(location);
        pool.setMaxConnections(16);
        try (Connection connection = pool.getConnection()) {
            Dialect dialect = Dialect.of(connection);
            int version = new SchemaMigrations(SchemaMigrations.ALL).migrate(connection);
            return new TwinStore(pool, dialect, version);
        } catch (SQLException e) {
            pool.dispose();
            throw new StoreException("cannot open the store at " + location + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** Policy documents, every version with who, when and why. */
    public PolicyVersions policies() {
        return policies;
    }

    /** The labels analysts give endpoints, which orchestration policies choose groups by. */
    public EndpointLabels labels() {
        return labels;
    }

    /** The collection policies issued to agents, signed, and what each agent enforces. */
    public CollectionPolicies collection() {
        return collection;
    }

    /** The verdict of each policy rule on each twin, and since when. */
    public ComplianceVerdicts compliance() {
        return compliance;
    }

    public TwinSnapshots snapshots() {
        return snapshots;
    }

    public TelemetrySamples telemetry() {
        return telemetry;
    }

    public Enrollments enrollments() {
        return enrollments;
    }

    public TelemetryRetention retention() {
        return retention;
    }

    public Inventories inventories() {
        return inventories;
    }

    public Anomalies anomalies() {
        return anomalies;
    }

    public Events events() {
        return events;
    }

    public AgentStreams agentStreams() {
        return agentStreams;
    }

    /** Signed remediation plans pushed to agents, and what each agent reported applying them. */
    public PlanDeliveries plans() {
        return plans;
    }

    /** The workspace's plans as written, and their signed approvals. */
    public PlanLibrary library() {
        return library;
    }

    /** Plans tried on executable twins, and the written overrides of failed ones. */
    public PlanTrials trials() {
        return trials;
    }

    /** Staged rollouts of signed plans, their decisions and measurements. */
    public ShadowRecordings shadows() {
        return shadows;
    }

    public Orchestrations orchestrations() {
        return orchestrations;
    }

    public Rollouts rollouts() {
        return rollouts;
    }

    /** The analyst's own notes and tags on elements, apart from what agents and images reported. */
    public AnalystNotes notes() {
        return notes;
    }

    /**
     * Deletes the twin and everything the workspace holds of it (snapshots, series and samples,
     * rollups, events, anomalies, inventory, history); false when there was nothing. An agent that
     * still streams makes a new twin from what it sends next: revoke it first to stop that.
     */
    public boolean deleteTwin(String twinId) {
        boolean any = deletion.delete(twinId).any();
        telemetry.forgetSeriesOf(twinId);
        return any;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    private static JdbcConnectionPool pool(StoreLocation location) {
        if (location.isPostgres()) {
            PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
            source.setURL(location.jdbcUrl());
            source.setUser(location.user());
            source.setPassword(location.password());
            source.setApplicationName("Twinbench");
            return JdbcConnectionPool.create(source);
        }
        return JdbcConnectionPool.create(location.jdbcUrl(), location.user(), location.password());
    }

    @Override
    public void close() {
        pool.dispose();
    }

    /** Supplies pooled connections, and the SQL dialect they speak, to the table classes without exposing the pool. */
    interface ConnectionSource {
        Connection get() throws SQLException;

        Dialect dialect();
    }
}
