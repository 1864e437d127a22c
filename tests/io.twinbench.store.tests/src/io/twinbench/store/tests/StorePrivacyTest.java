package io.twinbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/** The workspace database is its owner's alone: a private directory, a random password in a private file, a server on loopback. */
class StorePrivacyTest {

    @TempDir
    Path workspace;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static Connection connect(String url, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "twinbench");
        p.setProperty("password", password);
        return new org.h2.Driver().connect(url, p);
    }

    @Test
    void theDatabaseHasAPrivateDirectoryARandomPasswordAndALoopbackServer() throws Exception {
        StoreLocation location = StoreLocation.embeddedIn(workspace);
        try (TwinStore store = TwinStore.open(location)) {
            assertEquals("rwx------", mode(workspace.resolve(".twinbench")));
            assertEquals("rwx------", mode(workspace.resolve(".twinbench/db")));
            Path secret = workspace.resolve(".twinbench/db/twinbench.secret");
            assertEquals("rw-------", mode(secret));
            assertTrue(Files.readString(secret).strip().length() >= 32, "a random password of 24 bytes");
            assertEquals(Files.readString(secret).strip(), location.password());

            SQLException refused = assertThrows(SQLException.class, () -> connect(location.jdbcUrl(), "").close());
            assertEquals(28000, refused.getErrorCode(), "no way in without the password");

            Properties lock = new Properties();
            try (var in = Files.newInputStream(workspace.resolve(".twinbench/db/twinbench.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server", "");
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            java.util.List<String> addresses = listeningAddresses(port);
            assertTrue(!addresses.isEmpty() && addresses.stream().allMatch(a -> a.equals("0100007F") || a.equals("0000000000000000FFFF00000100007F")),
                    "the auto server listens on loopback only (127.0.0.1, plain or IPv4-mapped), not on " + addresses);
        }
        try (TwinStore again = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            assertEquals(0, again.snapshots().list().size(), "a second opening reads the same password");
        }
    }

    /** The local addresses (hex, as the kernel writes them) of the sockets listening on the TCP port. */
    private static java.util.List<String> listeningAddresses(int port) throws Exception {
        java.util.List<String> addresses = new java.util.ArrayList<>();
        for (String table : java.util.List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && f[3].equals("0A") && f[1].endsWith(String.format(":%04X", port))) {
                    addresses.add(f[1].substring(0, f[1].indexOf(':')));
                }
            }
        }
        return addresses;
    }

    @Test
    void aDatabaseAnOlderTwinbenchLeftWithoutAPasswordGetsOne() throws Exception {
        Path db = workspace.resolve(".twinbench/db/twinbench");
        Files.createDirectories(db.getParent());
        String url = "jdbc:h2:file:" + db.toAbsolutePath() + ";AUTO_SERVER=TRUE";
        try (Connection c = connect(url, ""); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE legacy (x INT)");
        }
        StoreLocation location = StoreLocation.embeddedIn(workspace);
        try (TwinStore store = TwinStore.open(location)) {
            assertTrue(store.schemaVersion() > 0);
        }
        assertEquals(28000, assertThrows(SQLException.class, () -> connect(url, "").close()).getErrorCode(),
                "the empty password works no more");
        try (Connection c = connect(url, location.password())) {
            assertTrue(c.isValid(1));
        }
    }
}
