package io.twinbench.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.jdbcx.JdbcConnectionPool;

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
    private final int schemaVersion;

    private TwinStore(JdbcConnectionPool pool, int schemaVersion) {
        this.pool = pool;
        this.schemaVersion = schemaVersion;
        this.snapshots = new TwinSnapshots(this::connection);
        this.telemetry = new TelemetrySamples(this::connection);
        this.enrollments = new Enrollments(this::connection);
        this.inventories = new Inventories(this::connection);
        this.retention = new TelemetryRetention(this::connection);
        this.events = new Events(this::connection);
        this.agentStreams = new AgentStreams(this::connection, telemetry, inventories, events);
    }

    public static TwinStore open(StoreLocation location) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(location.jdbcUrl(), location.user(), location.password());
        pool.setMaxConnections(16);
        try (Connection connection = pool.getConnection()) {
            int version = new SchemaMigrations(SchemaMigrations.ALL).migrate(connection);
            return new TwinStore(pool, version);
        } catch (SQLException e) {
            pool.dispose();
            throw new StoreException("cannot open the store at " + location + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
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

    public Events events() {
        return events;
    }

    public AgentStreams agentStreams() {
        return agentStreams;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        pool.dispose();
    }

    /** Supplies pooled connections to the table classes without exposing the pool. */
    @FunctionalInterface
    interface ConnectionSource {
        Connection get() throws SQLException;
    }
}
