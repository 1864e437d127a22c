package io.twinbench.rollout.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanDocument;
import io.twinbench.remedy.plan.PlanReader;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.PlanStatement;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.rollout.analysis.StoreMetrics;
import io.twinbench.rollout.engine.RolloutEngine;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.PlanTrials;
import io.twinbench.store.Sample;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.StoredEvent;
import io.twinbench.store.TwinStore;

/**
 * A workspace store with a fleet's telemetry and events written into it as the collector writes
 * them, and the collector's part of the plan exchange played from the store: pushed plans are
 * reported accepted and confirmed, ordered rollbacks reported done. The engine's decisions are
 * what these tests judge; the lab test runs the same loop with real agents.
 */
final class FleetOnStore implements AutoCloseable {

    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-06T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final TestClock clock = new TestClock();
    final TwinStore store;
    final List<String> fleet;
    final SigningKey alice = SigningKey.generate("alice");

    FleetOnStore(Path workspace, int endpoints) {
        store = TwinStore.open(StoreLocation.embeddedIn(workspace));
        fleet = IntStream.rangeClosed(1, endpoints).mapToObj(i -> "web-" + i).toList();
    }

    RolloutEngine engine() {
        return new RolloutEngine(store, clock, (id, version) -> new StoreMetrics(store, id, version));
    }

    Plan plan(String id, long version) throws Exception {
        return approved(id + ".yaml", "id: " + id + "\ntitle: Tag the web server\ntargets: {endpoints: [web-1]}\nactions:\n"
                + "  - service: lighttpd\n    do: restart\n", version);
    }

    /** A plan document approved as this version for the whole fleet, with a pass on a twin recorded. */
    Plan approved(String file, String document, long version) throws Exception {
        Plan plan = new PlanReader().read(file, document).approvedAs(version, clock.now.plus(Duration.ofDays(1)), fleet);
        store.trials().record(new PlanTrials.Trial(PlanDocument.digest(plan), plan.id(), "twin-1", "twinbench-lab", clock.now, true, "passed", ""));
        return plan;
    }

    byte[] signed(Plan plan) {
        Envelope unsigned = PlanStatement.unsigned(plan);
        return unsigned.withSignature(alice.sign(unsigned)).toJson();
    }

    /** What agents and the collector answer: every pushed plan accepted and confirmed, every ordered rollback done. */
    void agentsAnswer(String planId) {
        for (PlanDeliveries.Delivery d : store.plans().ofPlan(planId)) {
            if (d.state().equals(PlanDeliveries.PENDING)) {
                report(d, "accepted");
                report(d, "awaiting-confirmation");
                report(d, "confirmed");
            } else if (d.rollbackReason() != null && !d.state().equals("rolled-back")) {
                report(d, "rolled-back");
            }
        }
    }

    private void report(PlanDeliveries.Delivery d, String state) {
        store.plans().report(new PlanDeliveries.Report(d.agentId(), d.planId(), d.version(), clock.now, "PLAN", -1, state, state));
    }

    /** Ten seconds of the fleet's life: CPU every 5 s and error log lines, as each endpoint's agent would send them. */
    void live(ToDoubleFunction<String> cpu, ToIntFunction<String> errorsPerTenSeconds) {
        for (String endpoint : fleet) {
            List<Sample> samples = new ArrayList<>();
            for (int s = 0; s < 10; s += 5) {
                samples.add(new Sample(clock.now.plusSeconds(s).toEpochMilli(), cpu.applyAsDouble(endpoint)));
            }
            store.telemetry().append(new SeriesKey(endpoint, "cpu", "cpu.load"), "%", samples);
            List<StoredEvent> events = new ArrayList<>();
            for (int i = 0; i < errorsPerTenSeconds.applyAsInt(endpoint); i++) {
                events.add(new StoredEvent(0, endpoint, clock.now.plusMillis(i * 100L).toEpochMilli(), "log", "ERROR", "/var/log/app.log", null,
                        "upstream timed out", "{}"));
            }
            if (!events.isEmpty()) {
                store.events().append(events);
            }
        }
        clock.now = clock.now.plusSeconds(10);
    }

    List<String> touched(String planId) {
        return store.plans().ofPlan(planId).stream().map(PlanDeliveries.Delivery::agentId).sorted().toList();
    }

    @Override
    public void close() {
        store.close();
    }
}
