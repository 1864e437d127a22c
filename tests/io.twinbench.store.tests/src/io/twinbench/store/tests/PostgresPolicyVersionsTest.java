package io.twinbench.store.tests;

import io.twinbench.store.StoreLocation;

/** The same tests as PolicyVersionsTest, against a real PostgreSQL server (a fresh database for each test). */
class PostgresPolicyVersionsTest extends PolicyVersionsTest {

    @Override
    StoreLocation newLocation() {
        return PostgresDatabases.fresh();
    }
}
