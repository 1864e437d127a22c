package io.twinbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Signed plans on their way to agents and back: one delivery per agent and plan version, with
 * the state the agent last reported (pending until the agent answers; then accepted, refused,
 * awaiting-confirmation, confirmed or rolled-back), and every report in order. A rollback the
 * analyst orders waits here until the agent is connected.
 */
public final class PlanDeliveries {

    public static final String PENDING = "pending";
    public static final String EXPIRED = "expired";
    public static final String WITHDRAWN = "withdrawn";
    public static final int MAX_DETAIL = 4000;

    public record Delivery(String agentId, String planId, long version, String title, byte[] envelope, Instant expires, String state,
            String detail, String pushedBy, Instant pushedAt, Instant updated, String rollbackReason) {
    }

    public record Report(String agentId, String planId, long version, Instant at, String kind, int index, String state, String detail) {
    }

    private static final String COLUMNS = "agent_id, plan_id, version, title, envelope, expires, state, detail, pushed_by, pushed_at, updated,"
            + " rollback_reason";
    private final TwinStore.ConnectionSource connections;

    PlanDeliveries(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    /** Queues a signed plan for an agent; false when that version was already pushed to it. */
    public boolean push(String agentId, String planId, long version, String title, byte[] envelope, Instant expires, String by, Instant now) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("INSERT INTO plan_delivery (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, NULL)")) {
            if (find(c, agentId, planId, version).isPresent()) {
                return false;
            }
            ps.setString(1, agentId);
            ps.setString(2, planId);
            ps.setLong(3, version);
            ps.setString(4, cut(title, 400));
            ps.setBytes(5, envelope);
            ps.setTimestamp(6, Timestamp.from(expires));
            ps.setString(7, PENDING);
            ps.setString(8, by);
            ps.setTimestamp(9, Timestamp.from(now));
            ps.setTimestamp(10, Timestamp.from(now));
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false; // pushed by another process between the look and the insert
            }
            throw new StoreException("cannot queue plan " + planId + " for " + agentId + ": " + e.getMessage(), e);
        }
    }

    /** Keeps an artifact's bytes once, by digest, for every plan that ships it. */
    public void putArtifact(String sha256, String name, byte[] data) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(connections.dialect().upsert("plan_artifact",
                List.of("sha256", "name", "data"), List.of("sha256")))) {
            ps.setString(1, sha256);
            ps.setString(2, name);
            ps.setBytes(3, data);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot keep artifact " + name + ": " + e.getMessage(), e);
        }
    }

    public Optional<byte[]> artifact(String sha256) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT data FROM plan_artifact WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read artifact " + sha256 + ": " + e.getMessage(), e);
        }
    }

    /** What waits for an agent: plans it has not answered (not expired), and rollbacks ordered but not yet done. */
    public List<Delivery> waitingFor(String agentId, Instant now) {
        return select("WHERE agent_id = ? AND ((state = '" + PENDING + "' AND expires > ?) OR (rollback_reason IS NOT NULL AND state <> 'rolled-back'"
                + " AND state <> 'refused')) ORDER BY version", ps -> {
                    ps.setString(1, agentId);
                    ps.setTimestamp(2, Timestamp.from(now));
                });
    }

    public List<Delivery> all() {
        return select("ORDER BY pushed_at DESC, plan_id, agent_id", ps -> { });
    }

    public List<Delivery> ofPlan(String planId) {
        return select("WHERE plan_id = ? ORDER BY version DESC, agent_id", ps -> ps.setString(1, planId));
    }

    /**
     * The endpoints a plan is changing now, whatever the plan: delivered and not yet confirmed or
     * undone, or confirmed and ordered back but not yet rolled back. An orchestration policy
     * counts them to keep a group from changing all at once.
     */
    public java.util.Set<String> changing() {
        java.util.Set<String> endpoints = new java.util.TreeSet<>();
        select("WHERE state NOT IN ('confirmed', 'rolled-back', 'refused', '" + EXPIRED + "', '" + WITHDRAWN + "')"
                + " OR (state = 'confirmed' AND rollback_reason IS NOT NULL)", ps -> { }).forEach(d -> endpoints.add(d.agentId()));
        return endpoints;
    }

    public Optional<Delivery> get(String agentId, String planId, long version) {
        try (Connection c = connections.get()) {
            return find(c, agentId, planId, version);
        } catch (SQLException e) {
            throw new StoreException("cannot read plan " + planId + ": " + e.getMessage(), e);
        }
    }

    /** Records what the agent reported; a report about the whole plan (or its acceptance or refusal) becomes the delivery's state. */
    public void report(Report report) {
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_event (agent_id, plan_id, version, at, kind, idx, state, detail)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, report.agentId());
                ps.setString(2, report.planId());
                ps.setLong(3, report.version());
                ps.setTimestamp(4, Timestamp.from(report.at()));
                ps.setString(5, report.kind());
                ps.setInt(6, report.index());
                ps.setString(7, report.state());
                ps.setString(8, cut(report.detail(), MAX_DETAIL));
                ps.executeUpdate();
            }
            if ("PLAN".equals(report.kind())) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE plan_delivery SET state = ?, detail = ?, updated = ?"
                        + " WHERE agent_id = ? AND plan_id = ? AND version = ?")) {
                    ps.setString(1, report.state());
                    ps.setString(2, cut(report.detail(), MAX_DETAIL));
                    ps.setTimestamp(3, Timestamp.from(report.at()));
                    ps.setString(4, report.agentId());
                    ps.setString(5, report.planId());
                    ps.setLong(6, report.version());
                    ps.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot record what " + report.agentId() + " reported of plan " + report.planId() + ": " + e.getMessage(), e);
        }
    }

    /** Orders a rollback of an applied plan; it is sent when the agent is next connected. False when there is no such delivery. */
    public boolean orderRollback(String agentId, String planId, long version, String reason) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "UPDATE plan_delivery SET rollback_reason = ? WHERE agent_id = ? AND plan_id = ? AND version = ?")) {
            ps.setString(1, cut(reason, 2000));
            ps.setString(2, agentId);
            ps.setString(3, planId);
            ps.setLong(4, version);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("cannot order the rollback of " + planId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Takes back a plan the agent has not answered, so it is not sent; false when it was answered
     * already (then only a rollback undoes it).
     */
    public boolean withdraw(String agentId, String planId, long version, String reason, Instant now) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "UPDATE plan_delivery SET state = ?, detail = ?, updated = ? WHERE agent_id = ? AND plan_id = ? AND version = ? AND state = ?")) {
            ps.setString(1, WITHDRAWN);
            ps.setString(2, cut(reason, MAX_DETAIL));
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setString(4, agentId);
            ps.setString(5, planId);
            ps.setLong(6, version);
            ps.setString(7, PENDING);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("cannot withdraw plan " + planId + " from " + agentId + ": " + e.getMessage(), e);
        }
    }

    public List<Report> reports(String agentId, String planId, long version) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT at, kind, idx, state, detail FROM plan_event"
                + " WHERE agent_id = ? AND plan_id = ? AND version = ? ORDER BY id")) {
            ps.setString(1, agentId);
            ps.setString(2, planId);
            ps.setLong(3, version);
            List<Report> reports = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reports.add(new Report(agentId, planId, version, rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
            return reports;
        } catch (SQLException e) {
            throw new StoreException("cannot read the reports of " + planId + ": " + e.getMessage(), e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<Delivery> select(String where, Binder binder) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM plan_delivery " + where)) {
            binder.bind(ps);
            List<Delivery> deliveries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    deliveries.add(delivery(rs));
                }
            }
            return deliveries;
        } catch (SQLException e) {
            throw new StoreException("cannot read plan deliveries: " + e.getMessage(), e);
        }
    }

    private static Optional<Delivery> find(Connection c, String agentId, String planId, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM plan_delivery WHERE agent_id = ? AND plan_id = ? AND version = ?")) {
            ps.setString(1, agentId);
            ps.setString(2, planId);
            ps.setLong(3, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(delivery(rs)) : Optional.empty();
            }
        }
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getBytes(5), rs.getTimestamp(6).toInstant(),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getTimestamp(11).toInstant(), rs.getString(12));
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
