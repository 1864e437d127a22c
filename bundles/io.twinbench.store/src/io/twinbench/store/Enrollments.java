package io.twinbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Enrolment tokens (kept only as hashes) and enrolled agents. Redeeming a token is one
 * conditional update, so two agents racing with the same token cannot both win.
 */
public final class Enrollments {

    /** Why a token was not accepted, in words both logs can show. */
    public enum Refusal {
        UNKNOWN("the enrolment token is unknown"),
        EXPIRED("the enrolment token has expired"),
        USED("the enrolment token was already used");

        private final String reason;

        Refusal(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private final TwinStore.ConnectionSource connections;

    Enrollments(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    public void addToken(String tokenHash, Instant created, Instant expires) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO enrollment_token (token_hash, created, expires) VALUES (?, ?, ?)")) {
            ps.setString(1, tokenHash);
            ps.setTimestamp(2, Timestamp.from(created));
            ps.setTimestamp(3, Timestamp.from(expires));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot store an enrolment token: " + e.getMessage(), e);
        }
    }

    /** Marks the token used by this agent; empty when it worked, otherwise why not. */
    public Optional<Refusal> redeem(String tokenHash, String agentId, Instant now) {
        try (Connection c = connections.get()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE enrollment_token SET used_at = ?, used_by = ?"
                    + " WHERE token_hash = ? AND used_at IS NULL AND expires > ?")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setString(2, agentId);
                ps.setString(3, tokenHash);
                ps.setTimestamp(4, Timestamp.from(now));
                if (ps.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT used_at FROM enrollment_token WHERE token_hash = ?")) {
                ps.setString(1, tokenHash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.of(Refusal.UNKNOWN);
                    }
                    return Optional.of(rs.getTimestamp(1) != null ? Refusal.USED : Refusal.EXPIRED);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot check an enrolment token: " + e.getMessage(), e);
        }
    }

    /** Records an agent's (new) certificate; re-enrolling an agent replaces its certificate and trust. */
    public void recordAgent(AgentRecord agent) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(connections.dialect().upsert("agent",
                List.of("id", "hostname", "cert_serial", "cert_not_after", "enrolled_at", "revoked_at"), List.of("id")))) {
            ps.setString(1, agent.id());
            ps.setString(2, agent.hostname());
            ps.setString(3, agent.certificateSerial());
            ps.setTimestamp(4, Timestamp.from(agent.certificateNotAfter()));
            ps.setTimestamp(5, Timestamp.from(agent.enrolledAt()));
            ps.setTimestamp(6, null);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record agent " + agent.id() + ": " + e.getMessage(), e);
        }
    }

    public Optional<AgentRecord> agent(String id) {
        return query("SELECT id, hostname, cert_serial, cert_not_after, enrolled_at, revoked_at FROM agent WHERE id = ?", id)
                .stream().findFirst();
    }

    public List<AgentRecord> agents() {
        return query("SELECT id, hostname, cert_serial, cert_not_after, enrolled_at, revoked_at FROM agent ORDER BY id", null);
    }

    public boolean revoke(String id, Instant now) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "UPDATE agent SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("cannot revoke agent " + id + ": " + e.getMessage(), e);
        }
    }

    private List<AgentRecord> query(String sql, String id) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) {
                ps.setString(1, id);
            }
            List<AgentRecord> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp revoked = rs.getTimestamp(6);
                    result.add(new AgentRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                            rs.getTimestamp(5).toInstant(), revoked == null ? null : revoked.toInstant()));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot read agents: " + e.getMessage(), e);
        }
    }
}
