package io.twinbench.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.ConfigurationItem;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.policy.document.PolicyReader;
import io.twinbench.policy.service.PolicyWorkspace;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/**
 * Rolling a policy back to a version that no longer calls for a plan its later version drafted
 * orders that plan back on every endpoint that applied it; a plan the kept version still calls
 * for, with the same fix, stays; withdrawing with undo orders back all of them.
 */
class PolicyUndoTest {

    private static final String V1 = """
            apiVersion: twinbench.io/v1
            kind: SecurityBaseline
            metadata: {name: ssh}
            spec:
              rules:
                - name: no-root
                  forEach: twin.config.filter(c, c.path == '/etc/ssh/sshd_config')
                  expression: "item.keys[?'PermitRootLogin'].orValue('yes') == 'no'"
                  remedy: plan
                  fix:
                    - {edit: /etc/ssh/sshd_config, style: sshd, set: {PermitRootLogin: "no"}}
            """;

    private static final String V2 = V1 + """
                - name: no-passwords
                  forEach: twin.config.filter(c, c.path == '/etc/ssh/sshd_config')
                  expression: "item.keys[?'PasswordAuthentication'].orValue('yes') == 'no'"
                  remedy: plan
                  fix:
                    - {edit: /etc/ssh/sshd_config, style: sshd, set: {PasswordAuthentication: "no"}}
            """;

    @TempDir
    Path dir;

    @Test
    void aRollbackUndoesOnlyThePlansTheKeptVersionNoLongerCallsFor() throws Exception {
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(dir))) {
            TwinBuilder b = new TwinBuilder("web", "web", new Date());
            b.<ConfigurationItem>element(TwinPackage.eINSTANCE.getConfigurationItem(), "cfg/etc/ssh/sshd_config", "/etc/ssh/sshd_config", c -> {
                c.setPath("/etc/ssh/sshd_config");
                c.setValue("PermitRootLogin yes\nPasswordAuthentication yes\n");
            });
            store.snapshots().save(b.twin());
            PolicyWorkspace policies = new PolicyWorkspace(store, Clock.systemUTC());
            policies.apply(new PolicyReader().read("ssh.yaml", V1), "ana", "root");
            policies.apply(new PolicyReader().read("ssh.yaml", V2), "ana", "and passwords");
            for (String plan : List.of("policy-ssh-no-root", "policy-ssh-no-passwords")) {
                applied(store, plan);
            }

            PolicyWorkspace.Applied back = policies.rollback("ssh", 1, "ana", "passwords are needed again", null, true);
            assertEquals(List.of(new PolicyWorkspace.Undone("web", "policy-ssh-no-passwords", 7)), back.undone());
            assertTrue(store.plans().get("web", "policy-ssh-no-passwords", 7).orElseThrow().rollbackReason().contains("rolled back to version 1"));
            assertEquals(null, store.plans().get("web", "policy-ssh-no-root", 7).orElseThrow().rollbackReason(), "version 1 still calls for it");

            policies.withdraw("ssh", "ana", "done");
            assertEquals(List.of(new PolicyWorkspace.Undone("web", "policy-ssh-no-root", 7)), policies.undoAll("ssh", "done"));
        }
    }

    /** As an approved plan pushed to web and confirmed by its agent. */
    private static void applied(TwinStore store, String plan) {
        Instant now = Instant.now();
        assertTrue(store.plans().push("web", plan, 7, plan, new byte[] {1}, now.plusSeconds(3600), "ana", now));
        store.plans().report(new PlanDeliveries.Report("web", plan, 7, now, "PLAN", -1, "confirmed", "confirmed"));
    }
}
