package io.twinbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Each twin's events (log lines and security events), by time. */
public final class Events {

    private final TwinStore.ConnectionSource connections;

    Events(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    /** Adds events inside the caller's transaction. */
    void appendIn(Connection c, List<StoredEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (twin_id, ts, kind, severity, source, element_id, message,"
                + " attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredEvent e : events) {
                ps.setString(1, e.twinId());
                ps.setLong(2, e.timestamp());
                ps.setString(3, e.kind());
                ps.setString(4, e.severity());
                ps.setString(5, e.source());
                ps.setString(6, e.elementId());
                ps.setString(7, e.message());
                ps.setString(8, e.attributesJson());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Adds events in a transaction of their own (sources without a numbered stream, such as OTLP). */
    public void append(List<StoredEvent> events) {
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try {
                appendIn(c, events);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store " + events.size() + " events: " + e.getMessage(), e);
        }
    }

    public List<StoredEvent> find(EventQuery q) {
        StringBuilder sql = new StringBuilder("SELECT id, twin_id, ts, kind, severity, source, element_id, message, attributes FROM event");
        List<Object> args = new ArrayList<>();
        where(sql, args, q);
        sql.append(" ORDER BY ts DESC, id DESC LIMIT ").append(Math.max(0, q.limit()));
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<StoredEvent> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot read the events of " + q.twinId() + ": " + e.getMessage(), e);
        }
    }

    /** How many events of each kind the twin has with from ≤ time < to, by kind. */
    public Map<String, Long> countByKind(String twinId, long from, long to) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "SELECT kind, COUNT(*) FROM event WHERE twin_id = ? AND ts >= ? AND ts < ? GROUP BY kind")) {
            ps.setString(1, twinId);
            ps.setLong(2, from);
            ps.setLong(3, to);
            Map<String, Long> result = new TreeMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(1), rs.getLong(2));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot count the events of " + twinId + ": " + e.getMessage(), e);
        }
    }

    /**
     * How many of the query's events fall in each of {@code buckets} equal spans from the
     * query's from to its to (the limit does not apply): the histogram above the events table.
     */
    public long[] histogram(EventQuery q, int buckets) {
        long[] counts = new long[Math.max(1, buckets)];
        long span = Math.max(1, q.to() - q.from());
        long width = Math.max(1, (span + counts.length - 1) / counts.length);
        StringBuilder sql = new StringBuilder("SELECT (ts - ?) / ? AS b, COUNT(*) FROM event");
        List<Object> args = new ArrayList<>(List.of(q.from(), width));
        where(sql, args, q);
        sql.append(" GROUP BY b");
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long bucket = rs.getLong(1);
                    if (bucket >= 0 && bucket < counts.length) {
                        counts[(int) bucket] += rs.getLong(2);
                    }
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException("cannot count the events of " + q.twinId() + " over time: " + e.getMessage(), e);
        }
    }

    /** The time of the twin's first event, or empty when it has none. */
    public java.util.OptionalLong firstTime(String twinId) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT MIN(ts) FROM event WHERE twin_id = ?")) {
            ps.setString(1, twinId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long first = rs.getLong(1);
                return rs.wasNull() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(first);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the events of " + twinId + ": " + e.getMessage(), e);
        }
    }

    private static void where(StringBuilder sql, List<Object> args, EventQuery q) {
        sql.append(" WHERE twin_id = ? AND ts >= ? AND ts < ?");
        args.addAll(List.of(q.twinId(), q.from(), q.to()));
        in(sql, args, "kind", q.kinds());
        in(sql, args, "severity", q.severities());
        if (!q.text().isEmpty()) {
            sql.append(" AND (LOWER(message) LIKE ? ESCAPE '\\' OR LOWER(source) LIKE ? ESCAPE '\\')");
            String like = "%" + likeEscaped(q.text().toLowerCase()) + "%";
            args.add(like);
            args.add(like);
        }
        for (Map.Entry<String, String> field : q.fields().entrySet()) {
            switch (field.getKey()) {
                case "kind", "severity", "source" -> {
                    sql.append(" AND ").append(field.getKey()).append(" = ?");
                    args.add(field.getValue());
                }
                case "element" -> {
                    sql.append(" AND element_id = ?");
                    args.add(field.getValue());
                }
                default -> {
                    // attributes are stored as compact JSON with sorted keys: the pair appears exactly so
                    sql.append(" AND attributes LIKE ? ESCAPE '\\'");
                    args.add("%" + likeEscaped(jsonString(field.getKey()) + ":" + jsonString(field.getValue())) + "%");
                }
            }
        }
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A string as Jackson writes it by default: quoted, with quote, backslash and control characters escaped. */
    static String jsonString(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04X", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void in(StringBuilder sql, List<Object> args, String column, Set<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (").append(String.join(", ", Collections.nCopies(values.size(), "?")))
                .append(')');
        args.addAll(values.stream().sorted().toList());
    }
}
