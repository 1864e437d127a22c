package io.twinbench.store.tests;

import io.twinbench.store.StoreLocation;

/** The same tests as EventsTest, against a real PostgreSQL server (a fresh database for each test). */
class PostgresEventsTest extends EventsTest {

    @Override
    StoreLocation newLocation() {
        return PostgresDatabases.fresh();
    }
}
