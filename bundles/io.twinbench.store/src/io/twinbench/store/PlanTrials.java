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
 * What each plan did on executable twins before approval, by the digest of the plan as written
 * (so an edited plan has not been tried), and the written reason of an analyst who approves a plan
 * whose twin run failed.
 */
public final class PlanTrials {

    public record Trial(String planDigest, String planId, String twinId, String image, Instant at, boolean passed, String summary, String lines) {
    }

    public record Override(String planDigest, String planId, String reason, String author, Instant at) {
    }

    private final TwinStore.ConnectionSource connections;

    PlanTrials(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    public void record(Trial trial) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("INSERT INTO plan_trial (plan_digest, plan_id, twin_id, image,"
                + " at, passed, summary, lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, trial.planDigest());
            ps.setString(2, trial.planId());
            ps.setString(3, trial.twinId());
            ps.setString(4, trial.image());
            ps.setTimestamp(5, Timestamp.from(trial.at()));
            ps.setBoolean(6, trial.passed());
            ps.setString(7, trial.summary() == null || trial.summary().length() <= 4000 ? trial.summary() : trial.summary().substring(0, 4000));
            ps.setString(8, trial.lines());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record the twin run of " + trial.planId() + ": " + e.getMessage(), e);
        }
    }

    /** Every twin run of the plan with this digest, newest first. */
    public List<Trial> of(String planDigest) {
        return select("plan_digest", planDigest);
    }

    /** Every twin run of plans with this id (the plan as edited over time), newest first. */
    public List<Trial> ofPlan(String planId) {
        return select("plan_id", planId);
    }

    /** Every plan run on this twin (its executable replica), newest first. */
    public List<Trial> ofTwin(String twinId) {
        return select("twin_id", twinId);
    }

    private List<Trial> select(String column, String value) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT plan_digest, plan_id, twin_id, image, at, passed,"
                + " summary, lines FROM plan_trial WHERE " + column + " = ? ORDER BY at DESC, id DESC")) {
            ps.setString(1, value);
            List<Trial> trials = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    trials.add(new Trial(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                            rs.getBoolean(6), rs.getString(7), rs.getString(8)));
                }
            }
            return trials;
        } catch (SQLException e) {
            throw new StoreException("cannot read the twin runs of " + value + ": " + e.getMessage(), e);
        }
    }

    public void override(Override override) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(connections.dialect().upsert("plan_override",
                List.of("plan_digest", "plan_id", "reason", "author", "at"), List.of("plan_digest")))) {
            ps.setString(1, override.planDigest());
            ps.setString(2, override.planId());
            ps.setString(3, override.reason());
            ps.setString(4, override.author());
            ps.setTimestamp(5, Timestamp.from(override.at()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record the override of " + override.planId() + ": " + e.getMessage(), e);
        }
    }

    public Optional<Override> overrideOf(String planDigest) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "SELECT plan_digest, plan_id, reason, author, at FROM plan_override WHERE plan_digest = ?")) {
            ps.setString(1, planDigest);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Override(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the override of " + planDigest + ": " + e.getMessage(), e);
        }
    }

    /** The overrides of plans with this id (any digest), newest first: what the plan's status shows. */
    public List<Override> overridesOfPlan(String planId) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "SELECT plan_digest, plan_id, reason, author, at FROM plan_override WHERE plan_id = ? ORDER BY at DESC")) {
            ps.setString(1, planId);
            List<Override> overrides = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    overrides.add(new Override(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()));
                }
            }
            return overrides;
        } catch (SQLException e) {
            throw new StoreException("cannot read the overrides of " + planId + ": " + e.getMessage(), e);
        }
    }
}
