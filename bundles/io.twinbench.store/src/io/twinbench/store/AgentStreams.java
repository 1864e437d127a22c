package io.twinbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Each agent's numbered stream of frames. A frame's effects and the agent's committed
 * sequence number change in one transaction, so a frame re-sent after a lost acknowledgement
 * or a crash is recognised and never applied twice.
 */
public final class AgentStreams {

    private final TwinStore.ConnectionSource connections;
    private final TelemetrySamples telemetry;
    private final Inventories inventories;
    private final Events events;

    AgentStreams(TwinStore.ConnectionSource connections, TelemetrySamples telemetry, Inventories inventories, Events events) {
        this.connections = connections;
        this.telemetry = telemetry;
        this.inventories = inventories;
        this.events = events;
    }

    /** The highest sequence number committed for this agent (0 before its first frame). */
    public long lastSeq(String agentId) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM agent WHERE id = ?")) {
            ps.setString(1, agentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("agent " + agentId + " is not enrolled");
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the stream position of agent " + agentId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stores a frame's samples and advances the agent's stream to seq, atomically. Returns
     * false, changing nothing, when seq was already committed.
     */
    public boolean commitTelemetry(String agentId, long seq, List<SeriesAppend> series, Instant now) {
        boolean applied = commitTelemetry(List.of(new TelemetryFrame(agentId, seq, series)), now).get(0);
        if (!applied) {
            lastSeq(agentId); // names an agent that is not enrolled
        }
        return applied;
    }

    /**
     * Commits many agents' telemetry frames in one transaction (group commit): each frame is
     * applied only if its sequence number is above its agent's committed one, and the agents'
     * sequence numbers move with the samples. Returns, per frame and in order, whether it was
     * applied. Frames of an unknown agent are skipped (false).
     */
    public List<Boolean> commitTelemetry(List<TelemetryFrame> frames, Instant now) {
        try {
            return commitGroup(frames, now, false);
        } catch (StoreException e) {
            if (!isDuplicateKey(e.getCause())) {
                throw e;
            }
            // some sample's time is already stored (a clock stepped back): replace, at MERGE's price
            return commitGroup(frames, now, true);
        }
    }

    /** SQLState 23505, unique violation, anywhere in the chain (a batch wraps it). */
    private static boolean isDuplicateKey(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            for (SQLException s = c instanceof SQLException q ? q : null; s != null; s = s.getNextException()) {
                if ("23505".equals(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Boolean> commitGroup(List<TelemetryFrame> frames, Instant now, boolean replace) {
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try {
                boolean[] fresh = advance(c, frames.stream().map(TelemetryFrame::agentId).toList(),
                        frames.stream().map(TelemetryFrame::seq).toList(), now);
                List<Boolean> applied = new ArrayList<>(frames.size());
                List<SeriesAppend> appends = new ArrayList<>();
                for (int i = 0; i < frames.size(); i++) {
                    boolean apply = fresh[i];
                    applied.add(apply);
                    if (apply) {
                        appends.addAll(frames.get(i).series());
                    }
                }
                telemetry.appendAllIn(c, appends, replace);
                c.commit();
                return applied;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                telemetry.forgetUncommittedSeries();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot commit " + frames.size() + " telemetry frames: " + e.getMessage(), e);
        }
    }

    /** Stores a frame's inventory sections, their history, and advances the agent's stream to seq, atomically. */
    public boolean commitInventory(String agentId, long seq, String twinId, List<SectionWrite> writes, Instant now) {
        return commit(agentId, seq, now, c -> inventories.writeIn(c, twinId, writes, now));
    }

    /** Stores a frame's events and advances the agent's stream to seq, atomically. */
    public boolean commitEvents(String agentId, long seq, List<StoredEvent> frameEvents, Instant now) {
        return commit(agentId, seq, now, c -> events.appendIn(c, frameEvents));
    }

    /** Advances the stream past a frame that was refused or had no effect, so the agent may drop it. */
    public boolean commitRefused(String agentId, long seq, Instant now) {
        return commit(agentId, seq, now, c -> {
        });
    }

    /** Records a connection's Hello: the agent spoke now, with this version, and said what it cannot collect (notes, may be empty). */
    public void markSeen(String agentId, String agentVersion, String notes, Instant now) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "UPDATE agent SET last_seen = ?, agent_version = ?, notes = ? WHERE id = ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, agentVersion);
            ps.setString(3, notes == null || notes.isEmpty() ? null : notes.length() > 2000 ? notes.substring(0, 2000) : notes);
            ps.setString(4, agentId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record contact with agent " + agentId + ": " + e.getMessage(), e);
        }
    }

    /** Adds to what the agent's quotas refused; an id that is not enrolled (an OTLP endpoint's twin without an agent) is ignored. */
    public void addRefused(String agentId, AgentRefusals refused) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("UPDATE agent SET refused_series = refused_series + ?,"
                + " refused_samples = refused_samples + ?, refused_events = refused_events + ?, refused_inventories = refused_inventories + ?"
                + " WHERE id = ?")) {
            ps.setLong(1, refused.series());
            ps.setLong(2, refused.samples());
            ps.setLong(3, refused.events());
            ps.setLong(4, refused.inventories());
            ps.setString(5, agentId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot count what agent " + agentId + "'s quotas refused: " + e.getMessage(), e);
        }
    }

    public List<AgentActivity> activity() {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, hostname, agent_version, last_seen, last_seq, revoked_at, notes, refused_series, refused_samples,"
                        + " refused_events, refused_inventories FROM agent ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            List<AgentActivity> result = new ArrayList<>();
            while (rs.next()) {
                Timestamp seen = rs.getTimestamp(4);
                result.add(new AgentActivity(rs.getString(1), rs.getString(2), rs.getString(3),
                        seen == null ? null : seen.toInstant(), rs.getLong(5), rs.getTimestamp(6) != null,
                        rs.getString(7) == null ? "" : rs.getString(7),
                        new AgentRefusals(rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11))));
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot read agent activity: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface FrameEffect {
        void apply(Connection c) throws SQLException;
    }

    private boolean commit(String agentId, long seq, Instant now, FrameEffect effect) {
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try {
                if (!advance(c, List.of(agentId), List.of(seq), now)[0]) {
                    c.rollback();
                    lastSeq(agentId); // names an agent that is not enrolled
                    return false;
                }
                effect.apply(c);
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                telemetry.forgetUncommittedSeries();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot commit frame " + seq + " of agent " + agentId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Moves each agent's committed sequence to the frame's, in order, where the frame is new: one
     * conditional update per frame, which also locks the agent's row until the transaction ends.
     * True where the frame is new; false for a frame already committed or an unknown agent.
     */
    private static boolean[] advance(Connection c, List<String> agentIds, List<Long> seqs, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE agent SET last_seq = ?, last_seen = ? WHERE id = ? AND last_seq < ?")) {
            for (int i = 0; i < agentIds.size(); i++) {
                ps.setLong(1, seqs.get(i));
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setString(3, agentIds.get(i));
                ps.setLong(4, seqs.get(i));
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            boolean[] fresh = new boolean[counts.length];
            for (int i = 0; i < counts.length; i++) {
                fresh[i] = counts[i] > 0;
            }
            return fresh;
        }
    }
}
