package io.twinbench.resources.container;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;

import io.twinbench.inventory.ItemBuilder;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;

/**
 * A container as the inventory sections its twin is built from, with the model's own element
 * kinds: the container itself (an endpoint: state, health, restart policy, limits, what it may
 * do), its image (a package: reference and digest), its command (an application), its
 * environment and labels (configuration items, secrets masked by name and by pattern before
 * they are kept), its published ports, mounts and networks. Only what the engine says is kept,
 * cut to the sizes the protocol allows, so a container made to flood the workbench cannot.
 */
public final class ContainerSections {

    public static final String CONTAINER = "container";
    public static final String CONFIG = "config";
    public static final String PORTS = "listeners";
    public static final String MOUNTS = "mounts";
    public static final String NETWORKS = "networks";
    /** The element that stands for the container in its twin. */
    public static final String ENDPOINT = "endpoint";
    /** The element that says what the container is doing (its engine status as a service's state). */
    public static final String STATE = "state";
    private static final int MAX_ITEMS = 2000;
    private static final int MAX_VALUE = 4096;

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final SecretRedactor redactor;

    public ContainerSections(SecretRedactor redactor) {
        this.redactor = redactor;
    }

    /** imageDigests: the image's repository digests (name@sha256:...), as the engine's image inspection gives them. */
    public List<Section> of(InspectContainerResponse c, List<String> imageDigests) {
        ContainerConfig config = c.getConfig();
        HostConfig host = c.getHostConfig();
        String name = name(c);
        List<Item> container = new ArrayList<>();
        ItemBuilder endpoint = ItemBuilder.of("Endpoint", ENDPOINT, name).set("hostname", config == null ? null : config.getHostName())
                .set("manufacturer", "docker").set("model", "container").set("containerId", c.getId()).set("created", c.getCreated())
                .edge("requires", "image");
        if (host != null) {
            endpoint.set("restartPolicy", host.getRestartPolicy() == null ? null : host.getRestartPolicy().getName())
                    .set("memoryLimit", positive(host.getMemory())).set("nanoCpus", positive(host.getNanoCPUs()))
                    .set("pidsLimit", positive(host.getPidsLimit())).set("privileged", host.getPrivileged())
                    .set("readOnlyRoot", host.getReadonlyRootfs()).set("networkMode", host.getNetworkMode())
                    .set("capAdd", host.getCapAdd() == null ? null : String.join(" ", Arrays.stream(host.getCapAdd()).map(Object::toString).toList()))
                    .set("securityOpts", host.getSecurityOpts() == null ? null : String.join(" ", host.getSecurityOpts()));
        }
        if (config != null) {
            endpoint.set("user", config.getUser()).set("workingDir", config.getWorkingDir());
        }
        container.add(cut(endpoint.build()));
        container.add(cut(state(c, name)));
        String image = config == null ? null : config.getImage();
        container.add(cut(ItemBuilder.of("SoftwarePackage", "image", image == null ? c.getImageId() : image).set("version", c.getImageId())
                .set("manager", "docker").set("digest", imageDigests.isEmpty() ? null : String.join(" ", imageDigests)).build()));
        if (config != null) {
            List<String> command = new ArrayList<>();
            command.addAll(list(config.getEntrypoint()));
            command.addAll(list(config.getCmd()));
            if (!command.isEmpty()) {
                container.add(cut(ItemBuilder.of("Application", "command", command.get(0)).set("path", command.get(0))
                        .set("commandLine", redactor.redact(String.join(" ", command)))
                        .set("entrypoint", json(list(config.getEntrypoint()).stream().map(redactor::redact).toList()))
                        .set("cmd", json(list(config.getCmd()).stream().map(redactor::redact).toList())).edge("runs-on", ENDPOINT).build()));
            }
        }
        return List.of(new Section(CONTAINER, container), new Section(CONFIG, config(config)), new Section(PORTS, ports(c)),
                new Section(MOUNTS, mounts(c)), new Section(NETWORKS, networks(c)));
    }

    /**
     * What the container is doing, apart from what it is, so a restart changes this one small
     * item: running (active), stopped (inactive) or dead, killed or failed (failed), with its
     * engine status, start, restarts, health and exit code.
     */
    private static Item state(InspectContainerResponse c, String name) {
        ItemBuilder state = ItemBuilder.of("Service", STATE, name).set("unit", "container").set("restartCount", c.getRestartCount())
                .edge("runs-on", ENDPOINT);
        var s = c.getState();
        if (s == null) {
            return state.set("state", "UNKNOWN").build();
        }
        boolean failed = Boolean.TRUE.equals(s.getDead()) || Boolean.TRUE.equals(s.getOOMKilled())
                || (!Boolean.TRUE.equals(s.getRunning()) && s.getExitCodeLong() != null && s.getExitCodeLong() != 0);
        return state.set("state", Boolean.TRUE.equals(s.getRunning()) ? "ACTIVE" : failed ? "FAILED" : "INACTIVE").set("status", s.getStatus())
                .set("startedAt", s.getStartedAt()).set("exitCode", s.getExitCodeLong()).set("oomKilled", s.getOOMKilled())
                .set("health", s.getHealth() == null ? null : s.getHealth().getStatus()).build();
    }

    /** The container's name without the engine's leading slash. */
    public static String name(InspectContainerResponse c) {
        String name = c.getName() == null ? c.getId() : c.getName();
        return name.startsWith("/") ? name.substring(1) : name;
    }

    private List<Item> config(ContainerConfig config) {
        List<Item> items = new ArrayList<>();
        if (config == null) {
            return items;
        }
        for (String variable : list(config.getEnv())) {
            int eq = variable.indexOf('=');
            String key = eq < 0 ? variable : variable.substring(0, eq);
            String value = eq < 0 ? "" : variable.substring(eq + 1);
            items.add(cut(ItemBuilder.of("ConfigurationItem", "env/" + key, key).set("path", "env:" + key).set("value", redactor.redact(key, value))
                    .build()));
        }
        Map<String, String> labels = config.getLabels() == null ? Map.of() : new TreeMap<>(config.getLabels());
        labels.forEach((key, value) -> items.add(cut(ItemBuilder.of("ConfigurationItem", "label/" + key, key).set("path", "label:" + key)
                .set("value", redactor.redact(key, value)).build())));
        return bounded(items);
    }

    private static List<Item> ports(InspectContainerResponse c) {
        List<Item> items = new ArrayList<>();
        Ports bindings = c.getHostConfig() == null ? null : c.getHostConfig().getPortBindings();
        ExposedPort[] exposed = c.getConfig() == null ? null : c.getConfig().getExposedPorts();
        Map<ExposedPort, Ports.Binding[]> bound = bindings == null ? Map.of() : bindings.getBindings();
        java.util.Set<ExposedPort> all = new java.util.LinkedHashSet<>(bound.keySet());
        if (exposed != null) {
            all.addAll(Arrays.asList(exposed));
        }
        for (ExposedPort port : all) {
            String protocol = port.getProtocol() == null ? "tcp" : port.getProtocol().toString().toLowerCase(Locale.ROOT);
            Ports.Binding[] to = bound.get(port);
            String published = to == null ? null : String.join(" ", Arrays.stream(to).map(b -> (b.getHostIp() == null || b.getHostIp().isEmpty()
                    ? "0.0.0.0" : b.getHostIp()) + ":" + b.getHostPortSpec()).toList());
            items.add(cut(ItemBuilder.of("ListeningPort", "port/" + protocol + "/" + port.getPort(), protocol + "/" + port.getPort())
                    .set("protocol", protocol.startsWith("udp") ? "UDP" : "TCP").set("port", port.getPort()).set("published", published)
                    .edge("part-of", ENDPOINT).build()));
        }
        return bounded(items);
    }

    private static List<Item> mounts(InspectContainerResponse c) {
        List<Item> items = new ArrayList<>();
        if (c.getMounts() == null) {
            return items;
        }
        for (InspectContainerResponse.Mount m : c.getMounts()) {
            String destination = m.getDestination() == null ? "" : m.getDestination().getPath();
            items.add(cut(ItemBuilder.of("FileSystem", "mount" + destination, destination).set("mount", destination).set("type", m.getDriver())
                    .set("source", m.getSource()).set("volume", m.getName()).set("writable", m.getRW()).set("mode", m.getMode())
                    .edge("mounted-on", ENDPOINT).build()));
        }
        return bounded(items);
    }

    private static List<Item> networks(InspectContainerResponse c) {
        List<Item> items = new ArrayList<>();
        Map<String, ContainerNetwork> networks = c.getNetworkSettings() == null || c.getNetworkSettings().getNetworks() == null ? Map.of()
                : new TreeMap<>(c.getNetworkSettings().getNetworks());
        networks.forEach((name, n) -> items.add(cut(ItemBuilder.of("NetworkInterface", "net/" + name, name).set("macAddress", n.getMacAddress())
                .set("addresses", n.getIpAddress()).set("gateway", n.getGateway()).edge("part-of", ENDPOINT).build())));
        return bounded(items);
    }

    /** Arguments as a JSON array, so the executable twin runs them as they were, spaces and all. */
    private static String json(List<String> values) {
        try {
            return values.isEmpty() ? null : JSON.writeValueAsString(values);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The arguments an item's attribute holds (see {@link #json}); empty when it holds none. */
    public static List<String> arguments(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(json, String[].class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a list of arguments: " + e.getOriginalMessage(), e);
        }
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static Long positive(Long value) {
        return value == null || value <= 0 ? null : value;
    }

    /** Values cut to what the protocol takes, so one huge label or variable cannot fill the store. */
    private static Item cut(Item item) {
        Map<String, String> attributes = new TreeMap<>();
        item.attributes().forEach((k, v) -> attributes.put(k, v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v));
        return new Item(item.key().length() > 500 ? item.key().substring(0, 500) : item.key(), attributes);
    }

    private static List<Item> bounded(List<Item> items) {
        return items.size() > MAX_ITEMS ? List.copyOf(items.subList(0, MAX_ITEMS)) : items;
    }
}
