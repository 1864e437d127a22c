package io.twinbench.ingest.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Date;

import io.twinbench.ingest.twin.InventoryTwinBuilder;
import io.twinbench.inventory.EndpointInventory;
import io.twinbench.inventory.ImagePolicy;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.model.twin.Twin;
import oshi.SystemInfo;

/**
 * A twin of the machine this code runs on, read the way an agent reads its endpoint (the
 * same inventory readers) and built the way the collector builds an agent's twin. This is
 * the embedded default's "something real to look at".
 */
public final class LocalMachineProbe {

    private final EndpointInventory inventory;
    private final Clock clock;

    public LocalMachineProbe(EndpointInventory inventory, Clock clock) {
        this.inventory = inventory;
        this.clock = clock;
    }

    public LocalMachineProbe() {
        this(EndpointInventory.ofThisMachine(new SystemInfo(), ImagePolicy.defaults(), SecretRedactor.defaults(), true), Clock.systemUTC());
    }

    public static String twinIdFor(String hostname) {
        return "local-" + hostname.toLowerCase().replaceAll("[^a-z0-9.-]", "-");
    }

    public Twin capture() {
        String hostname = inventory.hostname();
        try {
            return new InventoryTwinBuilder().build(twinIdFor(hostname), hostname + " (this machine)", "local probe",
                    inventory.read(), Date.from(clock.instant())).twin();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read this machine's inventory: " + e.getMessage(), e);
        }
    }
}
