package io.twinbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Process;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.store.Sample;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.StoreException;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;
import io.twinbench.store.TwinSummary;
import io.twinbench.store.internal.SchemaMigrations;

class TwinStoreTest extends StoreFixture {

    private static Twin twin(String id, int processes) {
        TwinBuilder b = new TwinBuilder(id, "twin " + id, new Date());
        Element host = b.element(TwinPackage.eINSTANCE.getEndpoint(), "endpoint", id, e -> { });
        for (int i = 0; i < processes; i++) {
            int pid = i;
            Element p = b.element(TwinPackage.eINSTANCE.getProcess(), TwinBuilder.id("proc", i), "p" + i, (Process x) -> x.setPid(pid));
            b.edge(p, DependencyType.RUNS_ON, host);
        }
        return b.twin();
    }

    @Test
    void theEmbeddedDefaultIsAnH2FileInTheWorkspaceWithTheCurrentSchema() {
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            assertEquals(SchemaMigrations.ALL.get(SchemaMigrations.ALL.size() - 1).version(),
                    store.schemaVersion(), "every migration applied");
        }
        assertTrue(Files.exists(workspace.resolve(StoreLocation.DEFAULT_RELATIVE_PATH + ".mv.db")));
    }

    @Test
    void snapshotsAreVersionedAndReadBackEqual() {
        Twin first = twin("a", 3);
        Twin second = twin("a", 5);
        try (TwinStore store = TwinStore.open(location())) {
            assertEquals(1, store.snapshots().save(first));
            assertEquals(2, store.snapshots().save(second));
            Twin latest = store.snapshots().latest("a").orElseThrow();
            assertTrue(EcoreUtil.equals(second, latest));
            assertTrue(store.snapshots().latest("missing").isEmpty());
        }
    }

    @Test
    void twinsPersistAcrossReopeningAndListWithTheirSizes() {
        try (TwinStore store = TwinStore.open(location())) {
            store.snapshots().save(twin("b", 2));
            store.snapshots().save(twin("a", 4));
        }
        try (TwinStore store = TwinStore.open(location())) {
            List<TwinSummary> twins = store.snapshots().list();
            assertEquals(List.of("a", "b"), twins.stream().map(TwinSummary::id).toList());
            assertEquals(5, twins.get(0).elementCount());
            assertEquals(4, twins.get(0).dependencyCount());
            assertTrue(store.deleteTwin("a"));
            assertFalse(store.deleteTwin("a"));
            assertEquals(1, store.snapshots().list().size());
        }
    }

    @Test
    void telemetryIsAppendedReadByRangeAndResentSamplesReplaceOldOnes() {
        SeriesKey cpu = new SeriesKey("a", "cpu", "cpu.load");
        try (TwinStore store = TwinStore.open(location())) {
            store.telemetry().append(cpu, "%", List.of(new Sample(1000, 10), new Sample(2000, 20), new Sample(3000, 30)));
            store.telemetry().append(cpu, "%", List.of(new Sample(2000, 25)));
            assertEquals(List.of(new Sample(2000, 25), new Sample(3000, 30)), store.telemetry().range(cpu, 1500, 4000));
            assertEquals(List.of(cpu), store.telemetry().seriesOf("a"));
            SeriesKey memory = new SeriesKey("a", "memory", "memory.used");
            store.telemetry().append(memory, "bytes", List.of(new Sample(1000, 1e9)));
            assertEquals(java.util.Map.of(cpu, "%", memory, "bytes"), store.telemetry().unitsOf("a"), "each series keeps its unit");
        }
    }

    @Test
    void seriesKeysRoundTripEvenWithSlashesInTheElementId() {
        SeriesKey key = new SeriesKey("local-vm", "disk/dev/sda", "disk.reads");
        assertEquals(key, SeriesKey.parse(key.asString()));
        assertThrows(IllegalArgumentException.class, () -> SeriesKey.parse("nope"));
    }

    @Test
    void aDatabaseFromANewerTwinbenchIsRefusedUntouched() throws Exception {
        StoreLocation location = StoreLocation.embeddedIn(workspace);
        try (TwinStore store = TwinStore.open(location)) {
            store.snapshots().save(twin("a", 1));
        }
        org.h2.Driver.load(); // DriverManager cannot see bundle-private drivers by itself
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
                Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_history VALUES (99, 'from the future', CURRENT_TIMESTAMP)");
        }
        StoreException e = assertThrows(StoreException.class, () -> TwinStore.open(location));
        assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
                Statement st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM twin")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void samplesStoredUnderAnOlderSchemaSurviveItsMigration() throws Exception {
        StoreLocation location = StoreLocation.embeddedIn(workspace);
        org.h2.Driver.load();
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password())) {
            new SchemaMigrations(SchemaMigrations.ALL.subList(0, 6)).migrate(c);
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO series (twin_id, element_id, metric, unit) VALUES ('a', 'cpu', 'cpu.load', '%')");
                st.execute("INSERT INTO sample (series_id, ts, val) SELECT id, 1000, 10 FROM series");
                st.execute("INSERT INTO sample (series_id, ts, val) SELECT id, 2000, 20 FROM series");
            }
        }
        SeriesKey cpu = new SeriesKey("a", "cpu", "cpu.load");
        try (TwinStore store = TwinStore.open(location)) {
            assertEquals(SchemaMigrations.ALL.get(SchemaMigrations.ALL.size() - 1).version(), store.schemaVersion());
            store.telemetry().append(cpu, "%", List.of(new Sample(3000, 30)));
            assertEquals(List.of(new Sample(1000, 10), new Sample(2000, 20), new Sample(3000, 30)),
                    store.telemetry().range(cpu, 0, Long.MAX_VALUE));
        }
    }

    @Test
    void aTwinWithoutIdIsRefused() {
        try (TwinStore store = TwinStore.open(location())) {
            Twin nameless = twin("x", 1);
            nameless.setId(null);
            assertThrows(StoreException.class, () -> store.snapshots().save(nameless));
            assertTrue(store.snapshots().list().isEmpty());
        }
    }

    @Test
    void deletingATwinDeletesEverythingTheWorkspaceHeldOfItAndNothingElse() {
        SeriesKey cpu = new SeriesKey("gone", "cpu", "cpu.load");
        SeriesKey other = new SeriesKey("kept", "cpu", "cpu.load");
        java.time.Instant now = java.time.Instant.now();
        try (TwinStore store = TwinStore.open(location())) {
            for (String id : List.of("gone", "kept")) {
                store.snapshots().save(twin(id, 2));
                store.telemetry().append(new SeriesKey(id, "cpu", "cpu.load"), "%", List.of(new Sample(1000, 10), new Sample(90_000_000, 20)));
                store.events().append(List.of(new io.twinbench.store.StoredEvent(0, id, 1000, "log", "INFO", "app.log", null, "hello", null)));
                store.anomalies().append(List.of(new io.twinbench.store.StoredAnomaly(id, "cpu", "cpu.load", 1000, 10, 1, 9, "spike", "test")));
                store.inventories().writeWithSnapshot(twin(id, 3), List.of(new io.twinbench.store.SectionWrite("packages", "h", true,
                        java.util.Map.of("pkg/a", "{}"), List.of(), List.of(new io.twinbench.store.TwinChange(id, now, "test", "packages", "pkg/a",
                        io.twinbench.store.TwinChange.Kind.ADDED, null, "{}")))), now);
            }
            store.retention().apply(new io.twinbench.store.RetentionPolicy(java.time.Duration.ofDays(1), java.time.Duration.ofMinutes(1),
                    java.time.Duration.ofDays(3650)), java.time.Instant.ofEpochMilli(90_000_000L + 86_400_000L + 1));

            assertTrue(store.deleteTwin("gone"));
            assertTrue(store.snapshots().latest("gone").isEmpty());
            assertEquals(List.of(), store.telemetry().seriesOf("gone"));
            assertEquals(List.of(), store.telemetry().range(cpu, 0, Long.MAX_VALUE));
            assertEquals(List.of(), store.retention().rollups(cpu, 0, Long.MAX_VALUE));
            assertEquals(List.of(), store.events().find(new io.twinbench.store.EventQuery("gone", 0, Long.MAX_VALUE, null, null, "", 10)));
            assertEquals(List.of(), store.anomalies().find("gone", 0, Long.MAX_VALUE, 10));
            assertEquals(java.util.Map.of(), store.inventories().items("gone"));
            assertEquals(List.of(), store.inventories().changes("gone", java.time.Instant.EPOCH, now.plusSeconds(1), 10));

            assertTrue(store.snapshots().latest("kept").isPresent(), "the other twin keeps everything");
            assertEquals(1, store.retention().rollups(other, 0, Long.MAX_VALUE).size());
            assertEquals(1, store.events().find(new io.twinbench.store.EventQuery("kept", 0, Long.MAX_VALUE, null, null, "", 10)).size());
            assertEquals(1, store.inventories().items("kept").size());

            store.telemetry().append(cpu, "%", List.of(new Sample(5000, 1)));
            assertEquals(List.of(new Sample(5000, 1)), store.telemetry().range(cpu, 0, Long.MAX_VALUE), "a new series of the same name starts afresh");
        }
    }

    @Test
    void snapshotsThinOutWithAgeTheLatestAlwaysKept() {
        java.time.Instant now = java.time.Instant.parse("2026-11-22T12:00:00Z");
        try (TwinStore store = TwinStore.open(location())) {
            for (java.time.Duration ago : List.of(java.time.Duration.ofDays(400), java.time.Duration.ofDays(10).plusHours(1),
                    java.time.Duration.ofDays(10), java.time.Duration.ofDays(2).plusMinutes(50), java.time.Duration.ofDays(2).plusMinutes(30),
                    java.time.Duration.ofMinutes(20), java.time.Duration.ofMinutes(10), java.time.Duration.ZERO)) {
                store.inventories().writeWithSnapshot(twin("busy", 1), List.of(), now.minus(ago));
            }
            assertEquals(8, store.snapshots().list().get(0).snapshotCount());
            var outcome = store.retention().apply(io.twinbench.store.RetentionPolicy.DEFAULT, now);
            assertEquals(4, outcome.snapshotsExpired(), "the older of each hour, of each day, and the one past a year");
            assertEquals(4, store.snapshots().list().get(0).snapshotCount());
            assertTrue(store.snapshots().latest("busy").isPresent());
            assertEquals(0, store.retention().apply(io.twinbench.store.RetentionPolicy.DEFAULT, now).snapshotsExpired(), "nothing more the second time");
        }
    }
}
