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
 * The workspace's plans: each as the analyst last wrote it (a draft, by plan id, with where it
 * came from: a file, the editor or a simulation), and its approvals: for each version fixed at
 * approval, the signed envelope as it gathers signatures. Twin runs are kept by the digest of
 * the plan as written ({@link PlanTrials}), deliveries by agent ({@link PlanDeliveries}).
 */
public final class PlanLibrary {

    /** scenario: the text of the simulation scenario a plan made from its recommendations runs again on its twin runs, or null. */
    public record Draft(String planId, String title, String document, String source, String author, Instant created, Instant updated,
            String scenario) {
    }

    public record Approval(String planId, long version, String planDigest, byte[] envelope, List<String> signers, Instant expires, Instant updated) {
    }

    private final TwinStore.ConnectionSource connections;

    PlanLibrary(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    /** Keeps the plan as written, replacing an earlier text of the same id (its approvals stay, each bound to the digest it signed). */
    public void save(String planId, String title, String document, String source, String author, Instant now) {
        save(planId, title, document, source, author, now, draft(planId).map(Draft::scenario).orElse(null));
    }

    /** As {@link #save(String, String, String, String, String, Instant)}, with the scenario its twin runs run again (null: none). */
    public void save(String planId, String title, String document, String source, String author, Instant now, String scenario) {
        try (Connection c = connections.get()) {
            Instant created = draft(c, planId).map(Draft::created).orElse(now);
            try (PreparedStatement ps = c.prepareStatement(connections.dialect().upsert("plan_draft",
                    List.of("plan_id", "title", "document", "source", "author", "created", "updated", "scenario"), List.of("plan_id")))) {
                ps.setString(1, planId);
                ps.setString(2, PlanDeliveries.cut(title, 400));
                ps.setString(3, document);
                ps.setString(4, PlanDeliveries.cut(source, 1000));
                ps.setString(5, author);
                ps.setTimestamp(6, Timestamp.from(created));
                ps.setTimestamp(7, Timestamp.from(now));
                ps.setString(8, scenario);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot keep plan " + planId + ": " + e.getMessage(), e);
        }
    }

    public Optional<Draft> draft(String planId) {
        try (Connection c = connections.get()) {
            return draft(c, planId);
        } catch (SQLException e) {
            throw new StoreException("cannot read plan " + planId + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Draft> draft(Connection c, String planId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT plan_id, title, document, source, author, created, updated, scenario FROM plan_draft WHERE plan_id = ?")) {
            ps.setString(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(draft(rs)) : Optional.empty();
            }
        }
    }

    private static Draft draft(ResultSet rs) throws SQLException {
        return new Draft(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                rs.getTimestamp(7).toInstant(), rs.getString(8));
    }

    /** Every plan of the workspace, the most recently changed first. */
    public List<Draft> drafts() {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "SELECT plan_id, title, document, source, author, created, updated, scenario FROM plan_draft ORDER BY updated DESC, plan_id")) {
            List<Draft> drafts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drafts.add(draft(rs));
                }
            }
            return drafts;
        } catch (SQLException e) {
            throw new StoreException("cannot read the workspace's plans: " + e.getMessage(), e);
        }
    }

    public boolean delete(String planId) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("DELETE FROM plan_draft WHERE plan_id = ?")) {
            ps.setString(1, planId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("cannot delete plan " + planId + ": " + e.getMessage(), e);
        }
    }

    /** Keeps a version's envelope with the signatures it has now (a co-signature replaces the envelope with one signature more). */
    public void approve(Approval approval) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(connections.dialect().upsert("plan_approval",
                List.of("plan_id", "version", "plan_digest", "envelope", "signers", "expires", "updated"), List.of("plan_id", "version")))) {
            ps.setString(1, approval.planId());
            ps.setLong(2, approval.version());
            ps.setString(3, approval.planDigest());
            ps.setBytes(4, approval.envelope());
            ps.setString(5, PlanDeliveries.cut(String.join("\n", approval.signers()), 2000));
            ps.setTimestamp(6, Timestamp.from(approval.expires()));
            ps.setTimestamp(7, Timestamp.from(approval.updated()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot keep the approval of " + approval.planId() + ": " + e.getMessage(), e);
        }
    }

    /** The plan's approvals, the newest version first. */
    public List<Approval> approvals(String planId) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT plan_id, version, plan_digest, envelope, signers, expires,"
                + " updated FROM plan_approval WHERE plan_id = ? ORDER BY version DESC")) {
            ps.setString(1, planId);
            List<Approval> approvals = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String signers = rs.getString(5);
                    approvals.add(new Approval(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getBytes(4),
                            signers == null || signers.isEmpty() ? List.of() : List.of(signers.split("\n")), rs.getTimestamp(6).toInstant(),
                            rs.getTimestamp(7).toInstant()));
                }
            }
            return approvals;
        } catch (SQLException e) {
            throw new StoreException("cannot read the approvals of " + planId + ": " + e.getMessage(), e);
        }
    }
}
