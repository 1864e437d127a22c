package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import io.twinbench.store.Orchestrations;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.views.OrchestrationView;

/**
 * Three endpoints in the orchestration loop, as the loop records them: the one whose plan waits
 * for approval is listed first, then the one that needs attention, then the one waiting for its
 * next run; the summary says what waits for the analyst, and a row's history reads below.
 */
class OrchestrationViewTest {

    @Test
    void whatWaitsForTheAnalystIsListedFirstWithItsHistory() throws Exception {
        Ui.waitUntil("the store", 90_000, () -> Ui.workspace().store().isPresent());
        TwinStore store = Ui.workspace().store().orElseThrow();
        Instant now = Instant.now();
        Instant later = now.plus(Duration.ofDays(1)); // not due: the workbench's loop leaves them as they are
        store.library().save("sim-orch-b", "What simulation 'scan' recommended", "id: sim-orch-b\ntitle: What simulation 'scan' recommended\n"
                + "targets: {endpoints: [orch-b]}\nactions:\n  - service: lighttpd.service\n    do: stop\n", "simulation 'scan' on the twin of orch-b",
                "orchestration loop", now);
        add(store, "orch-a", "waiting", later, null, "no issue: nothing saturated", now);
        add(store, "orch-b", "awaiting-approval", later, "sim-orch-b", "plan sim-orch-b passed on its twin (passed): approve it", now);
        add(store, "orch-c", "needs-attention", later, "sim-orch-c", "plan sim-orch-c failed on its twin: port 80 still open", now);

        OrchestrationView view = (OrchestrationView) Ui.page().showView(OrchestrationView.ID);
        Ui.waitUntil("the three endpoints listed", 30_000, () -> rows(view).containsAll(List.of("orch-a", "orch-b", "orch-c")));
        List<String> order = rows(view).stream().filter(e -> e.startsWith("orch-")).toList();
        assertEquals(List.of("orch-b", "orch-c", "orch-a"), order, "what waits for the analyst first");
        TableItem approval = item(view, "orch-b");
        assertEquals("▶ awaiting-approval", approval.getText(1));
        assertEquals("sim-orch-b", approval.getText(4));
        assertEquals("waiting", item(view, "orch-a").getText(1));
        view.viewer().setSelection(new StructuredSelection(view.viewer().getElementAt(rows(view).indexOf("orch-c"))));
        Ui.waitUntil("orch-c's history", 30_000, () -> view.historyText().contains("needs-attention: plan sim-orch-c failed on its twin"));
        assertTrue(view.historyText().contains("scan  simulating: simulating"), view.historyText());
        Ui.processEvents(500);
    }

    /** As the loop moves a schedule: added, then through simulating to the given stage. */
    private static void add(TwinStore store, String endpoint, String stage, Instant due, String plan, String detail, Instant now) {
        Orchestrations.Schedule s = new Orchestrations.Schedule(endpoint, "scan", "name: scan\nphases:\n  - name: scan\n    duration: 2s\n    threat: port-scan\n",
                Duration.ofHours(6), null, "waiting", due, null, null, "scheduled by alice", "alice", now.minusSeconds(60), 0);
        store.orchestrations().add(s);
        Orchestrations.Schedule read = store.orchestrations().get(endpoint, "scan").orElseThrow();
        store.orchestrations().move(read.moved("simulating", due, null, null, "simulating", now.minusSeconds(30)));
        read = store.orchestrations().get(endpoint, "scan").orElseThrow();
        store.orchestrations().move(read.moved(stage, due, plan, null, detail, now));
    }

    private static List<String> rows(OrchestrationView view) {
        return java.util.Arrays.stream(view.viewer().getTable().getItems()).map(i -> i.getText(0)).toList();
    }

    private static TableItem item(OrchestrationView view, String endpoint) {
        return java.util.Arrays.stream(view.viewer().getTable().getItems()).filter(i -> i.getText(0).equals(endpoint)).findFirst().orElseThrow();
    }
}
