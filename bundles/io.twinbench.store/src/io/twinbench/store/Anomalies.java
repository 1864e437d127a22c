package io.twinbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Each twin's anomalies found in its telemetry, by time. */
public final class Anomalies {

    private final TwinStore.ConnectionSource connections;

    Anomalies(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    public void append(List<StoredAnomaly> anomalies) {
        if (anomalies.isEmpty()) {
            return;
        }
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("INSERT INTO anomaly (twin_id, element_id, metric,"
                + " ts, val, expected, score, kind, detector) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredAnomaly a : anomalies) {
                ps.setString(1, a.twinId());
                ps.setString(2, a.elementId());
                ps.setString(3, a.metric());
                ps.setLong(4, a.timestamp());
                ps.setDouble(5, a.value());
                ps.setDouble(6, a.expected());
                ps.setDouble(7, a.score());
                ps.setString(8, a.kind());
                ps.setString(9, a.detector());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("cannot store " + anomalies.size() + " anomalies: " + e.getMessage(), e);
        }
    }

    /** The twin's anomalies in [from, to), newest first, at most limit. */
    public List<StoredAnomaly> find(String twinId, long from, long to, int limit) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT twin_id, element_id, metric, ts, val,"
                + " expected, score, kind, detector FROM anomaly WHERE twin_id = ? AND ts >= ? AND ts < ? ORDER BY ts DESC, id DESC LIMIT "
                + Math.max(0, limit))) {
            ps.setString(1, twinId);
            ps.setLong(2, from);
            ps.setLong(3, to);
            List<StoredAnomaly> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new StoredAnomaly(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getDouble(5),
                            rs.getDouble(6), rs.getDouble(7), rs.getString(8), rs.getString(9)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot read the anomalies of " + twinId + ": " + e.getMessage(), e);
        }
    }
}
