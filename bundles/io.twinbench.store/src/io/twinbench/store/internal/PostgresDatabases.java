package io.twinbench.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.postgresql.ds.PGSimpleDataSource;

import io.twinbench.store.StoreException;
import io.twinbench.store.StoreLocation;

/**
 * New, empty databases on a PostgreSQL server, for the tests (in two test bundles) that prove
 * the store on a real server without sharing state. adminUrl names a database the user may
 * connect to and a user allowed to CREATE DATABASE.
 */
public final class PostgresDatabases {

    private PostgresDatabases() {
    }

    public static StoreLocation fresh(String adminUrl) {
        String name = "twinbench_" + UUID.randomUUID().toString().replace("-", "");
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(adminUrl);
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new StoreException("cannot create a database on " + adminUrl.replaceAll("password=[^&]*", "password=***") + ": "
                    + e.getMessage(), e);
        }
        String base = adminUrl.substring(0, adminUrl.lastIndexOf('/', adminUrl.contains("?") ? adminUrl.indexOf('?') : adminUrl.length()) + 1);
        String query = adminUrl.contains("?") ? adminUrl.substring(adminUrl.indexOf('?')) : "";
        return StoreLocation.postgres(base + name + query, admin.getUser(), admin.getPassword());
    }
}
