package io.twinbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Downsampling and retention of telemetry: raw samples older than the policy's raw period are
 * folded into fixed-width rollups and deleted, in one transaction, and rollups past their own
 * period are deleted. Samples that arrive late for a bucket already rolled up (an agent back
 * after a week offline) are folded into it, not counted twice; running it again changes nothing.
 */
public final class TelemetryRetention {

    /** What one run did. */
    public record Outcome(long rawFolded, long rollupsWritten, long rollupsExpired, long eventsExpired, long changesExpired,
            long snapshotsExpired) {
    }

    private final TwinStore.ConnectionSource connections;

    TelemetryRetention(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    public Outcome apply(RetentionPolicy policy, Instant now) {
        long width = policy.rollupWidth().toMillis();
        // whole buckets only, so a bucket is never split between raw samples and a rollup
        long cutoff = Math.floorDiv(now.minus(policy.raw()).toEpochMilli(), width) * width;
        long expiry = now.minus(policy.rollups()).toEpochMilli();
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try {
                long written;
                // the width is a number from the policy, written into the SQL so the grouping expression is one
                String bucket = "(ts - MOD(ts, " + width + "))";
                try (PreparedStatement ps = c.prepareStatement("MERGE INTO sample_rollup r USING (SELECT series_id, " + bucket
                        + " AS bucket, COUNT(*) AS n, MIN(val) AS mn, MAX(val) AS mx, SUM(val) AS s FROM sample WHERE ts < ?"
                        + " GROUP BY series_id, " + bucket + ") a"
                        + " ON r.series_id = a.series_id AND r.width_ms = " + width + " AND r.bucket = a.bucket"
                        + " WHEN MATCHED THEN UPDATE SET n = r.n + a.n, min_val = LEAST(r.min_val, a.mn),"
                        + " max_val = GREATEST(r.max_val, a.mx), sum_val = r.sum_val + a.s"
                        + " WHEN NOT MATCHED THEN INSERT (series_id, width_ms, bucket, n, min_val, max_val, sum_val)"
                        + " VALUES (a.series_id, " + width + ", a.bucket, a.n, a.mn, a.mx, a.s)")) {
                    ps.setLong(1, cutoff);
                    written = ps.executeUpdate();
                }
                long folded = delete(c, "DELETE FROM sample WHERE ts < ?", cutoff);
                long expired = delete(c, "DELETE FROM sample_rollup WHERE bucket < ?", expiry);
                long events = delete(c, "DELETE FROM event WHERE ts < ?", now.minus(policy.events()).toEpochMilli());
                // anomalies are findings about events and samples: they are kept as long as events
                delete(c, "DELETE FROM anomaly WHERE ts < ?", now.minus(policy.events()).toEpochMilli());
                long changes;
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM twin_change WHERE at < ?")) {
                    ps.setTimestamp(1, java.sql.Timestamp.from(now.minus(policy.history())));
                    changes = ps.executeUpdate();
                }
                long snapshots = SnapshotRetention.apply(c, policy.hourlySnapshots(), policy.dailySnapshots(), now);
                c.commit();
                return new Outcome(folded, written, expired, events, changes, snapshots);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot apply telemetry retention: " + e.getMessage(), e);
        }
    }

    /** A series' rollups with from ≤ start < to, oldest first. */
    public List<Rollup> rollups(SeriesKey key, long from, long to) {
        return rollups(connections, key, from, to);
    }

    static List<Rollup> rollups(TwinStore.ConnectionSource connections, SeriesKey key, long from, long to) {
        return TelemetrySamples.seriesRange(connections, "SELECT u.bucket, u.width_ms, u.n, u.min_val, u.max_val, u.sum_val"
                + " FROM sample_rollup u JOIN series r ON r.id = u.series_id"
                + " WHERE r.twin_id = ? AND r.element_id = ? AND r.metric = ? AND u.bucket >= ? AND u.bucket < ? ORDER BY u.bucket",
                key, from, to, rs -> new Rollup(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4), rs.getDouble(5),
                        rs.getDouble(6) / rs.getLong(3)), "rollups");
    }

    private static long delete(Connection c, String sql, long before) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, before);
            return ps.executeUpdate();
        }
    }
}
