package io.twinbench.store.tests;

import io.twinbench.store.StoreLocation;

/** The same tests as AnalystNotesTest, against a real PostgreSQL server (a fresh database for each test). */
class PostgresAnalystNotesTest extends AnalystNotesTest {

    @Override
    StoreLocation newLocation() {
        return PostgresDatabases.fresh();
    }
}
