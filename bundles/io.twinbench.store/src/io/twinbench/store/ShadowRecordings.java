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
import java.util.function.Consumer;

/**
 * Shadow sessions and what they recorded: the signed order and where the session is, what the
 * endpoint could capture and its counts (as the agent last reported them), and the recording
 * itself, live and twin side by side: system calls, HTTP exchanges and the pcapng file in chunks.
 * The recording is evidence: rows are only ever added, in one transaction per batch the agent sent.
 */
public final class ShadowRecordings {

    public static final String ORDERED = "ordered";
    public static final String STOPPING = "stopping";
    public static final String LIVE = "live";
    public static final String TWIN = "twin";

    /** capabilities and counts: JSON as the agent last reported them (null before its first report). */
    public record Session(String id, String endpointId, String state, byte[] envelope, String scope, Instant created, Instant expires, Instant ended,
            String stopReason, String capabilities, String counts, String detail, String createdBy, Instant updated) {

        public boolean over() {
            return ended != null;
        }
    }

    public record Syscall(long seq, int pid, long micros, String name, String arguments, long result, String error, long durationMicros, List<String> paths) {
    }

    /** Headers as "Name: value" lines. */
    public record Exchange(long seq, String connection, long requestMicros, long responseMicros, String method, String target, List<String> requestHeaders,
            byte[] requestBody, long requestLength, int status, List<String> responseHeaders, byte[] responseBody, long responseLength) {
    }

    /** One batch of a side's recording. */
    public record Batch(List<Syscall> syscalls, List<Exchange> exchanges, long chunk, byte[] pcapng, int packets) {
    }

    private static final String COLUMNS = "id, endpoint_id, state, envelope, scope, created, expires, ended, stop_reason, capabilities, counts, detail,"
            + " created_by, updated";
    private final TwinStore.ConnectionSource connections;

    ShadowRecordings(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    public void create(Session s) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("INSERT INTO shadow_session (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, s.id());
            ps.setString(2, s.endpointId());
            ps.setString(3, s.state());
            ps.setBytes(4, s.envelope());
            ps.setString(5, PlanDeliveries.cut(s.scope(), 4000));
            ps.setTimestamp(6, Timestamp.from(s.created()));
            ps.setTimestamp(7, Timestamp.from(s.expires()));
            ps.setTimestamp(8, s.ended() == null ? null : Timestamp.from(s.ended()));
            ps.setString(9, s.stopReason());
            ps.setString(10, s.capabilities());
            ps.setString(11, s.counts());
            ps.setString(12, PlanDeliveries.cut(s.detail(), 4000));
            ps.setString(13, s.createdBy());
            ps.setTimestamp(14, Timestamp.from(s.updated()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record shadow session " + s.id() + ": " + e.getMessage(), e);
        }
    }

    public Optional<Session> session(String id) {
        List<Session> found = sessions("WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every session, newest first; of one endpoint when endpointId is not null. */
    public List<Session> sessions(String endpointId) {
        return endpointId == null ? sessions("", null) : sessions("WHERE endpoint_id = ?", endpointId);
    }

    /** Sessions the agent has to hear of: orders it has not answered (still in time), and stop orders. */
    public List<Session> waitingFor(String endpointId, Instant now) {
        List<Session> waiting = new ArrayList<>();
        for (Session s : sessions("WHERE endpoint_id = ? AND ended IS NULL", endpointId)) {
            if (ORDERED.equals(s.state()) ? s.expires().isAfter(now) : STOPPING.equals(s.state())) {
                waiting.add(s);
            }
        }
        return waiting;
    }

    private List<Session> sessions(String where, String value) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM shadow_session " + where
                + " ORDER BY created DESC, id")) {
            if (value != null) {
                ps.setString(1, value);
            }
            List<Session> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Session(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4), rs.getString(5), instant(rs, 6), instant(rs, 7),
                            instant(rs, 8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), instant(rs, 14)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read shadow sessions: " + e.getMessage(), e);
        }
    }

    /** The analyst stops a session before its deadline: the agent hears of it on its channel. False when it is over already. */
    public boolean stop(String id, String reason, Instant now) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("UPDATE shadow_session SET state = ?, stop_reason = ?,"
                + " updated = ? WHERE id = ? AND ended IS NULL")) {
            ps.setString(1, STOPPING);
            ps.setString(2, PlanDeliveries.cut(reason, 2000));
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setString(4, id);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("cannot stop shadow session " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * What the agent reported: its state, capabilities and counts. A refused or ended session is over;
     * one the agent never answered is over at its deadline ({@link #expire}).
     */
    public void report(String id, String state, String capabilities, String counts, String detail, boolean over, Instant now) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("UPDATE shadow_session SET state = CASE WHEN state = ? AND ? = FALSE"
                + " THEN state ELSE ? END, capabilities = COALESCE(?, capabilities), counts = COALESCE(?, counts), detail = ?,"
                + " ended = CASE WHEN ? THEN ? ELSE ended END, updated = ? WHERE id = ? AND ended IS NULL")) {
            ps.setString(1, STOPPING);
            ps.setBoolean(2, over);
            ps.setString(3, state);
            ps.setString(4, capabilities);
            ps.setString(5, counts);
            ps.setString(6, PlanDeliveries.cut(detail, 4000));
            ps.setBoolean(7, over);
            ps.setTimestamp(8, Timestamp.from(now));
            ps.setTimestamp(9, Timestamp.from(now));
            ps.setString(10, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record the report of shadow session " + id + ": " + e.getMessage(), e);
        }
    }

    /** How long after its deadline a session's agent has to say it ended before the session counts as cut off. */
    public static final java.time.Duration REPORT_GRACE = java.time.Duration.ofSeconds(30);

    /** Sessions whose deadline passed REPORT_GRACE ago and that no agent said ended (it was cut off): over, with that said. */
    public int expire(Instant now) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("UPDATE shadow_session SET state = 'expired', ended = expires,"
                + " updated = ?, detail = 'its deadline passed without the agent saying it ended (cut off?)' WHERE ended IS NULL AND expires < ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            // an agent says it ended only after its deadline, over its spool: a read in between must not call that session cut off
            ps.setTimestamp(2, Timestamp.from(now.minus(REPORT_GRACE)));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot expire shadow sessions: " + e.getMessage(), e);
        }
    }

    /** Forgets the twin side of a session before it is replayed again (the live side, the evidence, is never touched). */
    public void clearTwin(String sessionId) {
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            for (String table : List.of("shadow_syscall", "shadow_exchange")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE session_id = ? AND side = ?")) {
                    ps.setString(1, sessionId);
                    ps.setString(2, TWIN);
                    ps.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot clear the twin side of shadow session " + sessionId + ": " + e.getMessage(), e);
        }
    }

    /** What the last replay into the twin did, in words. */
    public void replayed(String sessionId, String summary) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("UPDATE shadow_session SET replay = ? WHERE id = ?")) {
            ps.setString(1, PlanDeliveries.cut(summary, 4000));
            ps.setString(2, sessionId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record the replay of shadow session " + sessionId + ": " + e.getMessage(), e);
        }
    }

    /** The last replay's summary, or null before one. */
    public String replay(String sessionId) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT replay FROM shadow_session WHERE id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the replay of shadow session " + sessionId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds a batch of one side's recording in one transaction; sequence numbers continue the side's.
     * Batches are numbered by their sender: one numbered at or below the last one taken was taken
     * already (resent after a lost acknowledgement) and changes nothing. False then.
     */
    public boolean append(String sessionId, String side, Batch batch) {
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            try {
                if (LIVE.equals(side)) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE shadow_session SET last_chunk = ? WHERE id = ? AND last_chunk < ?")) {
                        ps.setLong(1, batch.chunk());
                        ps.setString(2, sessionId);
                        ps.setLong(3, batch.chunk());
                        if (ps.executeUpdate() == 0) {
                            c.rollback();
                            return false;
                        }
                    }
                }
                if (!batch.syscalls().isEmpty()) {
                    long seq = nextSyscall(c, sessionId, side);
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO shadow_syscall (session_id, side, first_seq, calls, first_micros,"
                            + " last_micros, data) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        ps.setString(1, sessionId);
                        ps.setString(2, side);
                        ps.setLong(3, seq);
                        ps.setInt(4, batch.syscalls().size());
                        ps.setLong(5, batch.syscalls().stream().mapToLong(Syscall::micros).min().orElse(0));
                        ps.setLong(6, batch.syscalls().stream().mapToLong(Syscall::micros).max().orElse(0));
                        ps.setBytes(7, SyscallBatches.encode(batch.syscalls()));
                        ps.executeUpdate();
                    }
                }
                if (!batch.exchanges().isEmpty()) {
                    // a twin's exchange answers the live one of the same number
                    long seq = TWIN.equals(side) ? -1 : next(c, "shadow_exchange", sessionId, side);
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO shadow_exchange (session_id, side, seq, connection, request_micros,"
                            + " response_micros, method, target, status, request_headers, request_body, request_length, response_headers, response_body,"
                            + " response_length) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        for (Exchange x : batch.exchanges()) {
                            ps.setString(1, sessionId);
                            ps.setString(2, side);
                            ps.setLong(3, seq < 0 ? x.seq() : seq++);
                            ps.setString(4, PlanDeliveries.cut(x.connection(), 200));
                            ps.setLong(5, x.requestMicros());
                            ps.setLong(6, x.responseMicros());
                            ps.setString(7, x.method());
                            ps.setString(8, PlanDeliveries.cut(x.target(), 8192));
                            ps.setInt(9, x.status());
                            ps.setString(10, String.join("\n", x.requestHeaders()));
                            ps.setBytes(11, x.requestBody());
                            ps.setLong(12, x.requestLength());
                            ps.setString(13, String.join("\n", x.responseHeaders()));
                            ps.setBytes(14, x.responseBody());
                            ps.setLong(15, x.responseLength());
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                }
                if (batch.pcapng().length > 0) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO shadow_pcapng (session_id, chunk, packets, data) VALUES (?, ?, ?, ?)")) {
                        ps.setString(1, sessionId);
                        ps.setLong(2, batch.chunk());
                        ps.setInt(3, batch.packets());
                        ps.setBytes(4, batch.pcapng());
                        ps.executeUpdate();
                    }
                }
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record shadow session " + sessionId + ": " + e.getMessage(), e);
        }
    }

    private static long nextSyscall(Connection c, String sessionId, String side) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(first_seq + calls), 0) FROM shadow_syscall WHERE session_id = ? AND side = ?")) {
            ps.setString(1, sessionId);
            ps.setString(2, side);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long next(Connection c, String table, String sessionId, String side) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), -1) + 1 FROM " + table + " WHERE session_id = ? AND side = ?")) {
            ps.setString(1, sessionId);
            ps.setString(2, side);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A side's system calls in order, from seq on, at most limit. */
    public List<Syscall> syscalls(String sessionId, String side, long fromSeq, int limit) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT first_seq, data FROM shadow_syscall"
                + " WHERE session_id = ? AND side = ? AND first_seq + calls > ? ORDER BY first_seq")) {
            ps.setString(1, sessionId);
            ps.setString(2, side);
            ps.setLong(3, fromSeq);
            List<Syscall> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && out.size() < limit) {
                    for (Syscall s : SyscallBatches.decode(rs.getLong(1), rs.getBytes(2))) {
                        if (s.seq() >= fromSeq && out.size() < limit) {
                            out.add(s);
                        }
                    }
                }
            }
            return out;
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot read the system calls of shadow session " + sessionId + ": " + e.getMessage(), e);
        }
    }

    /** A side's system calls that started within [fromMicros, toMicros], in order, at most limit. */
    public List<Syscall> syscallsBetween(String sessionId, String side, long fromMicros, long toMicros, int limit) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT first_seq, data FROM shadow_syscall"
                + " WHERE session_id = ? AND side = ? AND last_micros >= ? AND first_micros <= ? ORDER BY first_seq")) {
            ps.setString(1, sessionId);
            ps.setString(2, side);
            ps.setLong(3, fromMicros);
            ps.setLong(4, toMicros);
            List<Syscall> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (Syscall s : SyscallBatches.decode(rs.getLong(1), rs.getBytes(2))) {
                        if (s.micros() >= fromMicros && s.micros() <= toMicros) {
                            out.add(s);
                        }
                    }
                }
            }
            out.sort(java.util.Comparator.comparingLong(Syscall::micros));
            return out.size() > limit ? out.subList(0, limit) : out;
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot read the system calls of shadow session " + sessionId + ": " + e.getMessage(), e);
        }
    }

    /** A side's HTTP exchanges in order, from seq on, at most limit. */
    public List<Exchange> exchanges(String sessionId, String side, long fromSeq, int limit) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT seq, connection, request_micros, response_micros,"
                + " method, target, request_headers, request_body, request_length, status, response_headers, response_body, response_length"
                + " FROM shadow_exchange WHERE session_id = ? AND side = ? AND seq >= ? ORDER BY seq FETCH FIRST ? ROWS ONLY")) {
            ps.setString(1, sessionId);
            ps.setString(2, side);
            ps.setLong(3, fromSeq);
            ps.setInt(4, limit);
            List<Exchange> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Exchange(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6), lines(rs.getString(7)),
                            bytes(rs.getBytes(8)), rs.getLong(9), rs.getInt(10), lines(rs.getString(11)), bytes(rs.getBytes(12)), rs.getLong(13)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the HTTP exchanges of shadow session " + sessionId + ": " + e.getMessage(), e);
        }
    }

    /** How many system calls and exchanges a side holds, and the packets in its pcapng. */
    public long[] counts(String sessionId, String side) {
        long[] counts = new long[3];
        try (Connection c = connections.get()) {
            counts[0] = count(c, "SELECT COALESCE(SUM(calls), 0) FROM shadow_syscall WHERE session_id = ? AND side = ?", sessionId, side);
            counts[1] = count(c, "SELECT COUNT(*) FROM shadow_exchange WHERE session_id = ? AND side = ?", sessionId, side);
            counts[2] = LIVE.equals(side) ? count(c, "SELECT COALESCE(SUM(packets), 0) FROM shadow_pcapng WHERE session_id = ?", sessionId, null) : 0;
            return counts;
        } catch (SQLException e) {
            throw new StoreException("cannot count the recording of shadow session " + sessionId + ": " + e.getMessage(), e);
        }
    }

    private static long count(Connection c, String sql, String sessionId, String side) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, sessionId);
            if (side != null) {
                ps.setString(2, side);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The live side's pcapng file, chunk by chunk in order. */
    public void pcapng(String sessionId, Consumer<byte[]> chunks) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement("SELECT data FROM shadow_pcapng WHERE session_id = ? ORDER BY chunk")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    chunks.accept(rs.getBytes(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the packets of shadow session " + sessionId + ": " + e.getMessage(), e);
        }
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static byte[] bytes(byte[] b) {
        return b == null ? new byte[0] : b;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
