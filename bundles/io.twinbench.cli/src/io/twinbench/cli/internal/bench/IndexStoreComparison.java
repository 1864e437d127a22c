package io.twinbench.cli.internal.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Random;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * Why the case index is DuckDB: the same events loaded into an H2 file (the workspace's store,
 * indexed on time) and a DuckDB file, and the timeline's three questions asked of each: a page
 * of a time range, the density of the whole range, and a text filter.
 */
final class IndexStoreComparison {

    private final Path dir;
    private final int events;
    private final PrintWriter out;

    IndexStoreComparison(Path dir, int events, PrintWriter out) {
        this.dir = dir;
        this.events = events;
        this.out = out;
    }

    void run() throws SQLException, java.io.IOException {
        out.printf("  case index, H2 against DuckDB on the same %,d events (time, lane, kind, message):%n", events);
        // both load into empty databases, also when the bench runs again in the same folder
        for (String leftOver : new String[] {"compare-h2.mv.db", "compare-h2.trace.db", "compare.duckdb", "compare.duckdb.wal"}) {
            java.nio.file.Files.deleteIfExists(dir.resolve(leftOver));
        }
        double[] h2;
        try (Connection c = org.h2.Driver.load().connect("jdbc:h2:" + dir.resolve("compare-h2").toAbsolutePath()
                + ";QUERY_CACHE_SIZE=0", new Properties())) {
            long t = System.nanoTime();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE ev (micros BIGINT, lane INT, kind VARCHAR(40), message VARCHAR(400))");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO ev VALUES (?, ?, ?, ?)")) {
                Row row = new Row();
                for (int i = 0; i < events; i++) {
                    row.next();
                    p.setLong(1, row.micros);
                    p.setInt(2, row.lane);
                    p.setString(3, row.kind);
                    p.setString(4, row.message);
                    p.addBatch();
                    if (i % 10_000 == 9_999) {
                        p.executeBatch();
                        c.commit();
                    }
                }
                p.executeBatch();
                c.commit();
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE INDEX ev_time ON ev (micros)");
            }
            c.commit();
            h2 = questions(c, (System.nanoTime() - t) / 1e9, "/");
        }
        double[] duck;
        try (DuckDBConnection c = (DuckDBConnection) new DuckDBDriver().connect("jdbc:duckdb:" + dir.resolve("compare.duckdb").toAbsolutePath(),
                new Properties())) {
            long t = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE ev (micros BIGINT, lane INTEGER, kind VARCHAR, message VARCHAR)");
            }
            try (DuckDBAppender a = c.createAppender("main", "ev")) {
                Row row = new Row();
                for (int i = 0; i < events; i++) {
                    row.next();
                    a.beginRow();
                    a.append(row.micros);
                    a.append(row.lane);
                    a.append(row.kind);
                    a.append(row.message);
                    a.endRow();
                }
            }
            duck = questions(c, (System.nanoTime() - t) / 1e9, "//");
        }
        String[] names = {"load (s)", "page of a range (ms)", "density of the whole range (ms)", "text filter (ms)"};
        for (int i = 0; i < names.length; i++) {
            out.printf("    %-32s H2 %10.1f   DuckDB %10.1f%n", names[i], h2[i], duck[i]);
        }
    }

    /** Load time, then the median of three runs of each question (H2's query cache is off: each run is answered afresh). div: integer division. */
    private double[] questions(Connection c, double load, String div) throws SQLException {
        long first = Row.START;
        long last = Row.START + events * 100L;
        long mid = first + (last - first) / 2;
        return new double[] {load,
                median(c, "SELECT * FROM ev WHERE micros >= " + mid + " AND micros < " + (mid + 60_000_000L) + " ORDER BY micros LIMIT 200"),
                median(c, "SELECT lane, (micros - " + first + ") * 1600 " + div + " " + (last - first + 1) + " AS px, count(*) FROM ev GROUP BY lane, px"),
                median(c, "SELECT count(*) FROM ev WHERE lower(message) LIKE '%passwd4242%'")};
    }

    private static double median(Connection c, String sql) throws SQLException {
        double[] t = new double[3];
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
            t[i] = (System.nanoTime() - start) / 1e6;
        }
        java.util.Arrays.sort(t);
        return t[1];
    }

    /** The bench's system calls: about one every 100 µs over 12 kinds and a few thousand paths. */
    private static final class Row {
        static final long START = 1_796_000_000_000_000L;
        private static final String[] CALLS = {"openat", "connect", "execve", "accept4", "close", "socket", "bind", "clone3", "unlinkat", "renameat2",
                "setuid", "chmod"};
        private final Random random = new Random(1);
        long micros = START;
        int lane;
        String kind;
        String message;

        void next() {
            micros += random.nextInt(200);
            lane = random.nextInt(8);
            kind = CALLS[random.nextInt(CALLS.length)];
            message = kind + "(AT_FDCWD, \"/etc/passwd" + random.nextInt(100_000) + "\", O_RDONLY) = " + random.nextInt(20);
        }
    }
}
