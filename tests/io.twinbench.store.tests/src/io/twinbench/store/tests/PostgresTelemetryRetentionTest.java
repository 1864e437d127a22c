package io.twinbench.store.tests;

import io.twinbench.store.StoreLocation;

/** The same tests as TelemetryRetentionTest, against a real PostgreSQL server (a fresh database for each test). */
class PostgresTelemetryRetentionTest extends TelemetryRetentionTest {

    @Override
    StoreLocation newLocation() {
        return PostgresDatabases.fresh();
    }
}
