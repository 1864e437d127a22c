package io.twinbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deleting a twin deletes what the workspace holds of it, in one transaction: its snapshots
 * (with the recommendations and findings they carry), series with their samples and rollups,
 * events, anomalies, inventory, history and the analyst's notes. Nothing of it is left for a rebuild to bring back.
 */
final class TwinDeletion {

    /** What goes, in an order no reference is left dangling in; each statement takes the twin's id once. */
    private static final List<String> STATEMENTS = List.of(
            "DELETE FROM sample WHERE series_id IN (SELECT id FROM series WHERE twin_id = ?)",
            "DELETE FROM sample_rollup WHERE series_id IN (SELECT id FROM series WHERE twin_id = ?)",
            "DELETE FROM series WHERE twin_id = ?",
            "DELETE FROM event WHERE twin_id = ?",
            "DELETE FROM anomaly WHERE twin_id = ?",
            "DELETE FROM inventory_item WHERE twin_id = ?",
            "DELETE FROM inventory_section WHERE twin_id = ?",
            "DELETE FROM twin_change WHERE twin_id = ?",
            "DELETE FROM analyst_note WHERE twin_id = ?",
            "DELETE FROM compliance_verdict WHERE twin_id = ?",
            "DELETE FROM collection_state WHERE endpoint_id = ?",
            "DELETE FROM endpoint_label WHERE endpoint_id = ?",
            "DELETE FROM twin_snapshot WHERE twin_id = ?",
            "DELETE FROM twin WHERE id = ?");

    /** Rows deleted per table; all zero when the workspace held nothing of the twin. */
    record Deleted(Map<String, Long> rows) {
        boolean any() {
            return rows.values().stream().anyMatch(n -> n > 0);
        }
    }

    private final TwinStore.ConnectionSource connections;

    TwinDeletion(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    Deleted delete(String twinId) {
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try {
                Map<String, Long> rows = new LinkedHashMap<>();
                for (String sql : STATEMENTS) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setString(1, twinId);
                        rows.merge(sql.split(" ")[2], (long) ps.executeUpdate(), Long::sum);
                    }
                }
                c.commit();
                return new Deleted(rows);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot delete twin " + twinId + ": " + e.getMessage(), e);
        }
    }
}
