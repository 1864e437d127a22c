package io.twinbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.twinbench.model.twin.Twin;

/**
 * Each twin's inventory as last received (the source its model is built from), each
 * section's hash, and the history of what changed.
 */
public final class Inventories {

    private final TwinStore.ConnectionSource connections;
    private final TwinSnapshots snapshots;

    Inventories(TwinStore.ConnectionSource connections, TwinSnapshots snapshots) {
        this.connections = connections;
        this.snapshots = snapshots;
    }

    /** Section name to (item key to attributes JSON), sections and items in key order. */
    public Map<String, Map<String, String>> items(String twinId) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "SELECT section, item_key, attributes FROM inventory_item WHERE twin_id = ? ORDER BY section, item_key")) {
            ps.setString(1, twinId);
            Map<String, Map<String, String>> result = new TreeMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot read the inventory of " + twinId + ": " + e.getMessage(), e);
        }
    }

    public Map<String, String> hashes(String twinId) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "SELECT section, hash FROM inventory_section WHERE twin_id = ? ORDER BY section")) {
            ps.setString(1, twinId);
            Map<String, String> result = new TreeMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(1), rs.getString(2));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot read the section hashes of " + twinId + ": " + e.getMessage(), e);
        }
    }

    /** The twin's history with from ≤ at < to, oldest first, at most limit entries. */
    public List<TwinChange> changes(String twinId, Instant from, Instant to, int limit) {
        return changes(twinId, null, from, to, limit);
    }

    /** The history of one section of the twin (every section when null) with from ≤ at < to, oldest first, at most limit entries. */
    public List<TwinChange> changes(String twinId, String section, Instant from, Instant to, int limit) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT at, source, section, item_key, change,"
                + " before_value, after_value FROM twin_change WHERE twin_id = ? AND at >= ? AND at < ?"
                + (section == null ? "" : " AND section = ?") + " ORDER BY at, id LIMIT ?")) {
            int i = 1;
            ps.setString(i++, twinId);
            ps.setTimestamp(i++, Timestamp.from(from));
            ps.setTimestamp(i++, Timestamp.from(to));
            if (section != null) {
                ps.setString(i++, section);
            }
            ps.setInt(i, limit);
            return changesOf(twinId, ps);
        } catch (SQLException e) {
            throw new StoreException("cannot read the history of " + twinId + ": " + e.getMessage(), e);
        }
    }

    /**
     * The twin's newest history with from ≤ at < to, newest first, at most limit entries: what a
     * view of recent changes shows (oldest first with a limit would cut off the newest).
     */
    public List<TwinChange> newestChanges(String twinId, Instant from, Instant to, int limit) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT at, source, section, item_key, change,"
                + " before_value, after_value FROM twin_change WHERE twin_id = ? AND at >= ? AND at < ? ORDER BY at DESC, id DESC LIMIT ?")) {
            ps.setString(1, twinId);
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setTimestamp(3, Timestamp.from(to));
            ps.setInt(4, limit);
            return changesOf(twinId, ps);
        } catch (SQLException e) {
            throw new StoreException("cannot read the history of " + twinId + ": " + e.getMessage(), e);
        }
    }

    /** The history rows a query selects as (at, source, section, item_key, change, before_value, after_value). */
    private static List<TwinChange> changesOf(String twinId, PreparedStatement ps) throws SQLException {
        List<TwinChange> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new TwinChange(twinId, rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
                        TwinChange.Kind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7)));
            }
        }
        return result;
    }

    /** When the twin's first inventory was stored (its oldest history entry), if it has any. */
    public java.util.Optional<Instant> firstChangeAt(String twinId) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT MIN(at) FROM twin_change WHERE twin_id = ?")) {
            ps.setString(1, twinId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Timestamp first = rs.getTimestamp(1);
                return first == null ? java.util.Optional.empty() : java.util.Optional.of(first.toInstant());
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the history of " + twinId + ": " + e.getMessage(), e);
        }
    }

    /** Writes sections inside the caller's transaction. */
    void writeIn(Connection c, String twinId, List<SectionWrite> writes, Instant now) throws SQLException {
        for (SectionWrite w : writes) {
            if (w.replace()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM inventory_item WHERE twin_id = ? AND section = ?")) {
                    ps.setString(1, twinId);
                    ps.setString(2, w.section());
                    ps.executeUpdate();
                }
            } else if (!w.removals().isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM inventory_item WHERE twin_id = ? AND section = ? AND item_key = ?")) {
                    for (String key : w.removals()) {
                        ps.setString(1, twinId);
                        ps.setString(2, w.section());
                        ps.setString(3, key);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    connections.dialect().upsert("inventory_item", List.of("twin_id", "section", "item_key", "attributes"),
                            List.of("twin_id", "section", "item_key")))) {
                for (Map.Entry<String, String> item : w.upserts().entrySet()) {
                    ps.setString(1, twinId);
                    ps.setString(2, w.section());
                    ps.setString(3, item.getKey());
                    ps.setString(4, item.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    connections.dialect().upsert("inventory_section", List.of("twin_id", "section", "hash", "updated"), List.of("twin_id", "section")))) {
                ps.setString(1, twinId);
                ps.setString(2, w.section());
                ps.setString(3, w.hash());
                ps.setTimestamp(4, Timestamp.from(now));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO twin_change (twin_id, at, source, section, item_key, change,"
                    + " before_value, after_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (TwinChange change : w.changes()) {
                    ps.setString(1, twinId);
                    ps.setTimestamp(2, Timestamp.from(change.at()));
                    ps.setString(3, change.source());
                    ps.setString(4, change.section());
                    ps.setString(5, change.itemKey());
                    ps.setString(6, change.change().name());
                    ps.setString(7, change.before());
                    ps.setString(8, change.after());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /**
     * Stores a twin built from an inventory that has no agent stream (an imported image): its
     * snapshot and its sections in one transaction, so a failure leaves neither. Returns the
     * snapshot's version.
     */
    public long writeWithSnapshot(Twin twin, List<SectionWrite> writes, Instant now) {
        byte[] compressed = snapshots.compressChecked(twin);
        String twinId = twin.getId();
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try {
                long version = snapshots.saveIn(c, twin, compressed, now);
                writeIn(c, twinId, writes, now);
                c.commit();
                return version;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store the inventory of " + twinId + ": " + e.getMessage(), e);
        }
    }
}
