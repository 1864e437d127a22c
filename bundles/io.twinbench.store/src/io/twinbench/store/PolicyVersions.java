package io.twinbench.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Policies as versioned documents: every version keeps its text, who made it, when and why.
 * The version in force is a policy's newest, unless that version withdrew it. Verdicts (which
 * rule holds on which twin, since when) are kept beside them by {@link ComplianceVerdicts}.
 */
public final class PolicyVersions {

    /** One version of a policy; withdrawn: this version took the policy out of force (its document is the last one in force). */
    public record Version(String name, long version, String kind, String document, String digest, String author, String reason,
            Instant created, boolean withdrawn) {
    }

    private final TwinStore.ConnectionSource connections;

    PolicyVersions(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    /**
     * Keeps a document as the policy's next version, unless it is the text already in force (then
     * that version is returned and nothing is written: applying the same file twice changes nothing).
     */
    public Version save(String name, String kind, String document, String author, String reason, Instant now) {
        return write(name, kind, document, author, reason, now, false);
    }

    /** Takes a policy out of force; its history stays. */
    public Version withdraw(String name, String author, String reason, Instant now) {
        Version latest = latest(name).orElseThrow(() -> new StoreException("no policy named " + name));
        if (latest.withdrawn()) {
            return latest;
        }
        return write(name, latest.kind(), latest.document(), author, reason, now, true);
    }

    private Version write(String name, String kind, String document, String author, String reason, Instant now, boolean withdrawn) {
        String digest = sha256(document);
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try {
                Optional<Version> latest = latest(c, name);
                if (!withdrawn && latest.isPresent() && !latest.get().withdrawn() && latest.get().digest().equals(digest)) {
                    c.rollback();
                    return latest.get();
                }
                long next = latest.map(v -> v.version() + 1).orElse(1L);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO policy_version (name, version, kind, document, digest, author,"
                        + " reason, created, withdrawn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, name);
                    ps.setLong(2, next);
                    ps.setString(3, kind);
                    ps.setString(4, document);
                    ps.setString(5, digest);
                    ps.setString(6, PlanDeliveries.cut(author, 200));
                    ps.setString(7, PlanDeliveries.cut(reason, 4000));
                    ps.setTimestamp(8, Timestamp.from(now));
                    ps.setBoolean(9, withdrawn);
                    ps.executeUpdate();
                }
                c.commit();
                return new Version(name, next, kind, document, digest, author, reason, now, withdrawn);
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot keep policy " + name + ": " + e.getMessage(), e);
        }
    }

    public Optional<Version> latest(String name) {
        try (Connection c = connections.get()) {
            return latest(c, name);
        } catch (SQLException e) {
            throw new StoreException("cannot read policy " + name + ": " + e.getMessage(), e);
        }
    }

    public Optional<Version> version(String name, long version) {
        return query("SELECT " + COLUMNS + " FROM policy_version WHERE name = ? AND version = ?", name, version).stream().findFirst();
    }

    /** Every version of a policy, oldest first. */
    public List<Version> history(String name) {
        return query("SELECT " + COLUMNS + " FROM policy_version WHERE name = ? ORDER BY version", name, null);
    }

    /** The newest version of each policy that is in force, by name. */
    public List<Version> inForce() {
        return query("SELECT " + COLUMNS + " FROM policy_version p WHERE version = (SELECT MAX(version) FROM policy_version q"
                + " WHERE q.name = p.name) AND NOT withdrawn ORDER BY name", null, null);
    }

    private static final String COLUMNS = "name, version, kind, document, digest, author, reason, created, withdrawn";

    private static Optional<Version> latest(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM policy_version WHERE name = ? ORDER BY version DESC")) {
            ps.setMaxRows(1);
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(version(rs)) : Optional.empty();
            }
        }
    }

    private List<Version> query(String sql, String name, Long version) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (name != null) {
                ps.setString(1, name);
            }
            if (version != null) {
                ps.setLong(2, version);
            }
            List<Version> versions = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.add(version(rs));
                }
            }
            return versions;
        } catch (SQLException e) {
            throw new StoreException("cannot read policies: " + e.getMessage(), e);
        }
    }

    private static Version version(ResultSet rs) throws SQLException {
        return new Version(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getTimestamp(8).toInstant(), rs.getBoolean(9));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
