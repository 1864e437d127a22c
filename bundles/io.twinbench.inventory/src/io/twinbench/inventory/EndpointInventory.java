package io.twinbench.inventory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.twinbench.protocol.inventory.Section;

/**
 * A running endpoint's whole inventory: its system image read from "/" and what only the
 * running system can tell. Where both know an element (the operating system), the live
 * reading wins.
 */
public final class EndpointInventory {

    private final LiveHost live;
    private final SystemImage image;

    public EndpointInventory(LiveHost live, SystemImage image) {
        this.live = live;
        this.image = image;
    }

    /** This machine's inventory; withUsage as in {@link LiveHost}. */
    public static EndpointInventory ofThisMachine(oshi.SystemInfo system, ImagePolicy policy, SecretRedactor redactor, boolean withUsage) {
        return new EndpointInventory(new LiveHost(system, redactor, withUsage), new SystemImage(Path.of("/"), policy, redactor));
    }

    public List<Section> read() throws IOException {
        Map<String, Section> sections = new LinkedHashMap<>();
        for (Section s : image.read()) {
            sections.put(s.name(), s);
        }
        for (Section s : live.read()) {
            sections.put(s.name(), s);
        }
        return new ArrayList<>(sections.values());
    }

    public String hostname() {
        return live.hostname();
    }
}
