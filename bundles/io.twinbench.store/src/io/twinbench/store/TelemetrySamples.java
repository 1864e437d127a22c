package io.twinbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Telemetry series and their samples. Appends are batched; series ids are cached. */
public final class TelemetrySamples {

    private final TwinStore.ConnectionSource connections;
    private final Map<SeriesKey, Long> seriesIds = new ConcurrentHashMap<>();

    TelemetrySamples(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    /** Appends samples to a series, creating the series on first use. Re-sent samples replace the old value. */
    public void append(SeriesKey key, String unit, List<Sample> samples) {
        if (samples.isEmpty()) {
            return;
        }
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try {
                appendIn(c, key, unit, samples);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                forgetUncommittedSeries();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store samples of " + key.asString() + ": " + e.getMessage(), e);
        }
    }

    /** Many series' samples in one transaction; re-sent samples replace the old value (for sources without sequence numbers). */
    public void appendAll(List<SeriesAppend> appends) {
        if (appends.isEmpty()) {
            return;
        }
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try {
                appendAllIn(c, appends, true);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                forgetUncommittedSeries();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store " + appends.size() + " series: " + e.getMessage(), e);
        }
    }

    /** The append inside a caller's transaction, so samples can commit together with other state. */
    void appendIn(Connection c, SeriesKey key, String unit, List<Sample> samples) throws SQLException {
        appendAllIn(c, List.of(new SeriesAppend(key, unit, samples)), true);
    }

    /**
     * Many series' samples in one batch inside a caller's transaction: one statement, one round
     * trip. With replace false it is a plain INSERT, which fails on a sample that already exists;
     * with replace true a MERGE, which overwrites it and costs a lookup per row.
     */
    void appendAllIn(Connection c, List<SeriesAppend> appends, boolean replace) throws SQLException {
        long[] ids = new long[appends.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = seriesId(c, appends.get(i).key(), appends.get(i).unit());
        }
        try (PreparedStatement ps = c.prepareStatement(replace ? connections.dialect().upsert("sample", List.of("series_id", "ts", "val"), List.of("series_id", "ts"))
                : "INSERT INTO sample (series_id, ts, val) VALUES (?, ?, ?)")) {
            for (int i = 0; i < ids.length; i++) {
                for (Sample s : appends.get(i).samples()) {
                    ps.setLong(1, ids[i]);
                    ps.setLong(2, s.timestamp());
                    ps.setDouble(3, s.value());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** After a rollback the cache may name series that were never committed. */
    /** The twin's series are gone from the store: their cached ids must not be used again. */
    void forgetSeriesOf(String twinId) {
        seriesIds.keySet().removeIf(key -> key.twinId().equals(twinId));
    }

    void forgetUncommittedSeries() {
        seriesIds.clear();
    }

    /** Samples with from ≤ timestamp < to, oldest first. */
    public List<Sample> range(SeriesKey key, long from, long to) {
        return seriesRange(connections, "SELECT s.ts, s.val FROM sample s JOIN series r ON r.id = s.series_id"
                + " WHERE r.twin_id = ? AND r.element_id = ? AND r.metric = ? AND s.ts >= ? AND s.ts < ? ORDER BY s.ts",
                key, from, to, rs -> new Sample(rs.getLong(1), rs.getDouble(2)), "samples");
    }

    /**
     * A series' history with from ≤ timestamp < to, oldest first, however old: where raw samples
     * were folded into rollups by retention, each rollup's mean stands at its bucket's start. What
     * charts, baselines, predictions and the detector read, so a year of history stays readable
     * after its raw samples expired.
     */
    public List<Sample> history(SeriesKey key, long from, long to) {
        List<Sample> raw = range(key, from, to);
        long firstRaw = raw.isEmpty() ? to : raw.get(0).timestamp();
        if (firstRaw <= from) {
            return raw;
        }
        List<Sample> merged = new ArrayList<>();
        for (Rollup r : TelemetryRetention.rollups(connections, key, from, firstRaw)) {
            merged.add(new Sample(r.start(), r.mean()));
        }
        if (merged.isEmpty()) {
            return raw;
        }
        merged.addAll(raw);
        return merged;
    }

    /** Reads one result row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Rows of one series in a time range; the query's five parameters are twin, element, metric, from and to. */
    static <T> List<T> seriesRange(TwinStore.ConnectionSource connections, String sql, SeriesKey key, long from, long to, RowReader<T> row,
            String what) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key.twinId());
            ps.setString(2, key.elementId());
            ps.setString(3, key.metric());
            ps.setLong(4, from);
            ps.setLong(5, to);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(row.read(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot read " + what + " of " + key.asString() + ": " + e.getMessage(), e);
        }
    }

    /** The series recorded for one twin. */
    public List<SeriesKey> seriesOf(String twinId) {
        return List.copyOf(unitsOf(twinId).keySet());
    }

    /** The series recorded for one twin with the unit each was recorded in, in key order. */
    public Map<SeriesKey, String> unitsOf(String twinId) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "SELECT element_id, metric, unit FROM series WHERE twin_id = ? ORDER BY element_id, metric")) {
            ps.setString(1, twinId);
            Map<SeriesKey, String> result = new java.util.LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(new SeriesKey(twinId, rs.getString(1), rs.getString(2)), rs.getString(3));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot list series of " + twinId + ": " + e.getMessage(), e);
        }
    }

    private long seriesId(Connection c, SeriesKey key, String unit) throws SQLException {
        Long cached = seriesIds.get(key);
        if (cached != null) {
            return cached;
        }
        try (PreparedStatement ps = c.prepareStatement(connections.dialect().upsert("series", List.of("twin_id", "element_id", "metric", "unit"),
                List.of("twin_id", "element_id", "metric")), Statement.NO_GENERATED_KEYS)) {
            ps.setString(1, key.twinId());
            ps.setString(2, key.elementId());
            ps.setString(3, key.metric());
            ps.setString(4, unit);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM series WHERE twin_id = ? AND element_id = ? AND metric = ?")) {
            ps.setString(1, key.twinId());
            ps.setString(2, key.elementId());
            ps.setString(3, key.metric());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                seriesIds.put(key, id);
                return id;
            }
        }
    }
}
