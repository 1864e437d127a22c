package io.twinbench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A workspace database made by an older Twinbench has an empty password: on first open it gets
 * the workspace's random one, so nobody who reaches its auto server without the secret file gets in.
 */
final class H2Passwords {

    /** H2's code for a wrong user name or password. */
    private static final int WRONG_PASSWORD = 28000;

    private H2Passwords() {
    }

    static void setIfStillEmpty(StoreLocation location) {
        Path database = location.h2Database();
        if (database == null || !Files.exists(database.resolveSibling(database.getFileName() + ".mv.db"))) {
            return;
        }
        try (Connection c = new org.h2.Driver().connect(location.jdbcUrl(), properties(location.user(), location.password()))) {
            return; // the password is set already
        } catch (SQLException e) {
            if (e.getErrorCode() != WRONG_PASSWORD) {
                return; // open() reports it
            }
        }
        try (Connection c = new org.h2.Driver().connect(location.jdbcUrl(), properties(location.user(), ""));
                Statement st = c.createStatement()) {
            st.execute("ALTER USER " + location.user() + " SET PASSWORD '" + location.password().replace("'", "''") + "'");
        } catch (SQLException e) {
            // neither the workspace's password nor none: open() says the password is wrong
        }
    }

    private static java.util.Properties properties(String user, String password) {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return p;
    }
}
