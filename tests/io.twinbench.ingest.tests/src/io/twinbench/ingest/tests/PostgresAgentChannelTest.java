package io.twinbench.ingest.tests;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

import io.twinbench.store.StoreLocation;
import io.twinbench.store.internal.PostgresDatabases;

/**
 * The real agent against the real collector as in {@link AgentChannelTest}, with the collector
 * storing into a PostgreSQL server (the one ./twinbench test starts) instead of H2.
 */
class PostgresAgentChannelTest extends AgentChannelTest {

    @Override
    StoreLocation location() {
        String url = System.getenv("TWINBENCH_TEST_POSTGRES");
        if (url == null || url.isBlank()) {
            if (System.getenv("CI") != null) {
                fail("TWINBENCH_TEST_POSTGRES is not set: CI must run the PostgreSQL tests");
            }
            Assumptions.abort("no PostgreSQL server for this run (install Debian's postgresql package; ./twinbench test starts one)");
        }
        return PostgresDatabases.fresh(url);
    }
}
