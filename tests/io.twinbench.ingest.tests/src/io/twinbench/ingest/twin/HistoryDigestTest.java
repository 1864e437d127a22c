package io.twinbench.ingest.twin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.twinbench.store.TwinChange;

/** The history an analyst reads: a baseline line, real changes one by one, churn folded per round. */
class HistoryDigestTest {

    private static final Instant ENROLLED = Instant.parse("2026-12-06T05:58:37Z");

    private static TwinChange change(Instant at, String section, String key, TwinChange.Kind kind, String before, String after) {
        return new TwinChange("web-01", at, "agent web-01", section, key, kind, before, after);
    }

    private static String kworker(String name) {
        return "{\"commandLine\":\"\",\"name\":\"" + name + "\",\"parentPid\":\"2\",\"pid\":\"812\"}";
    }

    @Test
    void theFirstInventoryIsOneLineAndChurnIsFoldedPerRoundWhileRealChangesStayAlone() {
        List<TwinChange> changes = new ArrayList<>();
        for (int i = 0; i < 1121; i++) {
            changes.add(change(ENROLLED, i < 300 ? "processes" : "packages", "item/" + i, TwinChange.Kind.ADDED, null, "{\"name\":\"n" + i + "\"}"));
        }
        Instant round = ENROLLED.plusSeconds(47);
        changes.add(change(round, "processes", "proc/812", TwinChange.Kind.CHANGED, kworker("kworker/0:1-events"), kworker("kworker/0:1-mm_percpu_wq")));
        changes.add(change(round, "hardware", "fs//", TwinChange.Kind.CHANGED, "{\"name\":\"/\",\"usableBytes\":\"100\"}",
                "{\"name\":\"/\",\"usableBytes\":\"90\"}"));
        changes.add(change(round, "processes", "proc/4242", TwinChange.Kind.ADDED, null, "{\"name\":\"python3\"}"));
        changes.add(change(round, "processes", "proc/900", TwinChange.Kind.CHANGED, "{\"commandLine\":\"/usr/sbin/sshd\",\"name\":\"sshd\",\"parentPid\":\"1\"}",
                "{\"commandLine\":\"/tmp/.x\",\"name\":\"[kworker/0:2]\",\"parentPid\":\"1\"}"));
        List<TwinChange> newestFirst = new ArrayList<>(changes).reversed();

        List<HistoryDigest.Line> lines = HistoryDigest.of(newestFirst, ENROLLED);
        assertEquals(List.of("CHANGED proc/900", "ADDED proc/4242", "FOLDED 2 changes of no meaning folded", "BASELINE first inventory: 1121 items"),
                lines.stream().map(l -> l.kind() + " " + l.item()).toList());
        assertEquals("821 packages, 300 processes", lines.get(3).details());
        assertEquals("1 kernel thread rename, 1 counter update", lines.get(2).details());
        assertEquals("commandLine: /usr/sbin/sshd → /tmp/.x; name: sshd → [kworker/0:2]", lines.get(0).details(),
                "a user process taking a kernel thread's name is a change, never churn");
        assertEquals(1125, HistoryDigest.unfolded(newestFirst).size(), "unfolded, every change is there");
    }

    @Test
    void withoutItsFirstInventoryInThePeriodAdditionsAreListed() {
        List<HistoryDigest.Line> lines = HistoryDigest.of(List.of(change(ENROLLED.plusSeconds(60), "users", "user/eve", TwinChange.Kind.ADDED, null,
                "{\"name\":\"eve\"}")), ENROLLED);
        assertEquals(List.of("ADDED user/eve eve"), lines.stream().map(l -> l.kind() + " " + l.item() + " " + l.details()).toList());
    }
}
