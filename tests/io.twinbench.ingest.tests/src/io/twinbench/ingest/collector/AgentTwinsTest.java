package io.twinbench.ingest.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.inventory.ItemBuilder;
import io.twinbench.inventory.Sections;
import io.twinbench.model.build.FindingsSource;
import io.twinbench.model.twin.Recommendation;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinFactory;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/** An agent's twin rebuilt from its inventory keeps the recommendations a simulation recorded in it, in a real H2 store. */
class AgentTwinsTest {

    private static List<Section> inventory(boolean withSecondCpu) {
        List<io.twinbench.protocol.inventory.Item> hardware = new java.util.ArrayList<>();
        hardware.add(ItemBuilder.of("Processor", "cpu0", "CPU 0").set("logicalCores", 1).build());
        if (withSecondCpu) {
            hardware.add(ItemBuilder.of("Processor", "cpu1", "CPU 1").set("logicalCores", 1).build());
        }
        hardware.add(ItemBuilder.of("Memory", "mem", "RAM").set("totalBytes", 1L << 30).build());
        return List.of(new Section(Sections.HARDWARE, hardware));
    }

    @Test
    void recommendationsRecordedByASimulationSurviveTheNextRebuildFromTheInventory(@TempDir Path workspace) {
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            AgentTwins twins = new AgentTwins(store, CollectorListener.NONE, Clock.systemUTC(), Duration.ZERO, FindingsSource.NONE);
            twins.changed("web-1", "web-1", inventory(true), true);

            // a simulation on the twin's image records two recommendations and saves a snapshot, as simulate --recommend does
            Twin simulated = store.snapshots().latest("web-1").orElseThrow();
            for (String element : List.of("mem", "cpu1")) {
                Recommendation r = TwinFactory.eINSTANCE.createRecommendation();
                r.setResource(element.equals("mem") ? "memory" : "cpu");
                r.setChange("more " + element);
                r.setVerified(true);
                r.setElement(simulated.findElement(element));
                simulated.getFindings().add(r);
            }
            store.snapshots().save(simulated);

            twins.changed("web-1", "web-1", inventory(true), false);
            Twin rebuilt = store.snapshots().latest("web-1").orElseThrow();
            List<Recommendation> kept = rebuilt.getFindings().stream().filter(Recommendation.class::isInstance).map(Recommendation.class::cast).toList();
            assertEquals(List.of("more mem", "more cpu1"), kept.stream().map(Recommendation::getChange).toList());
            assertTrue(kept.get(0).getElement() == rebuilt.findElement("mem"), "about the rebuilt twin's own element");

            // the endpoint loses a CPU: the recommendation about it goes with it, and the other stays through later rebuilds
            twins.changed("web-1", "web-1", inventory(false), false);
            twins.changed("web-1", "web-1", inventory(false), false);
            Twin later = store.snapshots().latest("web-1").orElseThrow();
            assertEquals(List.of("more mem"), later.getFindings().stream().filter(Recommendation.class::isInstance)
                    .map(f -> ((Recommendation) f).getChange()).toList());
        }
    }

    /** A clock the test moves, as inventory rounds arrive minutes apart. */
    private static final class RoundClock extends Clock {
        java.time.Instant now = java.time.Instant.parse("2026-12-06T05:58:37Z");

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    @Test
    void firstSeenIsWhenAnElementFirstAppearedThroughTenRoundsAndARestart(@TempDir Path workspace) {
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            RoundClock clock = new RoundClock();
            java.util.Date enrolled = java.util.Date.from(clock.now);
            AgentTwins twins = new AgentTwins(store, CollectorListener.NONE, clock, Duration.ZERO, FindingsSource.NONE);
            twins.changed("web-01", "web-01", inventory(false), true);
            java.util.Date cpu1Added = null;
            for (int round = 1; round <= 10; round++) {
                clock.now = clock.now.plusSeconds(47);
                if (round == 3) {
                    cpu1Added = java.util.Date.from(clock.now);
                }
                twins.changed("web-01", "web-01", inventory(round >= 3), false);
            }
            Twin tenth = store.snapshots().latest("web-01").orElseThrow();
            assertEquals(enrolled, tenth.findElement("cpu0").getFirstSeen(), "there since enrolment");
            assertEquals(cpu1Added, tenth.findElement("cpu1").getFirstSeen(), "added in round 3");
            assertEquals(java.util.Date.from(clock.now), tenth.findElement("cpu0").getLastSeen(), "last seen follows the stream");
            assertEquals(enrolled, tenth.getCreated());

            // a workbench started anew, and a CPU that goes and comes back: a new appearance
            AgentTwins restarted = new AgentTwins(store, CollectorListener.NONE, clock, Duration.ZERO, FindingsSource.NONE);
            clock.now = clock.now.plusSeconds(60);
            restarted.changed("web-01", "web-01", inventory(false), false);
            clock.now = clock.now.plusSeconds(60);
            restarted.changed("web-01", "web-01", inventory(true), false);
            Twin after = store.snapshots().latest("web-01").orElseThrow();
            assertEquals(enrolled, after.findElement("cpu0").getFirstSeen());
            assertEquals(java.util.Date.from(clock.now), after.findElement("cpu1").getFirstSeen());
            assertTrue(after.getDependencies().stream().allMatch(d -> !d.getFirstSeen().after(d.getLastSeen())));
        }
    }
}
