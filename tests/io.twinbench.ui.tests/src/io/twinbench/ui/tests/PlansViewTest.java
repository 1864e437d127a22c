package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanReader;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.PlanStatement;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.PlanTrials;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.views.PlansView;

/**
 * A plan pushed to two endpoints: the Plans view lists each endpoint's state as its agent reports
 * it, updated live; the selected row shows what the plan changes, its twin run and the endpoint's
 * progress step by step; Roll Back orders it undone.
 */
class PlansViewTest {

    @Test
    void eachEndpointsProgressShowsLiveAndAnAppliedPlanCanBeRolledBack() throws Exception {
        Ui.waitUntil("the store", 90_000, () -> Ui.workspace().store().isPresent());
        TwinStore store = Ui.workspace().store().orElseThrow();
        Plan plan = new PlanReader().read("harden.yaml", """
                id: harden-ssh
                title: No root login over SSH
                reason: CIS 5.2.10
                targets: {endpoints: [web-1, web-2]}
                actions:
                  - edit: /etc/ssh/sshd_config
                    style: sshd
                    set: {PermitRootLogin: "no"}
                    remove: [X11Forwarding]
                  - service: ssh
                    do: restart
                checks:
                  - tcp: 127.0.0.1:22
                """).approvedAs(9, Instant.now().plusSeconds(3600), List.of("web-1", "web-2"));
        SigningKey alice = SigningKey.generate("alice");
        Envelope unsigned = PlanStatement.unsigned(plan);
        byte[] envelope = unsigned.withSignature(alice.sign(unsigned)).toJson();
        Instant now = Instant.now();
        for (String endpoint : List.of("web-1", "web-2")) {
            store.plans().push(endpoint, plan.id(), plan.version(), plan.title(), envelope, plan.expires(), "alice", now);
        }
        store.trials().record(new PlanTrials.Trial("digest", plan.id(), "web-1", "twinbench/web-1:v3", now, true, "applied", ""));

        PlansView view = (PlansView) Ui.page().showView(PlansView.ID);
        // with no workspace plan selected the view lists every delivery, also of envelopes pushed from files
        view.plansViewer().setSelection(StructuredSelection.EMPTY);
        // other tests of this workbench may have pushed plans of their own: this one's rows are counted
        Ui.waitUntil("both deliveries", 30_000, () -> java.util.Arrays.stream(view.viewer().getTable().getItems())
                .filter(item -> item.getText(3).equals("harden-ssh")).count() == 2);
        assertTrue(view.summaryText().contains(": 2 waiting for their agent"), view.summaryText());

        report(store, "web-1", "PLAN", -1, "accepted", plan.title());
        report(store, "web-1", "ACTION", 0, "applied", "edit /etc/ssh/sshd_config");
        report(store, "web-1", "ACTION", 1, "applied", "restart service ssh");
        report(store, "web-1", "CHECK", 0, "passed", "port 127.0.0.1:22 answers: connected");
        report(store, "web-1", "PLAN", -1, "confirmed", "");
        report(store, "web-2", "PLAN", -1, "refused", "expired: plan harden-ssh expired at 2026-12-06T12:00:00Z");
        Ui.waitUntil("the agents' reports", 30_000, () -> stateOf(view, "web-1").equals("confirmed") && stateOf(view, "web-2").equals("refused"));

        PlanDeliveries.Delivery web1 = store.plans().get("web-1", plan.id(), plan.version()).orElseThrow();
        view.viewer().setSelection(new StructuredSelection(web1));
        Ui.waitUntil("the detail", 10_000, () -> view.detailText().contains("On web-1"));
        String detail = view.detailText();
        assertTrue(detail.contains("  1. /etc/ssh/sshd_config\n       + PermitRootLogin no\n       - X11Forwarding\n"), detail);
        assertTrue(detail.contains("  2. restart service ssh\n"), detail);
        assertTrue(detail.contains("passed on web-1"), detail);
        assertTrue(detail.contains("action 2 (restart service ssh): applied"), detail);
        assertTrue(detail.contains("check 1 (port 127.0.0.1:22 answers): passed"), detail);

        assertTrue(view.rollBack("locks out the backup job"));
        Ui.waitUntil("the ordered rollback", 10_000, () -> stateOf(view, "web-1").equals("confirmed, rollback ordered"));
        assertEquals("locks out the backup job", store.plans().get("web-1", plan.id(), plan.version()).orElseThrow().rollbackReason());
    }

    @Test
    void aWorkspacePlanShowsWhereItStandsAndTheEditorMarksTheLineTheSchemaRefuses() throws Exception {
        Ui.waitUntil("the store", 90_000, () -> Ui.workspace().store().isPresent());
        TwinStore store = Ui.workspace().store().orElseThrow();
        String text = """
                id: banner
                title: A login banner
                targets: {endpoints: [banner-host]}
                actions:
                  - write: /etc/issue.net
                    content: "Authorised use only\\n"
                checks:
                  - file: /etc/issue.net
                    sha256: %s
                """.formatted("a".repeat(64));
        io.twinbench.change.PlanCatalog catalog = new io.twinbench.change.PlanCatalog(store,
                new io.twinbench.change.WorkspaceTrust(java.nio.file.Files.createTempDirectory("no-root").resolve("root.json")), java.time.Clock.systemUTC());
        Plan plan = catalog.save("banner.yaml", text, "written in a test", "alice");
        // the endpoint's twin holds the file's content: the detail shows the lines the write changes there
        io.twinbench.model.build.TwinBuilder twin = new io.twinbench.model.build.TwinBuilder("banner-host", "banner-host", new java.util.Date());
        twin.<io.twinbench.model.twin.ConfigurationItem>element(io.twinbench.model.twin.TwinPackage.eINSTANCE.getConfigurationItem(),
                "config/etc/issue.net", "issue.net", c -> {
                    c.setPath("/etc/issue.net");
                    c.setValue("Debian GNU/Linux 12\n");
                });
        store.snapshots().save(twin.twin());
        store.trials().record(new PlanTrials.Trial(io.twinbench.remedy.plan.PlanDocument.digest(plan), "banner", "web-1", "twinbench/web-1:v1",
                Instant.now(), true, "applied", "{\"before\":{\"listening\":[22],\"processes\":12,\"memoryUsedKiB\":204800,\"load1\":\"0.1\"}}\n"
                        + "{\"kind\":\"ACTION\",\"index\":0,\"state\":\"applied\",\"detail\":\"\"}\n{\"outcome\":\"applied\"}"));

        PlansView view = (PlansView) Ui.page().showView(PlansView.ID);
        Ui.waitUntil("the plan in the list", 30_000, () -> cell(view, "banner", 2).equals("tested on twin"));
        assertEquals("approve it", cell(view, "banner", 4));
        Object row = java.util.Arrays.stream(view.plansViewer().getTable().getItems()).filter(i -> i.getText(0).equals("banner")).findFirst()
                .orElseThrow().getData();
        view.plansViewer().setSelection(new StructuredSelection(row));
        Ui.waitUntil("the plan's detail", 10_000, () -> view.detailText().startsWith("A login banner  (banner)"));
        String detail = view.detailText();
        assertTrue(detail.contains("State: tested on twin — approve it"), detail);
        assertTrue(detail.contains("  1. write /etc/issue.net"), detail);
        assertTrue(detail.contains("passed on a twin of web-1"), detail);
        assertTrue(detail.contains("before: listening [22], 12 processes, memory used 200 MiB"), detail);
        assertTrue(detail.contains("On banner-host, as its twin last recorded it\n  1. write /etc/issue.net\n       - Debian GNU/Linux 12\n"
                + "       + Authorised use only\n"), detail);

        io.twinbench.ui.views.PlanEditorDialog editor = new io.twinbench.ui.views.PlanEditorDialog(view.getSite().getShell(), "banner", text);
        editor.setBlockOnOpen(false);
        editor.open();
        try {
            assertTrue(editor.saveEnabled());
            editor.type(text.replace("content: \"Authorised", "mode: \"4755\"\n    content: \"Authorised"));
            assertTrue(editor.getErrorMessage() != null && editor.getErrorMessage().contains("actions[0].mode"), String.valueOf(editor.getErrorMessage()));
            assertEquals(6, editor.markedLine());
            assertTrue(!editor.saveEnabled(), "Save is off while the plan does not read");
            editor.type(text);
            assertEquals(0, editor.markedLine());
            assertTrue(editor.saveEnabled());
        } finally {
            editor.close();
        }
    }

    private static String cell(PlansView view, String plan, int column) {
        for (TableItem item : view.plansViewer().getTable().getItems()) {
            if (item.getText(0).equals(plan)) {
                return item.getText(column);
            }
        }
        return "";
    }

    private static void report(TwinStore store, String endpoint, String kind, int index, String state, String detail) {
        store.plans().report(new PlanDeliveries.Report(endpoint, "harden-ssh", 9, Instant.now(), kind, index, state, detail));
    }

    private static String stateOf(PlansView view, String endpoint) {
        for (TableItem item : view.viewer().getTable().getItems()) {
            if (item.getText(0).equals(endpoint)) {
                return item.getText(1);
            }
        }
        return "";
    }
}
