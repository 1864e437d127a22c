package io.twinbench.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.protocol.ElementIds;

/**
 * The agent names elements with the protocol's rule, the workbench with the model's; the
 * bundles may not depend on each other, so this test keeps the two rules identical.
 */
class ElementIdRuleTest {

    @Test
    void agentAndWorkbenchNameElementsAlike() {
        List<Object[]> cases = List.of(
                new Object[] {"fs", new Object[] {"/"}},
                new Object[] {"fs", new Object[] {"/mnt/data disk"}},
                new Object[] {"disk", new Object[] {"/dev/nvme0n1"}},
                new Object[] {"nic", new Object[] {"eth0:1"}},
                new Object[] {"port", new Object[] {"tcp6", "::1", 443}},
                new Object[] {"svc", new Object[] {"a#b\tc.service"}},
                new Object[] {"proc", new Object[] {4242}});
        for (Object[] c : cases) {
            String prefix = (String) c[0];
            Object[] parts = (Object[]) c[1];
            assertEquals(TwinBuilder.id(prefix, parts), ElementIds.of(prefix, parts));
        }
    }
}
