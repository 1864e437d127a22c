package io.twinbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The last verdict of every rule of every policy in force on every twin, with the time it began
 * ("failing since") and the policy version that gave it, so the Compliance view, the report
 * and {@code policy status} read the same state.
 */
public final class ComplianceVerdicts {

    /** offenders: element ids, one per line. */
    public record Stored(String policy, long version, String rule, String twinId, String status, String action, String message,
            List<String> offenders, Instant since, Instant evaluated) {
        public Stored {
            offenders = List.copyOf(offenders);
        }
    }

    private static final List<String> COLUMNS = List.of("policy", "version", "rule", "twin_id", "status", "action", "message", "offenders",
            "since", "evaluated");

    private final TwinStore.ConnectionSource connections;

    ComplianceVerdicts(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    /** Replaces what is kept for each (policy, rule, twin) given, in one transaction. */
    public void put(Collection<Stored> verdicts) {
        if (verdicts.isEmpty()) {
            return;
        }
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(connections.dialect().upsert("compliance_verdict", COLUMNS,
                    List.of("policy", "rule", "twin_id")))) {
                for (Stored v : verdicts) {
                    ps.setString(1, v.policy());
                    ps.setLong(2, v.version());
                    ps.setString(3, v.rule());
                    ps.setString(4, v.twinId());
                    ps.setString(5, v.status());
                    ps.setString(6, v.action());
                    ps.setString(7, PlanDeliveries.cut(v.message(), 4000));
                    ps.setString(8, String.join("\n", v.offenders()));
                    ps.setTimestamp(9, Timestamp.from(v.since()));
                    ps.setTimestamp(10, Timestamp.from(v.evaluated()));
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot keep compliance verdicts: " + e.getMessage(), e);
        }
    }

    /** Forgets the verdicts of a policy (withdrawn) or of rules it no longer has. keepRules: null to forget all of the policy's. */
    public void forget(String policy, Collection<String> keepRules) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT DISTINCT rule FROM compliance_verdict WHERE policy = ?");
                PreparedStatement delete = c.prepareStatement("DELETE FROM compliance_verdict WHERE policy = ? AND rule = ?")) {
            ps.setString(1, policy);
            List<String> gone = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (keepRules == null || !keepRules.contains(rs.getString(1))) {
                        gone.add(rs.getString(1));
                    }
                }
            }
            for (String rule : gone) {
                delete.setString(1, policy);
                delete.setString(2, rule);
                delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot forget the verdicts of " + policy + ": " + e.getMessage(), e);
        }
    }

    /** Every verdict kept, by policy, rule and twin. */
    public List<Stored> all() {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT " + String.join(", ", COLUMNS)
                + " FROM compliance_verdict ORDER BY policy, rule, twin_id")) {
            List<Stored> verdicts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String offenders = rs.getString(8);
                    verdicts.add(new Stored(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), offenders == null || offenders.isEmpty() ? List.of() : List.of(offenders.split("\n")),
                            rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant()));
                }
            }
            return verdicts;
        } catch (SQLException e) {
            throw new StoreException("cannot read compliance verdicts: " + e.getMessage(), e);
        }
    }
}
