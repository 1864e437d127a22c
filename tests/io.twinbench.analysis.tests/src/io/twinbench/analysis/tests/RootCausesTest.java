package io.twinbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.twinbench.analysis.cause.AnomalyFindings;
import io.twinbench.analysis.cause.RootCause;
import io.twinbench.analysis.cause.RootCauses;
import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.Anomaly;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.store.StoredAnomaly;

/**
 * A disk under a file system, a database service on it and an application using the
 * service, plus an unrelated job: when the disk, the service and the application turn
 * anomalous, the disk is the cause that explains the other two, and the unrelated job is a
 * separate finding; the service and the application are not listed as causes.
 */
class RootCausesTest {

    private static StoredAnomaly anomaly(String element, long time, double score) {
        return new StoredAnomaly("db1", element, "m", time, 1, 0, score, "spike", "seasonal");
    }

    @Test
    void theElementTheOtherAnomaliesDependOnComesFirstAndItsSymptomsAreNotCauses() {
        TwinBuilder b = new TwinBuilder("db1", "db1", new Date());
        TwinPackage p = TwinPackage.eINSTANCE;
        Element disk = b.element(p.getDisk(), "disk/sda", "sda", e -> { });
        Element fs = b.element(p.getFileSystem(), "fs/var", "/var", e -> { });
        Element service = b.element(p.getService(), "svc/postgresql", "postgresql", e -> { });
        Element app = b.element(p.getApplication(), "app/shop", "shop", e -> { });
        b.element(p.getService(), "svc/cron", "cron", e -> { });
        b.edge(fs, DependencyType.MOUNTED_ON, disk);
        b.edge(service, DependencyType.REQUIRES, fs);
        b.edge(app, DependencyType.REQUIRES, service);
        Twin twin = b.twin();

        List<StoredAnomaly> anomalies = List.of(anomaly("app/shop", 1_200, 6), anomaly("svc/postgresql", 1_100, 12),
                anomaly("disk/sda", 1_000, 8), anomaly("svc/cron", 900, 7), anomaly("gone/element", 800, 30));
        List<RootCause> ranked = RootCauses.rank(twin, anomalies);
        assertEquals(List.of("disk/sda", "svc/cron"), ranked.stream().map(c -> c.element().getId()).toList());
        assertEquals(List.of("app/shop", "svc/postgresql"), ranked.get(0).explains().stream().map(Element::getId).toList());
        assertEquals(8, ranked.get(0).score());
        assertEquals(1_000, ranked.get(0).firstAnomaly());

        assertEquals(4, AnomalyFindings.attach(twin, anomalies), "each anomaly whose element the twin has");
        Anomaly finding = (Anomaly) twin.getFindings().stream().filter(f -> f.getElement() == service).findFirst().orElseThrow();
        assertEquals(12, finding.getScore());
        assertEquals("m", finding.getMetric());
        assertEquals(new Date(1_100), finding.getDetectedAt());
    }

    @Test
    void anElementAnomalousOnlyAfterItsDependentsIsNotTheirCause() {
        TwinBuilder b = new TwinBuilder("web1", "web1", new Date());
        TwinPackage p = TwinPackage.eINSTANCE;
        Element memory = b.element(p.getMemory(), "memory", "memory", e -> { });
        Element web = b.element(p.getService(), "svc/nginx", "nginx", e -> { });
        Element app = b.element(p.getApplication(), "app/shop", "shop", e -> { });
        b.edge(web, DependencyType.RUNS_ON, memory);
        b.edge(app, DependencyType.REQUIRES, web);
        Twin twin = b.twin();
        // the service and the application went wrong at 10:00; memory followed a minute later
        List<StoredAnomaly> anomalies = List.of(anomaly("svc/nginx", 600_000, 9), anomaly("app/shop", 602_000, 6),
                anomaly("memory", 660_000, 20));
        List<RootCause> ranked = RootCauses.rank(twin, anomalies);
        assertEquals("svc/nginx", ranked.get(0).element().getId(), "the earliest of the chain explains the rest");
        assertEquals(List.of("app/shop"), ranked.get(0).explains().stream().map(Element::getId).toList());
        RootCause late = ranked.stream().filter(c -> c.element() == memory).findFirst().orElseThrow();
        assertEquals(List.of(), late.explains(), "memory turned anomalous after its dependents: not their cause");
    }

    @Test
    void ownershipAndConfigurationWeighLessThanRuntimeDependencies() {
        TwinBuilder b = new TwinBuilder("db1", "db1", new Date());
        TwinPackage p = TwinPackage.eINSTANCE;
        Element user = b.element(p.getUser(), "user/postgres", "postgres", e -> { });
        Element config = b.element(p.getConfigurationItem(), "cfg/etc/postgresql.conf", "postgresql.conf", e -> { });
        Element disk = b.element(p.getDisk(), "disk/sda", "sda", e -> { });
        Element service = b.element(p.getService(), "svc/postgresql", "postgresql", e -> { });
        Element process = b.element(p.getProcess(), "proc/77", "postgres", e -> { });
        b.edge(service, DependencyType.OWNED_BY, user);
        b.edge(process, DependencyType.OWNED_BY, user);
        b.edge(service, DependencyType.CONFIGURED_BY, config);
        b.edge(service, DependencyType.REQUIRES, disk);
        b.edge(process, DependencyType.REQUIRES, disk);
        Twin twin = b.twin();
        List<StoredAnomaly> anomalies = List.of(anomaly("user/postgres", 1_000, 5), anomaly("disk/sda", 1_000, 5),
                anomaly("svc/postgresql", 2_000, 5), anomaly("proc/77", 2_000, 5));
        List<RootCause> ranked = RootCauses.rank(twin, anomalies);
        assertEquals("disk/sda", ranked.get(0).element().getId(), "two runtime dependents outweigh two owned ones");
        assertEquals(2.0, ranked.get(0).weight());
        assertEquals(1.0, ranked.stream().filter(c -> c.element() == user).findFirst().map(RootCause::weight).orElse(0.0));
    }
}
