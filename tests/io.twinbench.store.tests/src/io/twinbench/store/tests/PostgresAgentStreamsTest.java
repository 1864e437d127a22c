package io.twinbench.store.tests;

import io.twinbench.store.StoreLocation;

/** The same tests as AgentStreamsTest, against a real PostgreSQL server (a fresh database for each test). */
class PostgresAgentStreamsTest extends AgentStreamsTest {

    @Override
    StoreLocation newLocation() {
        return PostgresDatabases.fresh();
    }
}
