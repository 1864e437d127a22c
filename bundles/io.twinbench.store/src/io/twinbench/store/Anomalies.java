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

    /**
     * Per series of the twin with anomalies in [from, to), the latest of them and their count, in
     * series order: what a twin's model carries, bounded by its series however noisy they were.
     */
    public List<SeriesAnomalies> latestPerSeries(String twinId, long from, long to) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT a.twin_id, a.element_id, a.metric, a.ts,"
                + " a.val, a.expected, a.score, a.kind, a.detector, g.n FROM anomaly a JOIN (SELECT element_id, metric, MAX(ts) AS ts,"
                + " COUNT(*) AS n FROM anomaly WHERE twin_id = ? AND ts >= ? AND ts < ? GROUP BY element_id, metric) g"
                + " ON a.element_id = g.element_id AND a.metric = g.metric AND a.ts = g.ts WHERE a.twin_id = ?"
                + " ORDER BY a.element_id, a.metric, a.score DESC")) {
            ps.setString(1, twinId);
            ps.setLong(2, from);
            ps.setLong(3, to);
            ps.setString(4, twinId);
            List<SeriesAnomalies> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StoredAnomaly a = read(rs);
                    // two detectors may flag the same sample: the strongest stands for it
                    if (result.isEmpty() || !result.get(result.size() - 1).latest().series().equals(a.series())) {
                        result.add(new SeriesAnomalies(a, rs.getInt(10)));
                    }
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot read the anomalies of " + twinId + ": " + e.getMessage(), e);
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
                    result.add(read(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot read the anomalies of " + twinId + ": " + e.getMessage(), e);
        }
    }

    /** Every anomaly of the twin in [from, to), summed up per element (however many there are): what root causes are ranked on. */
    public List<ElementAnomalies> byElement(String twinId, long from, long to) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT element_id, COUNT(*), MAX(score), MIN(ts), MAX(ts)"
                + " FROM anomaly WHERE twin_id = ? AND ts >= ? AND ts < ? GROUP BY element_id ORDER BY element_id")) {
            ps.setString(1, twinId);
            ps.setLong(2, from);
            ps.setLong(3, to);
            List<ElementAnomalies> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new ElementAnomalies(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getLong(4), rs.getLong(5)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot sum up the anomalies of " + twinId + ": " + e.getMessage(), e);
        }
    }

    private static StoredAnomaly read(ResultSet rs) throws SQLException {
        return new StoredAnomaly(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getDouble(5), rs.getDouble(6),
                rs.getDouble(7), rs.getString(8), rs.getString(9));
    }
}
