package io.twinbench.inventory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.twinbench.protocol.ElementIds;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;

/**
 * systemd unit files under a root, with their Requires/Wants edges and After ordering, and
 * whether they are enabled (linked from a .wants or .requires directory). A unit in
 * /etc/systemd/system overrides the packaged one of the same name, as systemd does.
 */
final class SystemdUnits {

    /** Lowest precedence first: later directories override earlier ones. */
    private static final List<String> DIRECTORIES = List.of("usr/lib/systemd/system", "lib/systemd/system", "etc/systemd/system");
    /** Most entries read from one unit directory: a real system has a few hundred. */
    static final int MAX_ENTRIES = 20_000;
    private static final long MAX_UNIT_BYTES = 1 << 20;
    private static final Set<String> TYPES = Set.of("service", "socket", "timer", "target", "mount", "path");

    private final Path root;
    private final SecretRedactor redactor;

    SystemdUnits(Path root, SecretRedactor redactor) {
        this.root = root;
        this.redactor = redactor;
    }

    Section read() throws IOException {
        Map<String, UnitFile> units = new TreeMap<>();
        Set<String> enabled = new TreeSet<>();
        list(root, DIRECTORIES, enabled, units);
        List<Item> items = new ArrayList<>();
        for (Map.Entry<String, UnitFile> unit : units.entrySet()) {
            items.add(item(unit.getKey(), unit.getValue(), enabled.contains(unit.getKey())));
        }
        return new Section(Sections.UNITS, items);
    }

    /**
     * Units the administrator enabled (linked from a .wants or .requires directory under
     * /etc/systemd/system), without reading any unit file: what "systemctl list-unit-files" calls
     * enabled. The links packages ship under /lib are what it calls static.
     */
    static Set<String> enabledByAdministrator(Path root) throws IOException {
        Set<String> enabled = new TreeSet<>();
        list(root, List.of("etc/systemd/system"), enabled, null);
        return enabled;
    }

    /** Fills enabled with the linked units' names and, unless null, files with the unit files by name. */
    private static void list(Path root, List<String> directories, Set<String> enabled, Map<String, UnitFile> files) throws IOException {
        RootFiles rootFiles = new RootFiles(root);
        for (String dir : directories) {
            java.util.Optional<Path> found = rootFiles.directory(dir);
            if (found.isEmpty()) {
                continue;
            }
            Path base = found.get();
            try (Stream<Path> entries = Files.list(base)) {
                for (Path file : entries.limit(MAX_ENTRIES).toList()) {
                    String name = file.getFileName().toString();
                    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) && (name.endsWith(".wants") || name.endsWith(".requires"))) {
                        try (Stream<Path> links = Files.list(file)) {
                            links.limit(MAX_ENTRIES).forEach(link -> enabled.add(link.getFileName().toString()));
                        }
                    } else if (files != null && TYPES.contains(type(name)) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        // aliases and masks are links; in an image they would point into the host's own tree
                        files.put(name, new UnitFile(file, "/" + dir + "/" + name));
                    }
                }
            }
        }
    }

    static String id(String unit) {
        return ElementIds.of("svc", unit.contains(".") ? unit : unit + ".service");
    }

    /** A unit file as found on the host, and as the endpoint names it. */
    private record UnitFile(Path host, String shown) {
    }

    private Item item(String name, UnitFile file, boolean enabled) throws IOException {
        Map<String, List<String>> keys = UnitFileKeys.parse(RootFiles.readLines(file.host(), MAX_UNIT_BYTES));
        ItemBuilder item = ItemBuilder.of("Service", id(name), name)
                .set("unit", name)
                .set("unitType", type(name))
                .set("enabled", enabled)
                .set("path", file.shown())
                .set("description", first(keys, "Description"))
                .set("execStart", redactor.redact(first(keys, "ExecStart")))
                .set("user", first(keys, "User"))
                .set("after", String.join(" ", words(keys, "After")));
        for (String key : List.of("Requires", "Wants", "BindsTo", "Requisite")) {
            item.edge("requires", words(keys, key).stream().map(SystemdUnits::id).toArray(String[]::new));
        }
        return item.build();
    }

    private static String type(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static String first(Map<String, List<String>> keys, String key) {
        List<String> values = keys.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static List<String> words(Map<String, List<String>> keys, String key) {
        List<String> result = new ArrayList<>();
        for (String value : keys.getOrDefault(key, List.of())) {
            for (String word : value.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    result.add(word);
                }
            }
        }
        return result;
    }
}
