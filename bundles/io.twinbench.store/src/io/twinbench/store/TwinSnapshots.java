package io.twinbench.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import io.twinbench.model.io.TwinFormatException;
import io.twinbench.model.io.TwinXmi;
import io.twinbench.model.twin.Twin;

/** Versioned snapshots of whole twins, stored as compressed XMI. */
public final class TwinSnapshots {

    private final TwinStore.ConnectionSource connections;
    private final TwinXmi xmi = new TwinXmi();

    TwinSnapshots(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    /** Saves a new snapshot of the twin and returns its version (1 for the first). */
    public long save(Twin twin) {
        byte[] compressed = compressChecked(twin);
        Instant now = Instant.now();
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try {
                long version = saveIn(c, twin, compressed, now);
                c.commit();
                return version;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save twin " + twin.getId() + ": " + e.getMessage(), e);
        }
    }

    /** The newest snapshot of a twin, or empty when there is no such twin. */
    public Optional<Twin> latest(String twinId) {
        return latestVersion(twinId).map(Versioned::twin);
    }

    /** A twin as one snapshot holds it, with that snapshot's version. */
    public record Versioned(Twin twin, long version) {
    }

    /** The newest snapshot of a twin with its version, or empty when there is no such twin. */
    public Optional<Versioned> latestVersion(String twinId) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "SELECT xmi_gzip, version FROM twin_snapshot WHERE twin_id = ? ORDER BY version DESC LIMIT 1")) {
            ps.setString(1, twinId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long version = rs.getLong(2);
                return Optional.of(new Versioned(decompress(rs.getBinaryStream(1), twinId + " (snapshot " + version + ")"), version));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read twin " + twinId + ": " + e.getMessage(), e);
        }
    }

    /** The version of a twin's newest snapshot, 0 when there is none: a cheap way to tell whether someone else saved one. */
    public long latestVersionNumber(String twinId) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM twin_snapshot WHERE twin_id = ?")) {
            ps.setString(1, twinId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the versions of twin " + twinId + ": " + e.getMessage(), e);
        }
    }

    /** When a snapshot was taken. */
    public record Taken(long version, Instant at) {
    }

    /** The snapshots taken from ≤ at < to, with the last one before from (the twin as it stood when the range began), oldest first. */
    public List<Taken> history(String twinId, Instant from, Instant to) {
        String sql = "SELECT version, taken_at FROM twin_snapshot WHERE twin_id = ? AND taken_at >= ? AND taken_at < ?"
                + " UNION ALL SELECT * FROM (SELECT version, taken_at FROM twin_snapshot WHERE twin_id = ? AND taken_at < ? ORDER BY version DESC LIMIT 1) b"
                + " ORDER BY version";
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, twinId);
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setTimestamp(3, Timestamp.from(to));
            ps.setString(4, twinId);
            ps.setTimestamp(5, Timestamp.from(from));
            List<Taken> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Taken(rs.getLong(1), rs.getTimestamp(2).toInstant()));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot list the snapshots of " + twinId + ": " + e.getMessage(), e);
        }
    }

    /** One snapshot's XMI as stored (uncompressed), or empty when there is no such version. */
    public Optional<byte[]> xmi(String twinId, long version) {
        try (Connection c = connections.get();
                PreparedStatement ps = c.prepareStatement("SELECT xmi_gzip FROM twin_snapshot WHERE twin_id = ? AND version = ?")) {
            ps.setString(1, twinId);
            ps.setLong(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                try (GZIPInputStream in = new GZIPInputStream(rs.getBinaryStream(1), 1 << 16)) {
                    return Optional.of(in.readAllBytes());
                }
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot read snapshot " + version + " of " + twinId + ": " + e.getMessage(), e);
        }
    }

    public List<TwinSummary> list() {
        String sql = "SELECT t.id, t.name, t.hostname, t.source, t.element_count, t.dependency_count, t.updated,"
                + " (SELECT COUNT(*) FROM twin_snapshot s WHERE s.twin_id = t.id) FROM twin t ORDER BY t.name, t.id";
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            List<TwinSummary> result = new ArrayList<>();
            while (rs.next()) {
                result.add(new TwinSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), rs.getTimestamp(7).toInstant(), rs.getInt(8)));
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot list twins: " + e.getMessage(), e);
        }
    }

    private static void upsertTwin(Connection c, io.twinbench.store.internal.Dialect dialect, Twin twin, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(dialect.upsert("twin", List.of("id", "name", "hostname", "source", "element_count",
                "dependency_count", "updated"), List.of("id")))) {
            ps.setString(1, twin.getId());
            ps.setString(2, twin.getName());
            ps.setString(3, twin.getHostname());
            ps.setString(4, twin.getSource());
            ps.setInt(5, twin.getElements().size());
            ps.setInt(6, twin.getDependencies().size());
            ps.setTimestamp(7, Timestamp.from(now));
            ps.executeUpdate();
        }
    }

    /** The twin's id checked and its model compressed, outside any transaction. */
    byte[] compressChecked(Twin twin) {
        if (twin.getId() == null || twin.getId().isBlank()) {
            throw new StoreException("a twin needs an id before it can be stored");
        }
        return compress(twin);
    }

    /** A new snapshot inside the caller's transaction; returns its version. */
    long saveIn(Connection c, Twin twin, byte[] compressed, Instant now) throws SQLException {
        upsertTwin(c, connections.dialect(), twin, now);
        long version = nextVersion(c, twin.getId());
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO twin_snapshot (twin_id, version, taken_at, xmi_gzip) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, twin.getId());
            ps.setLong(2, version);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setBytes(4, compressed);
            ps.executeUpdate();
        }
        return version;
    }

    private static long nextVersion(Connection c, String twinId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM twin_snapshot WHERE twin_id = ?")) {
            ps.setString(1, twinId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private byte[] compress(Twin twin) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 1 << 16)) {
            xmi.write(twin, gzip);
        } catch (IOException e) {
            throw new StoreException("cannot serialise twin " + twin.getId() + ": " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private Twin decompress(InputStream stored, String origin) {
        try (GZIPInputStream in = new GZIPInputStream(stored, 1 << 16)) {
            return xmi.fromBytes(in.readAllBytes(), origin);
        } catch (TwinFormatException e) {
            throw new StoreException("stored twin is unreadable: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("stored twin " + origin + " is damaged: " + e.getMessage(), e);
        }
    }
}
