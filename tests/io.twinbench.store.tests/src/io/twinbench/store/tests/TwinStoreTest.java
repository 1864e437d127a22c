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
            assertTrue(store.snapshots().delete("a"));
            assertFalse(store.snapshots().delete("a"));
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
}
