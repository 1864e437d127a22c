package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Date;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.ConfigurationItem;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.policy.document.PolicyReader;
import io.twinbench.policy.service.PolicyWorkspace;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.graph.TwinGraphEditor;
import io.twinbench.ui.views.ComplianceView;

/**
 * A policy in force and a twin whose SSH lets root in: the Compliance view lists the failure
 * first with its message, offending element and action, says how many rules hold and fail, and a
 * double-click opens the twin's graph with the offending configuration file selected.
 */
class ComplianceViewTest {

    private static final String POLICY = """
            apiVersion: twinbench.io/v1
            kind: SecurityBaseline
            metadata: {name: ui-ssh}
            spec:
              rules:
                - name: ssh-no-root-login
                  forEach: twin.config.filter(c, c.path == '/etc/ssh/sshd_config')
                  expression: "item.keys[?'PermitRootLogin'].orValue('prohibit-password') == 'no'"
                  messageExpression: "'PermitRootLogin ' + item.keys[?'PermitRootLogin'].orValue('unset')"
                - name: named
                  expression: twin.name != ''
                  action: audit
            """;

    @Test
    void aFailingRuleIsListedFirstAndLeadsToTheOffendingElement() throws Exception {
        Ui.waitUntil("the store", 90_000, () -> Ui.workspace().store().isPresent());
        TwinStore store = Ui.workspace().store().orElseThrow();
        TwinBuilder b = new TwinBuilder("web-compliance", "web-compliance", new Date());
        b.<ConfigurationItem>element(TwinPackage.eINSTANCE.getConfigurationItem(), "cfg/etc/ssh/sshd_config", "/etc/ssh/sshd_config", c -> {
            c.setPath("/etc/ssh/sshd_config");
            c.setValue("PermitRootLogin yes\n");
        });
        store.snapshots().save(b.twin());
        new PolicyWorkspace(store, Clock.systemUTC()).apply(new PolicyReader().read("ui-ssh.yaml", POLICY), "tester", "a UI test");
        Ui.workspace().compliance().orElseThrow().reevaluate(); // as the view's Apply Policy… does

        ComplianceView view = (ComplianceView) Ui.page().showView(ComplianceView.ID);
        Ui.waitUntil("the failure", 30_000, () -> view.viewer().getTable().getItemCount() > 0
                && view.viewer().getTable().getItem(0).getText(4).equals("web-compliance"));
        TableItem row = view.viewer().getTable().getItem(0);
        assertEquals("✗ fails", row.getText(0));
        assertEquals("deny", row.getText(1));
        assertEquals("ui-ssh v1", row.getText(2));
        assertEquals("ssh-no-root-login", row.getText(3));
        assertEquals("PermitRootLogin yes", row.getText(5));
        assertEquals("cfg/etc/ssh/sshd_config", row.getText(6));
        assertTrue(view.summaryText().contains("fail") && view.summaryText().contains("Double-click"), view.summaryText());

        view.viewer().setSelection(new StructuredSelection(row.getData()));
        view.viewer().getTable().notifyListeners(SWT.DefaultSelection, new Event());
        Ui.waitUntil("the graph with sshd_config selected", 30_000, () -> Ui.page().getActiveEditor() instanceof TwinGraphEditor editor
                && editor.twin() != null && editor.twin().getId().equals("web-compliance")
                && editor.selectedElements().stream().anyMatch(e -> e.getId().equals("cfg/etc/ssh/sshd_config")));
        Ui.page().closeEditor(Ui.page().getActiveEditor(), false);
        new PolicyWorkspace(store, Clock.systemUTC()).withdraw("ui-ssh", "tester", "the test is over");
        Ui.workspace().compliance().orElseThrow().reevaluate();
    }

    @Test
    void aPolicyThatChangesWhatAgentsCollectAsksForOneKeyPerApproverAndEachMustDiffer() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("approvers");
        java.util.List<io.twinbench.remedy.trust.SigningKey> approvers = java.util.List.of(io.twinbench.remedy.trust.SigningKey.generate("alice"),
                io.twinbench.remedy.trust.SigningKey.generate("bob"));
        for (io.twinbench.remedy.trust.SigningKey key : approvers) {
            io.twinbench.remedy.trust.KeyFile.write(dir.resolve(key.publicKey().name() + ".key"), key, "pass".toCharArray());
        }
        ComplianceView view = (ComplianceView) Ui.page().showView(ComplianceView.ID);
        io.twinbench.ui.views.ApproversDialog dialog = new io.twinbench.ui.views.ApproversDialog(view.getSite().getShell(), "Sign what agents may collect",
                "Policy agent-collection changes what agents may collect.", 2, dir);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            dialog.type(0, dir.resolve("alice.key"), "pass");
            dialog.type(1, dir.resolve("alice.key"), "pass");
            assertEquals("Each approver signs with a different key.", dialog.getErrorMessage());
            assertTrue(!dialog.signEnabled());
            dialog.type(1, dir.resolve("bob.key"), "");
            assertTrue(!dialog.signEnabled(), "a passphrase is needed");
            dialog.type(1, dir.resolve("bob.key"), "pass");
            assertTrue(dialog.signEnabled(), String.valueOf(dialog.getErrorMessage()));
            snapshot(dialog.getShell(), java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "twinbench-approvers-dialog.png"));
            dialog.sign();
            java.util.List<io.twinbench.remedy.trust.SigningKey> keys = dialog.keys();
            assertEquals(approvers.stream().map(io.twinbench.remedy.trust.SigningKey::keyId).toList(),
                    keys.stream().map(io.twinbench.remedy.trust.SigningKey::keyId).toList(), "each key opened with its passphrase");

            // signed and issued: the view says which collection policy the agents have and how many enforce it
            Ui.waitUntil("the store", 90_000, () -> Ui.workspace().store().isPresent());
            TwinStore store = Ui.workspace().store().orElseThrow();
            io.twinbench.remedy.trust.Approvers signers = new io.twinbench.remedy.trust.Approvers(new io.twinbench.remedy.trust.TrustRoot(1, 2,
                    approvers.stream().map(io.twinbench.remedy.trust.SigningKey::publicKey).toList(), null), keys);
            PolicyWorkspace policies = new PolicyWorkspace(store, Clock.systemUTC());
            policies.apply(new PolicyReader().read("ui-collect.yaml", """
                    apiVersion: twinbench.io/v1
                    kind: TwinManagement
                    metadata: {name: ui-collect}
                    spec:
                      collection:
                        config: {contents: false}
                    """), "tester", "a UI test", signers);
            Ui.workspace().compliance().orElseThrow().reevaluate();
            Ui.waitUntil("the collection policy in the summary", 30_000, () -> view.summaryText().contains("collection policy")
                    && view.summaryText().contains("(ui-collect v1)") && view.summaryText().contains("enforced by 0 of"));
            policies.withdraw("ui-collect", "tester", "the test is over", signers);
            Ui.workspace().compliance().orElseThrow().reevaluate();
        } finally {
            dialog.close();
        }
    }

    /** What the dialog looks like, for a person to check it reads well (kept in the temporary directory). */
    private static void snapshot(org.eclipse.swt.widgets.Shell shell, java.nio.file.Path file) {
        long drawn = System.currentTimeMillis() + 500;
        Ui.waitUntil("the dialog drawn", 5_000, () -> System.currentTimeMillis() > drawn);
        org.eclipse.swt.graphics.Rectangle area = shell.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(shell.getDisplay(), area.width, area.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(shell.getDisplay());
        try {
            gc.copyArea(image, area.x, area.y);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
