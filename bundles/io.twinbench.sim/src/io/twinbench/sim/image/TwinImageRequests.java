package io.twinbench.sim.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.twinbench.model.twin.ConfigurationItem;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.ElementKind;
import io.twinbench.model.twin.Memory;
import io.twinbench.model.twin.Processor;
import io.twinbench.model.twin.Service;
import io.twinbench.model.twin.ServiceState;
import io.twinbench.model.twin.Twin;
import io.twinbench.sim.run.TwinLimits;

/** What a twin's model says its image and container should be: configuration, services, hardware. */
public final class TwinImageRequests {

    private TwinImageRequests() {
    }

    public static TwinImageBuilder.Request of(Twin twin, long version, Path root) {
        List<TwinConfigFile> config = new ArrayList<>();
        for (Element element : twin.elementsOfKind(ElementKind.CONFIGURATION)) {
            ConfigurationItem item = (ConfigurationItem) element;
            if (item.getPath() != null) {
                config.add(new TwinConfigFile(item.getPath(), item.getSha256(), item.getValue()));
            }
        }
        return new TwinImageBuilder.Request(twin.getId(), version, root, config, services(twin));
    }

    /** The service units the endpoint enables or was seen running; null when the twin knows no services (the image decides). */
    static Set<String> services(Twin twin) {
        Set<String> units = new TreeSet<>();
        boolean any = false;
        for (Element element : twin.elementsOfKind(ElementKind.SERVICE)) {
            Service service = (Service) element;
            any = true;
            String unit = service.getUnit() != null ? service.getUnit() : service.getName();
            if (unit != null && unit.endsWith(".service") && (service.isEnabled() || service.getState() == ServiceState.ACTIVE)) {
                units.add(unit);
            }
        }
        return any ? units : null;
    }

    /** The endpoint's cores and memory, capped at those of the machine the engine runs on; a twin unknown (null) gets that machine's. */
    public static TwinLimits limitsOnThisMachine(Twin twin) {
        return twin == null ? TwinLimits.of(0, 0, TwinLimits.hostCores(), TwinLimits.hostMemory())
                : limits(twin, TwinLimits.hostCores(), TwinLimits.hostMemory());
    }

    /** The endpoint's cores and memory, capped at this machine's. */
    public static TwinLimits limits(Twin twin, int hostCores, long hostMemory) {
        int cores = 0;
        long memory = 0;
        for (Element element : twin.elementsOfKind(ElementKind.PROCESSOR)) {
            cores += Math.max(0, ((Processor) element).getLogicalCores());
        }
        for (Element element : twin.elementsOfKind(ElementKind.MEMORY)) {
            memory += Math.max(0, ((Memory) element).getTotalBytes());
        }
        return TwinLimits.of(cores, memory, hostCores, hostMemory);
    }
}
