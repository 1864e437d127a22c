package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import io.twinbench.ui.views.FleetView;
import io.twinbench.ui.views.TwinHistoryView;

/** The real agent enrols with a token from the workbench and streams to its collector; the fleet view follows live. */
class AgentFleetTest {

    @Test
    void anAgentEnrolledFromTheWorkbenchAppearsOnlineThenOfflineWithItsTwin() throws Exception {
        FleetView fleet = (FleetView) Ui.page().showView(FleetView.ID);
        Path state = Files.createTempDirectory("ui-agent");
        Path log = state.resolve("agent.log");
        Process agent = startAgent("ui-agent", state, "--count", "4", "--drain-seconds", "60");
        try {
            Ui.waitUntil("the agent online in the fleet view", 60_000, () -> row(fleet, "ui-agent").contains("online"));
            assertTrue(agent.waitFor(90, TimeUnit.SECONDS), "the agent finishes its four rounds");
            assertEquals(0, agent.exitValue(), Files.readString(log));
            Ui.waitUntil("the agent offline", 30_000, () -> row(fleet, "ui-agent").contains("offline"));
            List<String> cells = row(fleet, "ui-agent");
            assertEquals("0.1.0", cells.get(4), "the agent's version: " + cells);
            assertTrue(Long.parseLong(cells.get(5)) >= 4, "its committed frames: " + cells);
            // what its quotas refused is on its row, and a text too long for the column shows whole on hovering
            Ui.workspace().store().orElseThrow().agentStreams().addRefused("ui-agent", new io.twinbench.store.AgentRefusals(2, 5, 7, 1));
            Ui.workspace().refreshFleet();
            String refused = "2 series (5 samples), 7 events, 1 inventory over quota";
            Ui.waitUntil("what the quotas refused in the Attention column", 30_000, () -> attention(fleet, "ui-agent").contains(refused));
            TableItem item = Arrays.stream(fleet.agentsViewer().getTable().getItems()).filter(i -> i.getText(0).equals("ui-agent")).findFirst().orElseThrow();
            assertEquals(attention(fleet, "ui-agent"),
                    ((org.eclipse.jface.viewers.ColumnLabelProvider) fleet.agentsViewer().getLabelProvider(6)).getToolTipText(item.getData()));
            Ui.waitUntil("the agent's twin in the fleet", 30_000, () -> Arrays.stream(fleet.viewer().getTable().getItems())
                    .anyMatch(i -> i.getText(0).equals("ui-agent (" + cells.get(1) + ")")));
            // a live update keeps the selected twin selected, and a paused list holds still
            Object agentTwin = Arrays.stream(fleet.viewer().getTable().getItems()).filter(i -> i.getText(0).startsWith("ui-agent ("))
                    .findFirst().orElseThrow().getData();
            fleet.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(agentTwin), true);
            // a new snapshot changes the row's count and time: a row of other values, the same twin
            Ui.workspace().saveSnapshot(Ui.workspace().store().orElseThrow().snapshots().latest("ui-agent").orElseThrow());
            Ui.processEvents(500);
            assertTrue(Arrays.stream(fleet.viewer().getTable().getItems()).noneMatch(i -> i.getData().equals(agentTwin)), "the row was replaced");
            assertEquals(((io.twinbench.store.TwinSummary) agentTwin).id(), ((io.twinbench.store.TwinSummary)
                    ((org.eclipse.jface.viewers.IStructuredSelection) fleet.viewer().getSelection()).getFirstElement()).id());
            fleet.setPaused(true);
            int rows = fleet.viewer().getTable().getItemCount();
            String heldId = "paused-" + System.nanoTime();
            Ui.workspace().saveSnapshot(new io.twinbench.model.build.TwinBuilder(heldId, "held back", new java.util.Date()).twin());
            Ui.processEvents(500);
            assertEquals(rows, fleet.viewer().getTable().getItemCount(), "paused: the new twin waits");
            assertTrue(fleet.pauseText().startsWith("Paused: "), fleet.pauseText());
            fleet.setPaused(false);
            assertEquals(rows + 1, fleet.viewer().getTable().getItemCount());
            Ui.workspace().deleteTwin(heldId, false);
            TwinHistoryView history = (TwinHistoryView) Ui.page().showView(TwinHistoryView.ID);
            history.show("ui-agent", "ui-agent");
            Ui.waitUntil("the agent twin's first inventory as one baseline line", 30_000, () -> Arrays.stream(history.viewer().getTable().getItems())
                    .filter(i -> i.getText(1).equals("baseline")).anyMatch(i -> i.getText(3).startsWith("first inventory: ")
                            && i.getText(4).contains(" processes") && i.getText(5).equals("agent ui-agent")));
            assertTrue(Arrays.stream(history.viewer().getTable().getItems()).noneMatch(i -> i.getText(1).equals("added") && i.getText(2).equals("processes")
                    && i.getText(0).equals(Arrays.stream(history.viewer().getTable().getItems()).filter(b -> b.getText(1).equals("baseline"))
                            .findFirst().orElseThrow().getText(0))), "the baseline's additions are not listed one by one");
            history.select("Added", true);
            Ui.waitUntil("the baseline unfolded", 30_000, () -> Arrays.stream(history.viewer().getTable().getItems())
                    .anyMatch(i -> i.getText(1).equals("added") && i.getText(2).equals("processes") && i.getText(5).equals("agent ui-agent")));
        } finally {
            agent.destroyForcibly();
        }
    }

    @Test
    void anOpenAgentTwinFollowsTheStreamInTheGraphAndItsEventsAreListed() throws Exception {
        FleetView fleet = (FleetView) Ui.page().showView(FleetView.ID);
        Path state = Files.createTempDirectory("ui-live");
        Path appLog = state.resolve("app.log");
        Files.writeString(appLog, "");
        Process agent = startAgent("ui-live", state, "--count", "120", "--log", appLog.toString(), "--auth-log", "none", "--audit-log", "none");
        try {
            Ui.waitUntil("the live agent's twin in the fleet", 60_000, () -> Arrays.stream(fleet.viewer().getTable().getItems())
                    .anyMatch(i -> i.getText(0).startsWith("ui-live (")));
            io.twinbench.ui.graph.TwinGraphEditor editor = (io.twinbench.ui.graph.TwinGraphEditor) Ui.page().openEditor(
                    new io.twinbench.ui.internal.TwinEditorInput("ui-live", "ui-live"), io.twinbench.ui.graph.TwinGraphEditor.ID);
            try (java.net.ServerSocket opened = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                String suffix = "/" + opened.getLocalPort();
                Ui.waitUntil("the listener opened after the editor, in the open graph", 60_000, () -> editor.twin().getElements().stream()
                        .anyMatch(e -> e.getId().startsWith("port/") && e.getId().endsWith(suffix)
                                && (editor.viewer().getEditPartRegistry().get(e) != null || editor.diagram().graph().groupOf(e) != null)));
                assertTrue(editor.lastStatus().startsWith("Live: "), editor.lastStatus());
                assertTrue(!editor.isDirty(), "following the endpoint is not an edit");
            }
            // what the online detector stores about an element reaches the open model as a finding about it
            String packageId = editor.twin().getElements().stream().filter(io.twinbench.model.twin.SoftwarePackage.class::isInstance)
                    .findFirst().orElseThrow().getId();
            Ui.workspace().store().orElseThrow().anomalies().append(List.of(new io.twinbench.store.StoredAnomaly("ui-live", packageId,
                    "disk.read.rate", System.currentTimeMillis(), 9e6, 1e3, 14, "spike", "seasonal")));
            try (java.net.ServerSocket another = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                Ui.waitUntil("the stored anomaly as a finding of the open twin", 60_000, () -> editor.twin().getFindings().stream()
                        .anyMatch(f -> f instanceof io.twinbench.model.twin.Anomaly a && a.getElement() != null
                                && a.getElement().getId().equals(packageId) && "disk.read.rate".equals(a.getMetric())));
                assertTrue(!editor.isDirty(), "following the findings is not an edit either");
            }
            // First Seen is evidence: the endpoint keeps it through ten more inventory rounds while Last Seen follows
            io.twinbench.model.twin.Element endpoint = editor.twin().findElement("endpoint");
            java.util.Date firstSeen = endpoint.getFirstSeen();
            long lastSeen = endpoint.getLastSeen().getTime();
            Ui.waitUntil("ten more inventory rounds", 60_000, () -> editor.twin().findElement("endpoint").getLastSeen().getTime() >= lastSeen + 10_000);
            assertEquals(firstSeen, editor.twin().findElement("endpoint").getFirstSeen());
            assertEquals(firstSeen, Ui.workspace().store().orElseThrow().snapshots().latest("ui-live").orElseThrow().findElement("endpoint").getFirstSeen(),
                    "and so does the stored twin");

            // paused, the graph holds still while the endpoint changes; resumed, it catches up
            editor.setPaused(true);
            try (java.net.ServerSocket held = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                String heldPort = "/" + held.getLocalPort();
                Ui.waitUntil("updates held back", 30_000, () -> editor.waitingUpdates() >= 3);
                assertTrue(editor.twin().getElements().stream().noneMatch(e -> e.getId().startsWith("port/") && e.getId().endsWith(heldPort)),
                        "paused: the new listener is not merged yet");
                editor.setPaused(false);
                Ui.waitUntil("the held listener after resuming", 30_000, () -> editor.twin().getElements().stream()
                        .anyMatch(e -> e.getId().startsWith("port/") && e.getId().endsWith(heldPort)));
            }

            // stamped now: the events view shows a recent period, and a fixed date falls out of it as days pass
            String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
            Files.writeString(appLog, stamp + " ERROR payment service unreachable\n", java.nio.file.StandardOpenOption.APPEND);
            io.twinbench.ui.views.EventsView events = (io.twinbench.ui.views.EventsView) Ui.page().showView(io.twinbench.ui.views.EventsView.ID);
            events.show("ui-live", "ui-live");
            Ui.waitUntil("the log line in the events view", 60_000, () -> Arrays.stream(events.viewer().getTable().getItems())
                    .anyMatch(i -> i.getText(1).equals("ERROR") && i.getText(4).contains("payment service unreachable")));
            events.selectKinds("Security events");
            Ui.waitUntil("the log line filtered out", 10_000, () -> Arrays.stream(events.viewer().getTable().getItems())
                    .noneMatch(i -> i.getText(4).contains("payment service unreachable")));
            Ui.page().closeEditor(editor, false);
        } finally {
            agent.destroyForcibly();
        }
    }

    private static Process startAgent(String id, Path state, String... more) throws Exception {
        return LocalAgent.start(id, state, more);
    }

    private static List<String> row(FleetView fleet, String agentId) {
        for (TableItem item : fleet.agentsViewer().getTable().getItems()) {
            if (item.getText(0).equals(agentId)) {
                return List.of(item.getText(0), item.getText(1), item.getText(2), item.getText(3), item.getText(4), item.getText(5));
            }
        }
        return List.of();
    }

    private static String attention(FleetView fleet, String agentId) {
        return Arrays.stream(fleet.agentsViewer().getTable().getItems()).filter(i -> i.getText(0).equals(agentId))
                .map(i -> i.getText(6)).findFirst().orElse("");
    }
}
