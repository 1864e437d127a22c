package io.twinbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.analysis.security.EndpointNovelty;
import io.twinbench.analysis.security.LoginBursts;
import io.twinbench.analysis.security.SecurityFinding;
import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.store.SectionWrite;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.StoredEvent;
import io.twinbench.store.TwinChange;
import io.twinbench.store.TwinStore;

/**
 * A week of an endpoint's history as its baseline, then a day with a new pid of a known
 * program, a program never seen, a new port, a known port reopened, a new user, a burst of
 * failed logins and a lone one: only the never-seen program, port and user and the burst count.
 */
class SecurityAnomaliesTest {

    private static final Instant WEEK_START = Instant.parse("2026-11-16T00:00:00Z");
    private static final Instant DAY = WEEK_START.plus(Duration.ofDays(7));

    @TempDir
    Path workspace;

    private static TwinChange added(Instant at, String section, String key, String json) {
        return new TwinChange("web1", at, "agent web1", section, key, TwinChange.Kind.ADDED, null, json);
    }

    private static void write(TwinStore store, TwinChange... changes) {
        TwinBuilder b = new TwinBuilder("web1", "web1", new Date());
        b.element(TwinPackage.eINSTANCE.getEndpoint(), "endpoint", "web1", e -> { });
        List<SectionWrite> writes = new ArrayList<>();
        for (TwinChange c : changes) {
            writes.add(new SectionWrite(c.section(), "h", false, Map.of(c.itemKey(), c.after()), List.of(), List.of(c)));
        }
        store.inventories().writeWithSnapshot(b.twin(), writes, changes[changes.length - 1].at());
    }

    @Test
    void onlyWhatTheEndpointNeverHadAndAnUnusualBurstOfFailuresAreFindings() {
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            Instant t = WEEK_START.plus(Duration.ofHours(1));
            write(store, added(t, "processes", "proc/100", "{\"name\":\"sshd\",\"path\":\"/usr/sbin/sshd\"}"),
                    added(t, "listeners", "port/tcp4/0.0.0.0/22", "{\"port\":\"22\"}"),
                    added(t, "users", "user/alice", "{\"name\":\"alice\"}"));
            Instant d = DAY.plus(Duration.ofHours(3));
            write(store, added(d, "processes", "proc/300", "{\"name\":\"sshd\",\"path\":\"/usr/sbin/sshd\"}"),
                    added(d.plusSeconds(1), "processes", "proc/301", "{\"name\":\"kworker\",\"path\":\"/tmp/.x/miner\"}"),
                    added(d.plusSeconds(2), "listeners", "port/tcp4/0.0.0.0/4444", "{\"port\":\"4444\"}"),
                    added(d.plusSeconds(3), "users", "user/mallory", "{\"name\":\"mallory\"}"));
            write(store, added(d.plusSeconds(60), "listeners", "port/tcp4/0.0.0.0/22", "{\"port\":\"22\"}"),
                    added(d.plusSeconds(61), "processes", "proc/302", "{\"name\":\"kworker\",\"path\":\"/tmp/.x/miner\"}"));

            List<SecurityFinding> novel = new EndpointNovelty(store).find("web1", WEEK_START, DAY, DAY.plus(Duration.ofDays(1)));
            assertEquals(List.of("new-process proc/301", "new-listener port/tcp4/0.0.0.0/4444", "new-user user/mallory"),
                    novel.stream().map(f -> f.kind() + " " + f.elementId()).toList(), novel.toString());
            assertTrue(novel.get(0).description().contains("/tmp/.x/miner"), novel.get(0).description());

            List<StoredEvent> failures = new ArrayList<>();
            for (int day = 0; day < 7; day++) {
                for (int k = 0; k < 3; k++) {
                    failures.add(failure(WEEK_START.plus(Duration.ofDays(day)).plus(Duration.ofHours(4 + 6 * k))));
                }
            }
            Instant burst = DAY.plus(Duration.ofHours(5));
            for (int k = 0; k < 12; k++) {
                failures.add(failure(burst.plusSeconds(10 * k)));
            }
            failures.add(failure(DAY.plus(Duration.ofHours(9))));
            store.events().append(failures);
            List<SecurityFinding> bursts = new LoginBursts(store).find("web1", WEEK_START, DAY, DAY.plus(Duration.ofDays(1)));
            assertEquals(1, bursts.size(), bursts.toString());
            assertEquals(burst.toEpochMilli(), bursts.get(0).at());
            assertTrue(bursts.get(0).description().startsWith("12 failed logins in 5 minutes"), bursts.get(0).description());
        }
    }

    private static StoredEvent failure(Instant at) {
        return new StoredEvent(0, "web1", at.toEpochMilli(), "auth.failure", "WARN", "/var/log/auth.log", "user/root",
                "Failed password for root from 203.0.113.9", null);
    }
}
