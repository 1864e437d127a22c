package io.twinbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Thins each twin's snapshots as they age: the latest is always kept; of the rest, the newest
 * of each hour for {@code hourly}, then the newest of each day for {@code daily}; older ones go.
 * A streaming agent's twin is stored every few minutes, so without this a workspace grows by
 * hundreds of snapshots a day per twin.
 */
final class SnapshotRetention {

    private SnapshotRetention() {
    }

    /** Deletes the thinned-out snapshots in c (the caller commits); returns how many. */
    static long apply(Connection c, Duration hourly, Duration daily, Instant now) throws SQLException {
        List<Object[]> doomed = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT twin_id, version, taken_at FROM twin_snapshot ORDER BY twin_id, version DESC");
                ResultSet rs = ps.executeQuery()) {
            String twin = null;
            Set<Long> buckets = new HashSet<>();
            while (rs.next()) {
                String id = rs.getString(1);
                long version = rs.getLong(2);
                Instant taken = rs.getTimestamp(3).toInstant();
                if (!id.equals(twin)) {
                    twin = id;
                    buckets.clear();
                    continue; // the latest
                }
                Duration age = Duration.between(taken, now);
                long bucket;
                if (age.compareTo(hourly) <= 0) {
                    bucket = Math.floorDiv(taken.getEpochSecond(), 3600);
                } else if (age.compareTo(hourly.plus(daily)) <= 0) {
                    bucket = -1 - Math.floorDiv(taken.getEpochSecond(), 86_400);
                } else {
                    doomed.add(new Object[] {id, version});
                    continue;
                }
                if (!buckets.add(bucket)) {
                    doomed.add(new Object[] {id, version});
                }
            }
        }
        if (doomed.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM twin_snapshot WHERE twin_id = ? AND version = ?")) {
            for (Object[] d : doomed) {
                ps.setString(1, (String) d[0]);
                ps.setLong(2, (Long) d[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return doomed.size();
    }
}
