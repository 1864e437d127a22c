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
 * The collection policies the workspace issued to its agents, each signed (its envelope as the
 * agents get it) with a serial that only grows, and what each agent last reported: the serial it
 * enforces, or the one it refused and why. The newest issued is the one in force.
 */
public final class CollectionPolicies {

    /** One issued policy; rules: its rules as JSON (what is compared to know whether a new one is needed). */
    public record Issued(long serial, String source, String rules, byte[] envelope, String issuedBy, Instant issued) {
    }

    /** What an agent reported last. */
    public record AgentState(String endpointId, long serial, String state, String detail, Instant reported) {
    }

    private final TwinStore.ConnectionSource connections;

    CollectionPolicies(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    /** The serial the next policy gets. */
    public long nextSerial() {
        return latest().map(i -> i.serial() + 1).orElse(1L);
    }

    /** Keeps an issued policy; a serial issued already (two workbenches at once) is refused. */
    public void issue(Issued issued) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO collection_policy (serial, source, rules, envelope, issued_by, issued) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, issued.serial());
            ps.setString(2, PlanDeliveries.cut(issued.source(), 2000));
            ps.setString(3, issued.rules());
            ps.setBytes(4, issued.envelope());
            ps.setString(5, PlanDeliveries.cut(issued.issuedBy(), 200));
            ps.setTimestamp(6, Timestamp.from(issued.issued()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot keep collection policy " + issued.serial() + ": " + e.getMessage(), e);
        }
    }

    public Optional<Issued> latest() {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "SELECT serial, source, rules, envelope, issued_by, issued FROM collection_policy ORDER BY serial DESC")) {
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Issued(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the collection policy: " + e.getMessage(), e);
        }
    }

    /** Records what an agent reported, replacing what it reported before. */
    public void report(AgentState state) {
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM collection_state WHERE endpoint_id = ?");
                    PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO collection_state (endpoint_id, serial, state, detail, reported) VALUES (?, ?, ?, ?, ?)")) {
                delete.setString(1, state.endpointId());
                delete.executeUpdate();
                insert.setString(1, state.endpointId());
                insert.setLong(2, state.serial());
                insert.setString(3, state.state());
                insert.setString(4, PlanDeliveries.cut(state.detail(), 2000));
                insert.setTimestamp(5, Timestamp.from(state.reported()));
                insert.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record agent " + state.endpointId() + "'s collection policy: " + e.getMessage(), e);
        }
    }

    /** What every agent reported last, by endpoint. */
    public List<AgentState> states() {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "SELECT endpoint_id, serial, state, detail, reported FROM collection_state ORDER BY endpoint_id");
                ResultSet rs = ps.executeQuery()) {
            List<AgentState> states = new ArrayList<>();
            while (rs.next()) {
                states.add(new AgentState(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()));
            }
            return states;
        } catch (SQLException e) {
            throw new StoreException("cannot read what agents enforce: " + e.getMessage(), e);
        }
    }
}
