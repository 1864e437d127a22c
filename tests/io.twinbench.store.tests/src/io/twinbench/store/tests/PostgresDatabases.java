package io.twinbench.store.tests;

import static org.junit.jupiter.api.Assertions.fail;


import org.junit.jupiter.api.Assumptions;

import io.twinbench.store.StoreLocation;

/**
 * Fresh databases on the PostgreSQL server that `./twinbench test` starts for the run (from
 * Debian's postgresql package) and names in TWINBENCH_TEST_POSTGRES. Without a server the
 * PostgreSQL tests are skipped with the reason, except in CI, where that is a failure.
 */
public final class PostgresDatabases {

    static final String ENV = "TWINBENCH_TEST_POSTGRES";

    private PostgresDatabases() {
    }

    /** A new, empty database on the test server. */
    public static StoreLocation fresh() {
        String url = System.getenv(ENV);
        if (url == null || url.isBlank()) {
            if (System.getenv("CI") != null) {
                fail(ENV + " is not set: CI must run the PostgreSQL tests (./twinbench test starts a server when postgresql is installed)");
            }
            Assumptions.abort("no PostgreSQL server for this run (install Debian's postgresql package; ./twinbench test starts one)");
        }
        return io.twinbench.store.internal.PostgresDatabases.fresh(url);
    }
}
