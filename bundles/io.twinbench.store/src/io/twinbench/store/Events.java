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
        StringBuilder sql = new StringBuilder("SELECT id, twin_id, ts, kind, severity, source, element_id, message, attributes"
                + " FROM event WHERE twin_id = ? AND ts >= ? AND ts < ?");
        List<Object> args = new ArrayList<>(List.of(q.twinId(), q.from(), q.to()));
        in(sql, args, "kind", q.kinds());
        in(sql, args, "severity", q.severities());
        if (!q.text().isEmpty()) {
            sql.append(" AND (LOWER(message) LIKE ? ESCAPE '\\' OR LOWER(source) LIKE ? ESCAPE '\\')");
            String like = "%" + q.text().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(like);
            args.add(like);
        }
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

    private static void in(StringBuilder sql, List<Object> args, String column, Set<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (").append(String.join(", ", Collections.nCopies(values.size(), "?")))
                .append(')');
        args.addAll(values.stream().sorted().toList());
    }
}
