package io.twinbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The orchestration loop's schedules: per endpoint, each scenario to simulate on its twin and how
 * often, the rollout spec a resulting plan goes out with, where the schedule is in the loop (its
 * stage, the plan and rollout it made, the last word on it), and the history of its stages. As
 * with rollouts, each move names the revision it was worked out from, so two processes looping
 * over one workspace never both take the same step.
 */
public final class Orchestrations {

    /** every: how often the scenario runs; rolloutSpec: the spec without its plan line, or null for the default. */
    public record Schedule(String endpointId, String scenarioName, String scenario, Duration every, String rolloutSpec, String stage, Instant nextDue,
            String planId, String rolloutId, String detail, String createdBy, Instant updated, long revision) {

        /** The same schedule moved to another stage, with what it made and why. */
        public Schedule moved(String newStage, Instant due, String plan, String rollout, String why, Instant now) {
            return new Schedule(endpointId, scenarioName, scenario, every, rolloutSpec, newStage, due, plan, rollout, why, createdBy, now, revision);
        }
    }

    public record Event(String endpointId, String scenarioName, Instant at, String stage, String detail) {
    }

    private static final String COLUMNS = "endpoint_id, scenario_name, scenario, every_seconds, rollout_spec, stage, next_due, plan_id, rollout_id,"
            + " detail, created_by, updated, revision";
    private final TwinStore.ConnectionSource connections;

    Orchestrations(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    /** Records a new schedule with its first event; false when the endpoint has a schedule of that scenario already. */
    public boolean add(Schedule s) {
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO orchestration (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                if (get(c, s.endpointId(), s.scenarioName()).isPresent()) {
                    c.rollback();
                    return false;
                }
                ps.setString(1, s.endpointId());
                ps.setString(2, s.scenarioName());
                ps.setString(3, s.scenario());
                ps.setLong(4, s.every().toSeconds());
                ps.setString(5, s.rolloutSpec());
                ps.setString(6, s.stage());
                ps.setTimestamp(7, Timestamp.from(s.nextDue()));
                ps.setString(8, s.planId());
                ps.setString(9, s.rolloutId());
                ps.setString(10, PlanDeliveries.cut(s.detail(), 4000));
                ps.setString(11, s.createdBy());
                ps.setTimestamp(12, Timestamp.from(s.updated()));
                ps.executeUpdate();
                event(c, s);
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                if ("23505".equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record the schedule of " + s.scenarioName() + " on " + s.endpointId() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Moves a schedule on (stage, when due, plan, rollout, detail) and records the move in its
     * history, only if it is still at s's revision; false when another process moved it first.
     */
    public boolean move(Schedule s) {
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("UPDATE orchestration SET stage = ?, next_due = ?, plan_id = ?, rollout_id = ?, detail = ?,"
                    + " updated = ?, revision = revision + 1 WHERE endpoint_id = ? AND scenario_name = ? AND revision = ?")) {
                ps.setString(1, s.stage());
                ps.setTimestamp(2, Timestamp.from(s.nextDue()));
                ps.setString(3, s.planId());
                ps.setString(4, s.rolloutId());
                ps.setString(5, PlanDeliveries.cut(s.detail(), 4000));
                ps.setTimestamp(6, Timestamp.from(s.updated()));
                ps.setString(7, s.endpointId());
                ps.setString(8, s.scenarioName());
                ps.setLong(9, s.revision());
                if (ps.executeUpdate() == 0) {
                    c.rollback();
                    return false;
                }
                event(c, s);
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot move the schedule of " + s.scenarioName() + " on " + s.endpointId() + ": " + e.getMessage(), e);
        }
    }

    private static void event(Connection c, Schedule s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO orchestration_event (endpoint_id, scenario_name, at, stage, detail)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, s.endpointId());
            ps.setString(2, s.scenarioName());
            ps.setTimestamp(3, Timestamp.from(s.updated()));
            ps.setString(4, s.stage());
            ps.setString(5, PlanDeliveries.cut(s.detail(), 4000));
            ps.executeUpdate();
        }
    }

    /** Removes a schedule and its history; false when there was none. */
    public boolean remove(String endpointId, String scenarioName) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("DELETE FROM orchestration WHERE endpoint_id = ? AND scenario_name = ?");
                PreparedStatement events = c.prepareStatement("DELETE FROM orchestration_event WHERE endpoint_id = ? AND scenario_name = ?")) {
            ps.setString(1, endpointId);
            ps.setString(2, scenarioName);
            events.setString(1, endpointId);
            events.setString(2, scenarioName);
            events.executeUpdate();
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("cannot remove the schedule of " + scenarioName + " on " + endpointId + ": " + e.getMessage(), e);
        }
    }

    public Optional<Schedule> get(String endpointId, String scenarioName) {
        try (Connection c = connections.get()) {
            return get(c, endpointId, scenarioName);
        } catch (SQLException e) {
            throw new StoreException("cannot read the schedule of " + scenarioName + " on " + endpointId + ": " + e.getMessage(), e);
        }
    }

    /** Every schedule, by endpoint and scenario. */
    public List<Schedule> all() {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM orchestration ORDER BY endpoint_id, scenario_name")) {
            List<Schedule> all = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(schedule(rs));
                }
            }
            return all;
        } catch (SQLException e) {
            throw new StoreException("cannot read the schedules: " + e.getMessage(), e);
        }
    }

    /** An endpoint's history in the loop, oldest first, at most the newest limit events. */
    public List<Event> events(String endpointId, int limit) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT scenario_name, at, stage, detail FROM orchestration_event"
                + " WHERE endpoint_id = ? ORDER BY id DESC")) {
            ps.setString(1, endpointId);
            ps.setMaxRows(limit);
            List<Event> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(0, new Event(endpointId, rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new StoreException("cannot read the loop's history of " + endpointId + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Schedule> get(Connection c, String endpointId, String scenarioName) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM orchestration WHERE endpoint_id = ? AND scenario_name = ?")) {
            ps.setString(1, endpointId);
            ps.setString(2, scenarioName);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(schedule(rs)) : Optional.empty();
            }
        }
    }

    private static Schedule schedule(ResultSet rs) throws SQLException {
        return new Schedule(rs.getString(1), rs.getString(2), rs.getString(3), Duration.ofSeconds(rs.getLong(4)), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getTimestamp(12).toInstant(),
                rs.getLong(13));
    }
}
