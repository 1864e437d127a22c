package io.twinbench.store.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import io.twinbench.store.StoreLocation;

/**
 * Where a test's store lives: the embedded H2 in a fresh workspace here; a fresh PostgreSQL
 * database in the Postgres* subclasses, which run the same tests on a real server. One
 * location per test, so a test may close and reopen its store.
 */
abstract class StoreFixture {

    @TempDir
    Path workspace;

    private StoreLocation location;

    StoreLocation newLocation() {
        return StoreLocation.embeddedIn(workspace);
    }

    final StoreLocation location() {
        if (location == null) {
            location = newLocation();
        }
        return location;
    }
}
