package io.twinbench.store.tests;

import io.twinbench.store.StoreLocation;

/** The same tests as TwinStoreTest, against a real PostgreSQL server (a fresh database for each test). */
class PostgresTwinStoreTest extends TwinStoreTest {

    @Override
    StoreLocation newLocation() {
        return PostgresDatabases.fresh();
    }
}
