package io.twinbench.store;

import java.nio.file.Path;

/**
 * Where the store lives. The embedded default is an H2 file inside the user's workspace;
 * AUTO_SERVER lets the headless commands read it while the workbench has it open.
 */
public record StoreLocation(String jdbcUrl, String user, String password) {

    public static final String DEFAULT_RELATIVE_PATH = ".twinbench/db/twinbench";

    public static StoreLocation embeddedIn(Path workspace) {
        return h2File(workspace.resolve(DEFAULT_RELATIVE_PATH));
    }

    /**
     * The H2 file database: its directory made the owner's alone (0700) and its password, random
     * and kept in a 0600 file beside it, read or made. H2's auto server, which lets a second
     * process of the analyst's open the database, listens on loopback only (see TwinStore).
     */
    public static StoreLocation h2File(Path databaseFileWithoutSuffix) {
        Path db = databaseFileWithoutSuffix.toAbsolutePath();
        try {
            io.twinbench.protocol.PrivateFiles.directory(db.getParent());
            if (db.getParent().getFileName() != null && db.getParent().getFileName().toString().equals("db")
                    && db.getParent().getParent().getFileName() != null && db.getParent().getParent().getFileName().toString().equals(".twinbench")) {
                io.twinbench.protocol.PrivateFiles.directory(db.getParent().getParent());
            }
            return new StoreLocation("jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE;CACHE_SIZE=131072;WRITE_DELAY=0", H2_USER, H2Secret.of(db));
        } catch (java.io.IOException e) {
            throw new StoreException("cannot prepare the database directory " + db.getParent() + ": " + e.getMessage(), e);
        }
    }

    static final String H2_USER = "twinbench";

    /** The H2 database file this location names, or null for a server. */
    Path h2Database() {
        if (!jdbcUrl.startsWith("jdbc:h2:file:")) {
            return null;
        }
        String rest = jdbcUrl.substring("jdbc:h2:file:".length());
        int semicolon = rest.indexOf(';');
        return Path.of(semicolon < 0 ? rest : rest.substring(0, semicolon));
    }

    /** A PostgreSQL server's database, e.g. jdbc:postgresql://db.example:5432/twinbench. */
    public static StoreLocation postgres(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE): " + jdbcUrl);
        }
        return new StoreLocation(jdbcUrl, user == null ? "" : user, password == null ? "" : password);
    }

    /**
     * The store the environment names (TWINBENCH_DB_URL, TWINBENCH_DB_USER, TWINBENCH_DB_PASSWORD,
     * so the password never appears on a command line), or else the workspace's embedded H2.
     */
    public static StoreLocation fromEnvironment(java.util.Map<String, String> env, Path workspace) {
        String url = env.get("TWINBENCH_DB_URL");
        if (url == null || url.isBlank()) {
            return embeddedIn(workspace);
        }
        return postgres(url.strip(), env.get("TWINBENCH_DB_USER"), env.get("TWINBENCH_DB_PASSWORD"));
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** Password stays out of logs and error messages. */
    @Override
    public String toString() {
        return jdbcUrl;
    }
}
