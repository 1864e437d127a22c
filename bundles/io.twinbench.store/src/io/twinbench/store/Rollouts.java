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
 * Staged rollouts of signed plans: each rollout's spec as written, its targets, where it is
 * (state, stage, when the stage began, paused or not), every decision it took with its figures,
 * and every measurement of its analysis. What a rollout does next is worked out from these alone,
 * so a workbench that stops in the middle carries on from them when it starts again. Each change
 * of a rollout names the revision it was worked out from, so two processes moving the same
 * rollout (the workbench and serve on one workspace, or a command beside them) never overwrite
 * each other: the later one finds the revision moved on and works its step out again.
 */
public final class Rollouts {

    /**
     * envelope: the signed plan as its agents verify it; expires: the plan's expiry, which its
     * deliveries keep; winner: in an A/B rollout, the arm that won ("a", this plan, or "b"), null
     * until decided and in other rollouts.
     */
    public record Rollout(String id, String planId, long version, byte[] envelope, Instant expires, String spec, String specFile, List<String> targets,
            String state, int stage, Instant stageStarted, boolean paused, String reason, String createdBy, Instant created, Instant updated,
            long revision, String winner) {

        public Rollout {
            targets = List.copyOf(targets);
            envelope = envelope.clone();
        }

        @Override
        public byte[] envelope() {
            return envelope.clone();
        }
    }

    /** The other plan of an A/B rollout, signed, as its arm's agents verify it. */
    public record Arm(String rolloutId, String arm, String planId, long version, byte[] envelope, Instant expires) {

        public Arm {
            envelope = envelope.clone();
        }

        @Override
        public byte[] envelope() {
            return envelope.clone();
        }
    }

    public record Decision(String rolloutId, Instant at, int stage, String kind, String detail, String figures) {
    }

    /** cohort and baseline: endpoint id to value, as JSON objects. */
    public record Measurement(String rolloutId, int stage, String metric, Instant at, String outcome, String cohort, String baseline, String detail) {
    }

    private static final String COLUMNS = "id, plan_id, version, envelope, expires, spec, spec_file, targets, state, stage, stage_started, paused,"
            + " reason, created_by, created, updated, revision, winner";
    private final TwinStore.ConnectionSource connections;

    Rollouts(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    /**
     * Records a new rollout with its first decisions, and its other arm when it is an A/B
     * rollout, in one transaction; false when one of that id exists (nothing is written then).
     */
    public boolean create(Rollout r, Arm other, List<Decision> decisions) {
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try {
                if (get(c, r.id()).isPresent() || !insert(c, r)) {
                    c.rollback();
                    return false;
                }
                if (other != null) {
                    insert(c, other);
                }
                for (Decision d : decisions) {
                    insert(c, d);
                }
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                if ("23505".equals(e.getSQLState())) {
                    return false; // created by another process meanwhile
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record rollout " + r.id() + ": " + e.getMessage(), e);
        }
    }

    /** Records a new rollout alone; false when one of that id exists. */
    public boolean create(Rollout r) {
        return create(r, null, List.of());
    }

    private static void insert(Connection c, Arm a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rollout_arm (rollout_id, arm, plan_id, version, envelope, expires)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.rolloutId());
            ps.setString(2, a.arm());
            ps.setString(3, a.planId());
            ps.setLong(4, a.version());
            ps.setBytes(5, a.envelope());
            ps.setTimestamp(6, Timestamp.from(a.expires()));
            ps.executeUpdate();
        }
    }

    /** The other arm of an A/B rollout, if it is one. */
    public Optional<Arm> otherArm(String rolloutId) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT arm, plan_id, version, envelope, expires"
                + " FROM rollout_arm WHERE rollout_id = ?")) {
            ps.setString(1, rolloutId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Arm(rolloutId, rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBytes(4),
                        rs.getTimestamp(5).toInstant())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the arms of rollout " + rolloutId + ": " + e.getMessage(), e);
        }
    }

    private static boolean insert(Connection c, Rollout r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rollout (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
            ps.setString(1, r.id());
            ps.setString(2, r.planId());
            ps.setLong(3, r.version());
            ps.setBytes(4, r.envelope());
            ps.setTimestamp(5, Timestamp.from(r.expires()));
            ps.setString(6, r.spec());
            ps.setString(7, PlanDeliveries.cut(r.specFile(), 400));
            ps.setString(8, String.join("\n", r.targets()));
            ps.setString(9, r.state());
            ps.setInt(10, r.stage());
            ps.setTimestamp(11, r.stageStarted() == null ? null : Timestamp.from(r.stageStarted()));
            ps.setBoolean(12, r.paused());
            ps.setString(13, PlanDeliveries.cut(r.reason(), 4000));
            ps.setString(14, r.createdBy());
            ps.setTimestamp(15, Timestamp.from(r.created()));
            ps.setTimestamp(16, Timestamp.from(r.updated()));
            ps.setString(17, r.winner());
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Moves a rollout on: its state, stage, stage start, pause, reason and winner, with the decision that
     * did it, in one transaction; only if it is still at r's revision. False when another process
     * moved it on first (nothing is written then).
     */
    public boolean update(Rollout r, Decision decision) {
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("UPDATE rollout SET state = ?, stage = ?, stage_started = ?, paused = ?, reason = ?,"
                    + " updated = ?, winner = ?, revision = revision + 1 WHERE id = ? AND revision = ?")) {
                ps.setString(1, r.state());
                ps.setInt(2, r.stage());
                ps.setTimestamp(3, r.stageStarted() == null ? null : Timestamp.from(r.stageStarted()));
                ps.setBoolean(4, r.paused());
                ps.setString(5, PlanDeliveries.cut(r.reason(), 4000));
                ps.setTimestamp(6, Timestamp.from(r.updated()));
                ps.setString(7, r.winner());
                ps.setString(8, r.id());
                ps.setLong(9, r.revision());
                if (ps.executeUpdate() == 0) {
                    c.rollback();
                    if (get(c, r.id()).isEmpty()) {
                        throw new StoreException("no rollout " + r.id());
                    }
                    return false;
                }
                if (decision != null) {
                    insert(c, decision);
                }
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record what rollout " + r.id() + " did: " + e.getMessage(), e);
        }
    }

    public void decide(Decision decision) {
        try (Connection c = connections.get()) {
            insert(c, decision);
        } catch (SQLException e) {
            throw new StoreException("cannot record a decision of rollout " + decision.rolloutId() + ": " + e.getMessage(), e);
        }
    }

    private static void insert(Connection c, Decision d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rollout_decision (rollout_id, at, stage, kind, detail, figures)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, d.rolloutId());
            ps.setTimestamp(2, Timestamp.from(d.at()));
            ps.setInt(3, d.stage());
            ps.setString(4, d.kind());
            ps.setString(5, PlanDeliveries.cut(d.detail(), 4000));
            ps.setString(6, d.figures());
            ps.executeUpdate();
        }
    }

    /** Records a measurement; false when that metric's measurement at that time is recorded already (by another process). */
    public boolean measured(Measurement m) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("INSERT INTO rollout_measurement (rollout_id, stage, metric,"
                + " at, outcome, cohort, baseline, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, m.rolloutId());
            ps.setInt(2, m.stage());
            ps.setString(3, m.metric());
            ps.setTimestamp(4, Timestamp.from(m.at()));
            ps.setString(5, m.outcome());
            ps.setString(6, m.cohort());
            ps.setString(7, m.baseline());
            ps.setString(8, PlanDeliveries.cut(m.detail(), 2000));
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false; // unique violation, in H2 and PostgreSQL alike
            }
            throw new StoreException("cannot record a measurement of rollout " + m.rolloutId() + ": " + e.getMessage(), e);
        }
    }

    public Optional<Rollout> get(String id) {
        try (Connection c = connections.get()) {
            return get(c, id);
        } catch (SQLException e) {
            throw new StoreException("cannot read rollout " + id + ": " + e.getMessage(), e);
        }
    }

    /** Every rollout, newest first. */
    public List<Rollout> all() {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM rollout ORDER BY created DESC, id")) {
            List<Rollout> rollouts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rollouts.add(rollout(rs));
                }
            }
            return rollouts;
        } catch (SQLException e) {
            throw new StoreException("cannot read rollouts: " + e.getMessage(), e);
        }
    }

    public List<Decision> decisions(String rolloutId) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT at, stage, kind, detail, figures FROM rollout_decision"
                + " WHERE rollout_id = ? ORDER BY id")) {
            ps.setString(1, rolloutId);
            List<Decision> decisions = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    decisions.add(new Decision(rolloutId, rs.getTimestamp(1).toInstant(), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
            return decisions;
        } catch (SQLException e) {
            throw new StoreException("cannot read the decisions of rollout " + rolloutId + ": " + e.getMessage(), e);
        }
    }

    /** The measurements of a stage (every stage when stage is negative), oldest first. */
    public List<Measurement> measurements(String rolloutId, int stage) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT stage, metric, at, outcome, cohort, baseline, detail"
                + " FROM rollout_measurement WHERE rollout_id = ? AND (? < 0 OR stage = ?) ORDER BY id")) {
            ps.setString(1, rolloutId);
            ps.setInt(2, stage);
            ps.setInt(3, stage);
            List<Measurement> measurements = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    measurements.add(new Measurement(rolloutId, rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
            return measurements;
        } catch (SQLException e) {
            throw new StoreException("cannot read the measurements of rollout " + rolloutId + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Rollout> get(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM rollout WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rollout(rs)) : Optional.empty();
            }
        }
    }

    private static Rollout rollout(ResultSet rs) throws SQLException {
        String targets = rs.getString(8);
        Timestamp stageStarted = rs.getTimestamp(11);
        return new Rollout(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBytes(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
                rs.getString(7), targets.isEmpty() ? List.of() : List.of(targets.split("\n")), rs.getString(9), rs.getInt(10),
                stageStarted == null ? null : stageStarted.toInstant(), rs.getBoolean(12), rs.getString(13), rs.getString(14),
                rs.getTimestamp(15).toInstant(), rs.getTimestamp(16).toInstant(), rs.getLong(17), rs.getString(18));
    }
}
