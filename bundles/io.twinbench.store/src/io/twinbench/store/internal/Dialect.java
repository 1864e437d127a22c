package io.twinbench.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What differs between the two databases the store runs on: the embedded H2 and a PostgreSQL
 * server. Everything else is standard SQL both accept; only upserts (H2's MERGE … KEY,
 * PostgreSQL's INSERT … ON CONFLICT) and the large-object type names differ.
 */
public enum Dialect {
    H2, POSTGRESQL;

    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw new SQLException("Twinbench stores twins in H2 or PostgreSQL, not in " + connection.getMetaData().getDatabaseProductName());
    }

    /** An insert-or-update of every column by the key columns; one placeholder per column, in order. */
    public String upsert(String table, List<String> columns, List<String> keys) {
        String names = String.join(", ", columns);
        String values = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        if (this == H2) {
            return "MERGE INTO " + table + " (" + names + ") KEY (" + String.join(", ", keys) + ") VALUES (" + values + ")";
        }
        List<String> updated = columns.stream().filter(c -> !keys.contains(c)).toList();
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + values + ") ON CONFLICT (" + String.join(", ", keys) + ") DO "
                + (updated.isEmpty() ? "NOTHING" : "UPDATE SET " + updated.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", ")));
    }

    /** A schema statement in this database's type names (migrations are written with H2's). */
    public String ddl(String statement) {
        if (this == H2) {
            return statement;
        }
        return statement.replaceAll("\\bBLOB\\b", "BYTEA").replaceAll("\\bCLOB\\b", "TEXT");
    }
}
