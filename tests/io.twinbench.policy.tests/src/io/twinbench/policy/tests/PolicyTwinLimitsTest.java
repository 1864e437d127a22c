package io.twinbench.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.policy.document.PolicyFormatException;
import io.twinbench.policy.document.PolicyReader;
import io.twinbench.policy.service.PolicyTwinLimits;
import io.twinbench.policy.service.PolicyWorkspace;
import io.twinbench.sim.run.TwinLimits;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/** A twin management policy's twins section holds every executable twin to what it allows, and says which policy lowered what. */
class PolicyTwinLimitsTest {

    private static final String SMALL_TWINS = """
            apiVersion: twinbench.io/v1
            kind: TwinManagement
            metadata: {name: small-twins}
            spec:
              twins:
                cpus: 0.5
                memory: 256Mi
                pids: 128
            """;

    @TempDir
    Path dir;

    @Test
    void twinsGetNoMoreThanThePolicyInForceAllowsUntilItIsWithdrawn() throws Exception {
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(dir))) {
            TwinLimits asked = new TwinLimits(2, 1L << 30, TwinLimits.DEFAULT_PIDS, List.of());
            assertSame(asked, PolicyTwinLimits.apply(store, asked), "no policy: as asked");

            PolicyWorkspace workspace = new PolicyWorkspace(store, Clock.systemUTC());
            workspace.apply(new PolicyReader().read("small-twins.yaml", SMALL_TWINS), "tester", "twins share a laptop");
            TwinLimits capped = PolicyTwinLimits.apply(store, asked);
            assertEquals(List.of(0.5, 256L << 20, 128L), List.of(capped.cpus(), capped.memoryBytes(), capped.pids()));
            assertEquals(List.of("policy small-twins lets twins have 0.5 cores, not 2.0",
                    "policy small-twins lets twins have 256 MiB of memory, not 1024 MiB",
                    "policy small-twins lets twins have 128 processes, not 4096"), capped.notes());

            TwinLimits small = new TwinLimits(0.25, 128L << 20, 64, List.of());
            assertSame(small, PolicyTwinLimits.apply(store, small), "a cap never raises what a twin gets");

            workspace.withdraw("small-twins", "tester", "done");
            assertSame(asked, PolicyTwinLimits.apply(store, asked));
        }
    }

    @Test
    void aLimitInTheWrongFormIsRefusedWithItsLineAndField() {
        PolicyFormatException e = assertThrows(PolicyFormatException.class,
                () -> new PolicyReader().read("small-twins.yaml", SMALL_TWINS.replace("256Mi", "2G").replace("pids: 128", "pids: 4")));
        String message = e.getMessage();
        assertTrue(message.contains("small-twins.yaml:7") && message.contains("spec.twins.memory"), message);
        assertTrue(message.contains("small-twins.yaml:8") && message.contains("spec.twins.pids"), message);
    }
}
