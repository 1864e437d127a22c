package io.twinbench.store.tests;

import io.twinbench.store.StoreLocation;

/** The same tests as RolloutsStoreTest, against a real PostgreSQL server (a fresh database for each test). */
class PostgresRolloutsStoreTest extends RolloutsStoreTest {

    @Override
    StoreLocation newLocation() {
        return PostgresDatabases.fresh();
    }
}
