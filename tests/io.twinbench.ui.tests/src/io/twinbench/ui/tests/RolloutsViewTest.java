package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

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
import io.twinbench.store.StoredEvent;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.charts.RolloutsView;

/**
 * A rollout moved on as the workbench moves it, over six endpoints whose agents' reports and
 * error lines the test writes as the collector would: the canaries' errors fail the analysis, the
 * view shows the rollout rolled back, why, each endpoint's state and the metric charted.
 */
class RolloutsViewTest {

    @Test
    void aFailingCanaryShowsLiveRolledBackWithItsReasonAndChart() throws Exception {
        Ui.waitUntil("the store", 90_000, () -> Ui.workspace().store().isPresent());
        TwinStore store = Ui.workspace().store().orElseThrow();
        List<String> fleet = IntStream.rangeClosed(1, 6).mapToObj(i -> "shop-" + i).toList();
        Plan plan = new PlanReader().read("cache.yaml", """
                id: cache-headers
                title: Cache static files for a day
                targets: {endpoints: [shop-1]}
                actions:
                  - edit: /etc/lighttpd/lighttpd.conf
                    style: ini
                    set: {expire.url: '( "/static/" => "access plus 1 days" )'}
                  - service: lighttpd
                    do: restart
                """).approvedAs(3, Instant.now().plusSeconds(3600), fleet);
        store.trials().record(new PlanTrials.Trial(PlanDocument.digest(plan), plan.id(), "shop-1", "twinbench-lab", Instant.now(), true, "passed", ""));
        SigningKey alice = SigningKey.generate("alice");
        Envelope unsigned = PlanStatement.unsigned(plan);
        RolloutEngine engine = new RolloutEngine(store, Clock.systemUTC(), (id, v) -> new StoreMetrics(store, id, v));
        engine.start("cache-rollout.yaml", """
                plan: cache-headers
                baseline: 2
                stages:
                  - canary: 2
                    bake: 6s
                  - wave: 100%
                    bake: 2s
                analysis:
                  interval: 1s
                  metrics:
                    - name: errors
                      measure: error-log-lines
                      count: 3
                      failure: "max > 60.0"
                """, plan, unsigned.withSignature(alice.sign(unsigned)).toJson(), "alice");

        RolloutsView view = (RolloutsView) Ui.page().showView(RolloutsView.ID);
        Ui.waitUntil("the rollout listed", 30_000, () -> row(view, "cache-headers@3") != null);
        view.viewer().setSelection(new StructuredSelection(view.viewer().getElementAt(indexOf(view, "cache-headers@3"))));
        // the workbench's collector moves the rollout on, and so does this test (where no collector port was free): two processes
        // stepping one rollout is what the store's revisions are for. The agents' part is played here: confirm, roll back, and
        // the canaries log errors
        long until = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < until && !row(view, "cache-headers@3").getText(1).startsWith("rolled-back")) {
            List<StoredEvent> errors = new ArrayList<>();
            for (PlanDeliveries.Delivery d : store.plans().ofPlan(plan.id())) {
                if (d.state().equals(PlanDeliveries.PENDING)) {
                    for (String state : List.of("accepted", "awaiting-confirmation", "confirmed")) {
                        store.plans().report(new PlanDeliveries.Report(d.agentId(), d.planId(), d.version(), Instant.now(), "PLAN", -1, state, ""));
                    }
                } else if (d.rollbackReason() != null && !d.state().equals("rolled-back")) {
                    store.plans().report(new PlanDeliveries.Report(d.agentId(), d.planId(), d.version(), Instant.now(), "PLAN", -1, "rolled-back", ""));
                } else if (d.state().equals("confirmed")) {
                    for (int i = 0; i < 2; i++) {
                        errors.add(new StoredEvent(0, d.agentId(), System.currentTimeMillis() - i, "log", "ERROR", "/var/log/lighttpd/error.log", null,
                                "(mod_expire.c.360) parsing expire.url failed", "{}"));
                    }
                }
            }
            if (!errors.isEmpty()) {
                store.events().append(errors);
            }
            engine.step();
            Ui.processEvents(300);
        }
        Ui.waitUntil("the rollout rolled back, shown", 30_000, () -> view.detailText().contains("rolled-back: every endpoint the rollout changed"));
        String detail = view.detailText();
        assertTrue(detail.contains("metric errors failed: failure condition max > 60.0 holds"), detail);
        assertTrue(detail.contains("stage 2  wave   to 100%"), detail);
        assertTrue(detail.matches("(?s).*stage 2  wave .*=untouched.*"), "the wave after the canaries was never sent the plan:\n" + detail);
        assertTrue(view.chartedMetrics().contains("errors"), view.chartedMetrics().toString());
        Ui.waitUntil("the timeline of the rolled-back rollout", 10_000, () -> view.timeline() != null && view.timeline().steps().get(1).status()
                == io.twinbench.rollout.engine.RolloutTimeline.Status.FAILED);
        assertEquals(List.of("twins", "stage 1: canary 2", "stage 2: wave 100%"), view.timeline().steps().stream()
                .map(io.twinbench.rollout.engine.RolloutTimeline.Step::label).toList());
        assertEquals(io.twinbench.rollout.engine.RolloutTimeline.Status.SKIPPED, view.timeline().steps().get(2).status(), "the wave was never reached");
    }

    private static TableItem row(RolloutsView view, String id) {
        for (TableItem item : view.viewer().getTable().getItems()) {
            if (item.getText(0).equals(id)) {
                return item;
            }
        }
        return null;
    }

    private static int indexOf(RolloutsView view, String id) {
        TableItem[] items = view.viewer().getTable().getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].getText(0).equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
