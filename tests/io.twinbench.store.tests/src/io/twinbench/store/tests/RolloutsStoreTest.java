package io.twinbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.Rollouts;
import io.twinbench.store.TwinStore;

/**
 * A rollout's record, decisions and measurements: kept as written, moved on only from the
 * revision a change was worked out from, each interval measured once; and a plan not yet
 * answered taken back.
 */
class RolloutsStoreTest extends StoreFixture {

    private final Instant at = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void aRolloutMovesOnOnlyFromTheRevisionItWasReadAt() {
        try (TwinStore store = TwinStore.open(location())) {
            byte[] envelope = "{\"payload\":\"…\"}".getBytes(StandardCharsets.UTF_8);
            Rollouts.Rollout r = new Rollouts.Rollout("tag@7", "tag", 7, envelope, at.plusSeconds(3600), "plan: tag\n", "rollout.yaml",
                    List.of("web-1", "web-2"), "applying", 1, at, false, null, "alice", at, at, 0, null);
            assertTrue(store.rollouts().create(r));
            assertFalse(store.rollouts().create(r), "one rollout per id");
            Rollouts.Rollout read = store.rollouts().get("tag@7").orElseThrow();
            assertArrayEquals(envelope, read.envelope());
            assertEquals(List.of("web-1", "web-2"), read.targets());
            Rollouts.Rollout baking = new Rollouts.Rollout(r.id(), r.planId(), r.version(), envelope, r.expires(), r.spec(), r.specFile(), r.targets(),
                    "baking", 1, at.plusSeconds(5), false, null, "alice", at, at.plusSeconds(5), read.revision(), "b");
            assertTrue(store.rollouts().update(baking, new Rollouts.Decision(r.id(), at.plusSeconds(5), 1, "applied", "applied on 2", "{\"seconds\":5}")));
            // a second process worked its step out from the same revision: refused, nothing written
            assertFalse(store.rollouts().update(baking, new Rollouts.Decision(r.id(), at.plusSeconds(5), 1, "applied", "again", null)));
            assertEquals(1, store.rollouts().decisions(r.id()).size());
            assertEquals("baking", store.rollouts().get(r.id()).orElseThrow().state());
            assertEquals("b", store.rollouts().get(r.id()).orElseThrow().winner());

            Rollouts.Measurement m = new Rollouts.Measurement(r.id(), 1, "errors", at.plusSeconds(35), "successful", "{\"web-1\":0.0}", "{}", "ok");
            assertTrue(store.rollouts().measured(m));
            assertFalse(store.rollouts().measured(m), "an interval is measured once");
            assertEquals(1, store.rollouts().measurements(r.id(), 1).size());
            assertEquals(1, store.rollouts().measurements(r.id(), -1).size());
            assertTrue(store.rollouts().measurements(r.id(), 2).isEmpty());
        }
    }

    @Test
    void anABRolloutIsRecordedWithItsOtherArmAndFirstDecisionsAtOnce() {
        try (TwinStore store = TwinStore.open(location())) {
            byte[] a = {1, 2};
            byte[] b = {3, 4};
            Rollouts.Rollout r = new Rollouts.Rollout("tag@7", "tag", 7, a, at.plusSeconds(3600), "plan: tag\n", "ab.yaml", List.of("web-1", "web-2"),
                    "applying", 1, at, false, null, "alice", at, at, 0, null);
            Rollouts.Arm other = new Rollouts.Arm("tag@7", "b", "tag-b", 8, b, at.plusSeconds(60));
            assertTrue(store.rollouts().create(r, other, List.of(new Rollouts.Decision("tag@7", at, 0, "started", "started", null))));
            assertFalse(store.rollouts().create(r, other, List.of(new Rollouts.Decision("tag@7", at, 0, "started", "again", null))));
            Rollouts.Arm read = store.rollouts().otherArm("tag@7").orElseThrow();
            assertEquals("tag-b", read.planId());
            assertEquals(8, read.version());
            assertArrayEquals(b, read.envelope());
            assertEquals(1, store.rollouts().decisions("tag@7").size(), "a refused creation writes nothing");
            assertTrue(store.rollouts().otherArm("other@1").isEmpty());
        }
    }

    @Test
    void aLoopScheduleMovesOnlyFromItsRevisionAndKeepsItsHistory() {
        try (TwinStore store = TwinStore.open(location())) {
            io.twinbench.store.Orchestrations.Schedule s = new io.twinbench.store.Orchestrations.Schedule("web-1", "scan", "name: scan\n",
                    java.time.Duration.ofHours(6), null, "waiting", at, null, null, "scheduled", "alice", at, 0);
            assertTrue(store.orchestrations().add(s));
            assertFalse(store.orchestrations().add(s), "one schedule per endpoint and scenario");
            var read = store.orchestrations().get("web-1", "scan").orElseThrow();
            assertEquals(java.time.Duration.ofHours(6), read.every());
            assertTrue(store.orchestrations().move(read.moved("simulating", at, null, null, "simulating", at.plusSeconds(1))));
            assertFalse(store.orchestrations().move(read.moved("simulating", at, null, null, "again", at.plusSeconds(2))),
                    "a second process working from the same revision is refused");
            var moved = store.orchestrations().get("web-1", "scan").orElseThrow();
            assertTrue(store.orchestrations().move(moved.moved("awaiting-approval", at.plusSeconds(3600), "sim-web-1", null, "passed", at.plusSeconds(9))));
            assertEquals(List.of("waiting", "simulating", "awaiting-approval"), store.orchestrations().events("web-1", 10).stream()
                    .map(io.twinbench.store.Orchestrations.Event::stage).toList());
            assertEquals("sim-web-1", store.orchestrations().all().get(0).planId());
            assertTrue(store.orchestrations().remove("web-1", "scan"));
            assertTrue(store.orchestrations().all().isEmpty() && store.orchestrations().events("web-1", 10).isEmpty());
        }
    }

    @Test
    void aPlanNotYetAnsweredIsTakenBackButAnAnsweredOneIsNot() {
        try (TwinStore store = TwinStore.open(location())) {
            for (String endpoint : List.of("web-1", "web-2")) {
                store.plans().push(endpoint, "tag", 7, "Tag", new byte[] {1}, at.plusSeconds(3600), "alice", at);
            }
            store.plans().report(new PlanDeliveries.Report("web-2", "tag", 7, at, "PLAN", -1, "accepted", ""));
            assertTrue(store.plans().withdraw("web-1", "tag", 7, "rollout halted", at));
            assertFalse(store.plans().withdraw("web-2", "tag", 7, "rollout halted", at));
            assertEquals(PlanDeliveries.WITHDRAWN, store.plans().get("web-1", "tag", 7).orElseThrow().state());
            assertTrue(store.plans().waitingFor("web-1", at).isEmpty(), "a withdrawn plan is not sent");
        }
    }
}
