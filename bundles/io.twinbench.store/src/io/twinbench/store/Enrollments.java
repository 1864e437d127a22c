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
 * Enrolment tokens (kept only as hashes), enrolled agents and the audit of their trust. A token
 * is redeemed and its agent recorded in one transaction, so two agents racing with one token, or
 * two tokens racing for one id, cannot both win. An id already enrolled is taken only by a token
 * made for that id (an explicit re-enrolment, audited), and a revoked id is never trusted again.
 */
public final class Enrollments {

    private final TwinStore.ConnectionSource connections;

    Enrollments(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    /** A token for any new agent id (agentId null), or only for the given id, which may then replace that agent's certificate. */
    public void addToken(String tokenHash, Instant created, Instant expires, String agentId) {
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try {
                if (agentId != null) {
                    Optional<AgentRecord> existing = agent(c, agentId);
                    if (existing.isPresent() && existing.get().isRevoked()) {
                        throw new StoreException("agent " + agentId + " was revoked on " + existing.get().revokedAt()
                                + ": a revoked id stays revoked; enrol the endpoint under a new id");
                    }
                    if (existing.isPresent()) {
                        audit(c, created, agentId, AgentAudit.RE_ENROLMENT_TOKEN, "valid until " + expires);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO enrollment_token (token_hash, created, expires, agent_id) VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, tokenHash);
                    ps.setTimestamp(2, Timestamp.from(created));
                    ps.setTimestamp(3, Timestamp.from(expires));
                    ps.setString(4, agentId);
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store an enrolment token: " + e.getMessage(), e);
        }
    }

    /**
     * Redeems the token for this agent and records it with its certificate; empty when it
     * worked, otherwise why not, in words both logs can show.
     */
    public Optional<String> enrol(String tokenHash, AgentRecord agent, Instant now) {
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try {
                Optional<String> refusal = redeem(c, tokenHash, agent.id(), now);
                if (refusal.isEmpty()) {
                    refusal = record(c, agent, boundTo(c, tokenHash), now);
                }
                if (refusal.isPresent()) {
                    c.rollback();
                } else {
                    c.commit();
                }
                return refusal;
            } catch (SQLException e) {
                c.rollback();
                if (agent(c, agent.id()).isPresent()) {
                    // another token enrolled this id between our check and our insert
                    return Optional.of(inUse(agent.id()));
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot enrol agent " + agent.id() + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> redeem(Connection c, String tokenHash, String agentId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT used_at, expires, agent_id FROM enrollment_token WHERE token_hash = ? FOR UPDATE")) {
            ps.setString(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.of("the enrolment token is unknown");
                }
                if (rs.getTimestamp(1) != null) {
                    return Optional.of("the enrolment token was already used");
                }
                if (!rs.getTimestamp(2).toInstant().isAfter(now)) {
                    return Optional.of("the enrolment token has expired");
                }
                String bound = rs.getString(3);
                if (bound != null && !bound.equals(agentId)) {
                    return Optional.of("the enrolment token was made for agent '" + bound + "', not '" + agentId + "'");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE enrollment_token SET used_at = ?, used_by = ? WHERE token_hash = ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, agentId);
            ps.setString(3, tokenHash);
            ps.executeUpdate();
        }
        return Optional.empty();
    }

    private static String boundTo(Connection c, String tokenHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT agent_id FROM enrollment_token WHERE token_hash = ?")) {
            ps.setString(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Inserts a new agent, or replaces the certificate of one the token was made for; never clears a revocation. */
    private Optional<String> record(Connection c, AgentRecord agent, String boundTo, Instant now) throws SQLException {
        Optional<AgentRecord> existing = agent(c, agent.id());
        if (existing.isPresent() && existing.get().isRevoked()) {
            return Optional.of("agent " + agent.id() + " was revoked on " + existing.get().revokedAt()
                    + ": a revoked id stays revoked; enrol the endpoint under a new id");
        }
        if (existing.isPresent() && !agent.id().equals(boundTo)) {
            return Optional.of(inUse(agent.id()));
        }
        if (existing.isPresent()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE agent SET hostname = ?, cert_serial = ?, cert_not_after = ?, enrolled_at = ?"
                    + " WHERE id = ? AND revoked_at IS NULL")) {
                ps.setString(1, agent.hostname());
                ps.setString(2, agent.certificateSerial());
                ps.setTimestamp(3, Timestamp.from(agent.certificateNotAfter()));
                ps.setTimestamp(4, Timestamp.from(agent.enrolledAt()));
                ps.setString(5, agent.id());
                if (ps.executeUpdate() != 1) {
                    return Optional.of("agent " + agent.id() + " was revoked meanwhile");
                }
            }
            audit(c, now, agent.id(), AgentAudit.RE_ENROLLED, "on " + agent.hostname() + ", replacing certificate "
                    + existing.get().certificateSerial() + " with " + agent.certificateSerial());
        } else {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO agent (id, hostname, cert_serial, cert_not_after, enrolled_at)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, agent.id());
                ps.setString(2, agent.hostname());
                ps.setString(3, agent.certificateSerial());
                ps.setTimestamp(4, Timestamp.from(agent.certificateNotAfter()));
                ps.setTimestamp(5, Timestamp.from(agent.enrolledAt()));
                ps.executeUpdate();
            }
            audit(c, now, agent.id(), AgentAudit.ENROLLED, "on " + agent.hostname() + ", certificate " + agent.certificateSerial());
        }
        return Optional.empty();
    }

    private static String inUse(String agentId) {
        return "agent id '" + agentId + "' is already enrolled: only a re-enrolment token made for it"
                + " (enroll-token --agent " + agentId + ") can replace its certificate";
    }

    private static void audit(Connection c, Instant at, String agentId, String action, String detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO agent_audit (at, agent_id, action, detail) VALUES (?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, agentId);
            ps.setString(3, action);
            ps.setString(4, detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000));
            ps.executeUpdate();
        }
    }

    /** The agent's trust decisions, oldest first. */
    public List<AgentAudit> audit(String agentId) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "SELECT at, agent_id, action, detail FROM agent_audit WHERE agent_id = ? ORDER BY at, id")) {
            ps.setString(1, agentId);
            List<AgentAudit> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new AgentAudit(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot read agent " + agentId + "'s audit: " + e.getMessage(), e);
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
            boolean revoked = ps.executeUpdate() == 1;
            if (revoked) {
                audit(c, now, id, AgentAudit.REVOKED, null);
            }
            return revoked;
        } catch (SQLException e) {
            throw new StoreException("cannot revoke agent " + id + ": " + e.getMessage(), e);
        }
    }

    private static Optional<AgentRecord> agent(Connection c, String id) throws SQLException {
        return query(c, "SELECT id, hostname, cert_serial, cert_not_after, enrolled_at, revoked_at FROM agent WHERE id = ?", id)
                .stream().findFirst();
    }

    private List<AgentRecord> query(String sql, String id) {
        try (Connection c = connections.get()) {
            return query(c, sql, id);
        } catch (SQLException e) {
            throw new StoreException("cannot read agents: " + e.getMessage(), e);
        }
    }

    private static List<AgentRecord> query(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
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
        }
    }
}
