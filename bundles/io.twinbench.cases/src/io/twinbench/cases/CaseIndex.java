package io.twinbench.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * A case's event index: DuckDB, an embedded columnar database. Events are kept sorted by time,
 * so a page of a zoomed view reads one small stretch of the table; a density pyramid (counts per
 * lane in buckets of 1 ms, 10 ms, … a day) draws the lanes of any zoom without counting events;
 * a text filter scans one compressed column. The index is derived: it is rebuilt from the bag's
 * timeline, never exported.
 */
public final class CaseIndex implements AutoCloseable {

    static final String COLUMNS = "id, micros, endpoint, source, side, kind, severity, pid, process, message, ref, connection, element";
    private static final String TABLE = "CREATE TABLE %s (id BIGINT, micros BIGINT, endpoint VARCHAR, source VARCHAR, side VARCHAR,"
            + " kind VARCHAR, severity VARCHAR, pid INTEGER, process VARCHAR, message VARCHAR, ref VARCHAR, connection VARCHAR, element VARCHAR%s)";
    /** The index's own column after the event's: the message in lower case, for case-blind text filters. */
    private static final String FOLDED = ", folded VARCHAR";
    /** The finest bucket of the density pyramid, in microseconds; each level above is ten times wider. */
    static final long FINEST = 1_000;
    static final int LEVELS = 9;
    /** Matches fewer rows apart than a vector of the index are read in one stretch. */
    private static final long NEARBY_ROWS = 2048;

    private final Path file;
    private final DuckDBConnection connection;
    /** Which terms the temporary table of matches holds (null: none). */
    private String hitsKey;
    /** Whether the index has the lower-cased messages (one built before they were added, opened read-only, does not). */
    private boolean folded;

    private CaseIndex(Path file, DuckDBConnection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens an index, creating it empty when absent. Read-only lets other processes read it too.
     * An index from before the lower-cased messages gains them first where it can be written.
     */
    public static CaseIndex open(Path file, boolean readOnly) {
        CaseIndex index = connect(file, readOnly);
        if (!index.folded && readOnly && Files.isWritable(file)) {
            index.close();
            try (CaseIndex upgraded = connect(file, false)) {
                // connecting writable adds them
            } catch (CaseException e) {
                // held by another Twinbench: text filters match case-blind without them, slower
            }
            index = connect(file, true);
        }
        return index;
    }

    private static CaseIndex connect(Path file, boolean readOnly) {
        try {
            Files.createDirectories(file.getParent());
            boolean fresh = !Files.exists(file);
            if (fresh && readOnly) {
                throw new CaseException("the case has no index at " + file + ": rebuild it with `case open`");
            }
            Properties p = new Properties();
            if (readOnly) {
                p.setProperty("duckdb.read_only", "true");
            }
            // through the driver itself: DriverManager does not see drivers of other OSGi bundles
            DuckDBConnection c = (DuckDBConnection) new DuckDBDriver().connect("jdbc:duckdb:" + file.toAbsolutePath(), p);
            CaseIndex index = new CaseIndex(file, c);
            if (fresh) {
                index.execute(String.format(TABLE, "ev", FOLDED));
                index.execute("CREATE TABLE density (width BIGINT, bucket BIGINT, endpoint VARCHAR, source VARCHAR, side VARCHAR, n BIGINT)");
            }
            index.folded = index.hasFolded();
            if (!index.folded && !readOnly) {
                index.execute("ALTER TABLE ev ADD COLUMN folded VARCHAR");
                index.execute("UPDATE ev SET folded = lower(message)");
                index.execute("CHECKPOINT");
                index.folded = true;
            }
            return index;
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock")) {
                throw new CaseException("the case index " + file + " is open in another Twinbench; close the case there first", e);
            }
            throw new CaseException("cannot open the case index " + file + ": " + m, e);
        } catch (java.io.IOException e) {
            throw new CaseException("cannot create " + file.getParent() + ": " + e.getMessage(), e);
        }
    }

    private boolean hasFolded() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM duckdb_columns() WHERE table_name = 'ev' AND column_name = 'folded'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    public Path file() {
        return file;
    }

    /** Adds events (in any order) and re-sorts the table and its density once at the end. */
    public final class Batch implements AutoCloseable {
        private final DuckDBAppender appender;
        private long added;

        private Batch() throws SQLException {
            execute("DROP TABLE IF EXISTS pending");
            execute(String.format(TABLE, "pending", ""));
            appender = connection.createAppender("main", "pending");
        }

        public void add(CaseEvent e) {
            try {
                appender.beginRow();
                appender.append(e.id());
                appender.append(e.micros());
                appender.append(e.endpoint());
                appender.append(e.source());
                appender.append(e.side());
                appender.append(e.kind());
                appender.append(e.severity());
                appender.append(e.pid());
                appender.append(e.process());
                appender.append(e.message());
                appender.append(e.ref());
                appender.append(e.connection());
                appender.append(e.element());
                appender.endRow();
                added++;
            } catch (SQLException ex) {
                throw new CaseException("cannot add an event to " + file + ": " + ex.getMessage(), ex);
            }
        }

        public long added() {
            return added;
        }

        /** Merges what was added into the sorted table and rebuilds the density pyramid. */
        @Override
        public void close() {
            try {
                appender.close();
                execute("CREATE TABLE merged AS SELECT * FROM (SELECT * FROM ev UNION ALL SELECT *, lower(message) AS folded FROM pending) ORDER BY micros, id");
                execute("DROP TABLE ev");
                execute("DROP TABLE pending");
                execute("ALTER TABLE merged RENAME TO ev");
                hitsKey = null;
                rebuildDensity();
                execute("CHECKPOINT");
            } catch (SQLException ex) {
                throw new CaseException("cannot sort the events of " + file + ": " + ex.getMessage(), ex);
            }
        }
    }

    public Batch batch() {
        try {
            return new Batch();
        } catch (SQLException e) {
            throw new CaseException("cannot add events to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the events with those of a timeline in JSON lines, as a bundle carries it. */
    public long loadTimeline(Path timeline) {
        hitsKey = null;
        try {
            execute("DROP TABLE IF EXISTS ev");
            folded = true;
            String columns = "{id: 'BIGINT', timestamp: 'BIGINT', endpoint: 'VARCHAR', source: 'VARCHAR', side: 'VARCHAR', kind: 'VARCHAR',"
                    + " severity: 'VARCHAR', pid: 'INTEGER', process: 'VARCHAR', message: 'VARCHAR', ref: 'VARCHAR', connection: 'VARCHAR',"
                    + " element: 'VARCHAR'}";
            execute("CREATE TABLE ev AS SELECT id, timestamp AS micros, coalesce(endpoint, '') AS endpoint, coalesce(source, '') AS source,"
                    + " coalesce(side, 'live') AS side, coalesce(kind, '') AS kind, coalesce(severity, '') AS severity, coalesce(pid, 0) AS pid,"
                    + " coalesce(process, '') AS process, coalesce(message, '') AS message, coalesce(ref, '') AS ref,"
                    + " coalesce(connection, '') AS connection, coalesce(element, '') AS element, lower(coalesce(message, '')) AS folded FROM read_json("
                    + literal(timeline)
                    + ", format = 'newline_delimited', columns = " + columns + ", maximum_object_size = 1048576) ORDER BY micros, id");
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*), count(*) FILTER (id IS NULL OR micros IS NULL) FROM ev")) {
                rs.next();
                if (rs.getLong(2) > 0) {
                    throw new CaseException(timeline + ": " + rs.getLong(2) + " lines have no id or timestamp");
                }
                rebuildDensity();
                execute("CHECKPOINT");
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new CaseException("cannot read the timeline " + timeline + ": " + e.getMessage(), e);
        }
    }

    /** Writes the timeline as JSON lines with Timesketch's fields (message, datetime, timestamp_desc) and ours. */
    public void writeTimeline(Path timeline) {
        StringBuilder desc = new StringBuilder("CASE source");
        for (String source : Sources.ALL) {
            desc.append(" WHEN '").append(source).append("' THEN '").append(Sources.timestampDescription(source)).append('\'');
        }
        desc.append(" ELSE 'Event recorded' END");
        try {
            Files.deleteIfExists(timeline);
            execute("COPY (SELECT message, strftime(make_timestamp(micros), '%Y-%m-%dT%H:%M:%S.%fZ') AS datetime, micros AS timestamp, "
                    + desc + " AS timestamp_desc, id, endpoint, source, side, kind, severity, pid, process, ref, connection, element"
                    + " FROM ev ORDER BY micros, id) TO " + literal(timeline) + " (FORMAT json)");
        } catch (SQLException | java.io.IOException e) {
            throw new CaseException("cannot write the timeline " + timeline + ": " + e.getMessage(), e);
        }
    }

    private void rebuildDensity() throws SQLException {
        execute("DROP TABLE IF EXISTS density_unsorted");
        execute("CREATE TABLE density_unsorted AS SELECT " + FINEST + "::BIGINT AS width, micros // " + FINEST
                + " AS bucket, endpoint, source, side, count(*) AS n FROM ev GROUP BY ALL");
        long width = FINEST;
        for (int level = 1; level < LEVELS; level++) {
            long wider = width * 10;
            execute("INSERT INTO density_unsorted SELECT " + wider + ", bucket // 10, endpoint, source, side, sum(n) FROM density_unsorted WHERE width = "
                    + width + " GROUP BY ALL");
            width = wider;
        }
        // sorted, so a view's buckets are one short stretch of the table
        execute("DROP TABLE IF EXISTS density");
        execute("CREATE TABLE density AS SELECT * FROM density_unsorted ORDER BY width, bucket");
        execute("DROP TABLE density_unsorted");
    }

    /**
     * Reads every column of the index once, on a connection of its own, so the analyst's first
     * text filter and first page find them in memory: read cold, ten million events cost a
     * second more. Returns the milliseconds it took. Call it from a background job.
     */
    public long warm() {
        return read("SELECT count(DISTINCT endpoint || source || side || kind || severity), max(id), max(micros), max(pid),"
                + " sum(length(process) + length(message) + length(ref) + length(connection) + length(element)" + (folded ? " + length(folded)" : "")
                + ") FROM ev");
    }

    /**
     * Reads what a text filter scans (the messages, lower-cased or not, and the columns its
     * matches keep) into memory: part of opening a case, so the first filter is as quick as the
     * next. Returns the milliseconds it took.
     */
    public long warmSearch() {
        return read("SELECT max(id), max(micros), count(DISTINCT endpoint || source || side), sum(length(" + (folded ? "folded" : "message") + "))"
                + " FROM ev");
    }

    private long read(String scan) {
        long t = System.nanoTime();
        try (Connection reader = connection.duplicate(); Statement s = reader.createStatement(); ResultSet rs = s.executeQuery(scan)) {
            rs.next();
        } catch (SQLException e) {
            throw failure("read the index into memory", e);
        }
        return (System.nanoTime() - t) / 1_000_000;
    }

    /** The first and last event's time, or empty for an empty case. */
    public Optional<long[]> extent() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT min(micros), max(micros), count(*) FROM ev")) {
            rs.next();
            return rs.getLong(3) == 0 ? Optional.empty() : Optional.of(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        } catch (SQLException e) {
            throw failure("read the extent", e);
        }
    }

    public List<Lane> lanes() {
        List<Lane> lanes = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT DISTINCT endpoint, source, side FROM density WHERE width = " + coarsest())) {
            while (rs.next()) {
                lanes.add(new Lane(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw failure("list the lanes", e);
        }
        lanes.sort(null);
        return lanes;
    }

    public long count(CaseFilter filter) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT count(*) FROM " + from(filter, params);
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("count events", e);
        }
    }

    /** A page of the events the filter selects, in time order. */
    public List<CaseEvent> page(CaseFilter filter, long offset, int limit) {
        if (filter.lanesOnly()) {
            CaseFilter narrowed = filter.between(filter.from(), enough(filter, offset + limit));
            List<Object> params = new ArrayList<>();
            return events("SELECT " + COLUMNS + " FROM " + from(narrowed, params) + " ORDER BY micros, id LIMIT " + limit + " OFFSET " + offset, params);
        }
        List<Object> params = new ArrayList<>();
        String source = from(filter, params);
        return matches(source, params, "micros, id", limit, offset);
    }

    /**
     * The matches from the small table, in the order asked for, then those rows from the index by
     * their row numbers: nearby rows in one stretch, lone ones each by its number, which the index
     * finds without reading the rows between (a range from the first match to the last would read
     * most of a sparse filter's index).
     */
    private List<CaseEvent> matches(String source, List<Object> params, String order, int limit, long offset) {
        List<Long> rows = new ArrayList<>();
        try (PreparedStatement ps = prepare("SELECT r FROM " + source + " ORDER BY " + order + " LIMIT " + limit + " OFFSET " + offset, params);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            throw failure("read matching events", e);
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        rows.sort(null);
        List<String> stretches = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || rows.get(i) - rows.get(i - 1) > NEARBY_ROWS) {
                List<Long> stretch = rows.subList(first, i);
                String listed = stretch.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
                stretches.add("SELECT " + COLUMNS + " FROM ev WHERE " + (stretch.size() == 1 ? "rowid = " + listed
                        : "rowid BETWEEN " + stretch.get(0) + " AND " + stretch.get(stretch.size() - 1) + " AND rowid IN (" + listed + ")"));
                first = i;
            }
        }
        return events("SELECT * FROM (" + String.join(" UNION ALL ", stretches) + ") ORDER BY micros, id", List.of());
    }

    /**
     * Where a range holding the first {@code rows} events of the filter may end: sorting every
     * event of a wide view to keep its first 200 costs more than counting a few stretches of
     * sorted events, so the stretch grows until it holds enough.
     */
    private long enough(CaseFilter filter, long rows) {
        long span;
        try {
            span = Math.subtractExact(filter.to(), filter.from());
        } catch (ArithmeticException e) {
            return filter.to();
        }
        long width = Math.max(FINEST, span / 1024);
        while (width < span) {
            if (count(filter.between(filter.from(), filter.from() + width)) >= rows) {
                return filter.from() + width;
            }
            width = width > span / 8 ? span : width * 8;
        }
        return filter.to();
    }

    /**
     * "table WHERE condition" for a filter: the index itself when only the range and lanes are
     * chosen; otherwise the matches of the other terms, found in one scan and kept while the
     * analyst zooms and scrolls with the same filter.
     */
    private String from(CaseFilter filter, List<Object> params) {
        if (filter.lanesOnly()) {
            return "ev WHERE " + filter.laneWhere(params);
        }
        List<Object> termParams = new ArrayList<>();
        String terms = filter.termWhere(termParams, folded);
        String key = terms + " " + termParams;
        if (!key.equals(hitsKey)) {
            // in the index's order already: a scan keeps the order rows are stored in
            try (PreparedStatement ps = prepare("CREATE OR REPLACE TEMP TABLE hits AS SELECT id, micros, endpoint, source, side, rowid AS r FROM ev WHERE " + terms,
                    termParams)) {
                ps.execute();
                hitsKey = key;
            } catch (SQLException e) {
                hitsKey = null;
                throw failure("find matching events", e);
            }
        }
        return "hits WHERE " + filter.laneWhere(params);
    }

    /** The filter's last event. */
    public Optional<CaseEvent> last(CaseFilter filter) {
        return last(filter, 1).stream().findFirst();
    }

    /** The filter's last events, in time order. */
    public List<CaseEvent> last(CaseFilter filter, int limit) {
        List<Object> params = new ArrayList<>();
        String source = from(filter, params);
        if (!filter.lanesOnly()) {
            return matches(source, params, "micros DESC, id DESC", limit, 0);
        }
        return events("SELECT " + COLUMNS + " FROM " + source + " ORDER BY micros DESC, id DESC LIMIT " + limit, params).reversed();
    }

    public Optional<CaseEvent> event(long id) {
        List<CaseEvent> found = events("SELECT " + COLUMNS + " FROM ev WHERE id = ?", List.of(id));
        return found.stream().findFirst();
    }

    /**
     * Every event of one stream (a TCP connection) of one endpoint, in order: its packets, its
     * live requests, the twin's answers to them (a replay is filed under the live connection it
     * replays) and the divergences found on them.
     */
    public List<CaseEvent> stream(CaseEvent of, int limit) {
        if (of.connection().isEmpty()) {
            return List.of(of);
        }
        return events("SELECT " + COLUMNS + " FROM ev WHERE endpoint = ? AND connection = ? AND source IN ('packet', 'http', 'divergence')"
                + " ORDER BY micros, id LIMIT " + limit, List.of(of.endpoint(), of.connection()));
    }

    /** System calls that start new processes on one endpoint and side, for the process tree. */
    public List<CaseEvent> processStarts(String endpoint, String side, long from, long to, int limit) {
        return events("SELECT " + COLUMNS + " FROM ev WHERE endpoint = ? AND side = ? AND source = 'syscall' AND micros >= ? AND micros < ?"
                + " AND kind IN ('clone', 'clone3', 'fork', 'vfork', 'execve', 'execveat') ORDER BY micros, id LIMIT " + limit,
                List.of(endpoint, side, from, to));
    }

    /** Events per lane in {@code buckets} equal slices of the filter's range. */
    public Density density(CaseFilter filter, int buckets) {
        long span = Math.max(1, filter.to() - filter.from());
        long width = FINEST;
        int level = 0;
        while (level + 1 < LEVELS && width * 10 <= span / buckets) {
            width *= 10;
            level++;
        }
        Density density = new Density(filter.from(), filter.to(), buckets);
        List<Object> params = new ArrayList<>();
        String pixel = "least(" + (buckets - 1) + ", greatest(0, (%s - " + filter.from() + ") * " + buckets + " // " + span + "))::INTEGER";
        String sql;
        if (filter.lanesOnly() && width <= span / buckets) {
            // whole buckets of the pyramid fall into each pixel: count them, not the events (the
            // buckets at either end may reach a little past the range: less than a pixel)
            String lanes = filter.between(0, 1).laneWhere(params).replace("micros >= ? AND micros < ?", "TRUE");
            params.subList(0, 2).clear();
            sql = "SELECT endpoint, source, side, " + String.format(pixel, "bucket * " + width) + " AS px, sum(n) AS n FROM density WHERE width = " + width
                    + " AND bucket >= " + Math.floorDiv(filter.from(), width) + " AND bucket < " + Math.ceilDiv(filter.to(), width) + " AND " + lanes
                    + " GROUP BY ALL";
        } else {
            sql = "SELECT endpoint, source, side, " + String.format(pixel, "micros") + " AS px, count(*) AS n FROM " + from(filter, params) + " GROUP BY ALL";
        }
        // one row per lane with its pixels as lists: reading thousands of rows through JDBC costs more than counting them
        try (PreparedStatement ps = prepare("SELECT endpoint, source, side, list(px), list(n) FROM (" + sql + ") GROUP BY ALL", params);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Lane lane = new Lane(rs.getString(1), rs.getString(2), rs.getString(3));
                Object[] pixels = (Object[]) rs.getArray(4).getArray();
                Object[] counts = (Object[]) rs.getArray(5).getArray();
                for (int i = 0; i < pixels.length; i++) {
                    density.addBucket(lane, ((Number) pixels[i]).intValue(), ((Number) counts[i]).longValue());
                }
            }
        } catch (SQLException e) {
            throw failure("count events per lane", e);
        }
        return density;
    }

    private long coarsest() {
        long w = FINEST;
        for (int i = 1; i < LEVELS; i++) {
            w *= 10;
        }
        return w;
    }

    private List<CaseEvent> events(String sql, List<Object> params) {
        List<CaseEvent> result = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new CaseEvent(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)));
            }
        } catch (SQLException e) {
            throw failure("read events", e);
        }
        return result;
    }

    private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private CaseException failure(String what, SQLException e) {
        return new CaseException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close the index", e);
        }
    }
}
