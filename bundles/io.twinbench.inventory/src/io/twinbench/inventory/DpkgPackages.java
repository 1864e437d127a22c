package io.twinbench.inventory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.twinbench.protocol.ElementIds;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;

/**
 * Installed Debian packages and their Depends/Pre-Depends edges, from dpkg's status database
 * under a root (the live "/" or an image). Alternatives ("a | b") resolve to the first one
 * installed; a dependency on nothing installed is kept as an attribute only.
 */
final class DpkgPackages {

    static final String DATABASE = "var/lib/dpkg/status";
    /** A server with thousands of packages has a status file of some tens of MiB. */
    private static final long MAX_BYTES = 512L << 20;
    private final RootFiles root;

    DpkgPackages(Path root) {
        this.root = new RootFiles(root);
    }

    /** Where the database is, for noticing that it changed; reading it goes through {@link #read}. */
    Path database() {
        return root.root().resolve(DATABASE);
    }

    Section read() throws IOException {
        List<Item> items = new ArrayList<>();
        java.util.Optional<Path> status = root.regularFile(DATABASE);
        if (status.isEmpty()) {
            return new Section(Sections.PACKAGES, items);
        }
        List<Map<String, String>> installed = parse(RootFiles.readLines(status.get(), MAX_BYTES)).stream()
                .filter(s -> s.getOrDefault("Status", "").endsWith(" installed") && s.containsKey("Package")).toList();
        Set<String> names = installed.stream().map(s -> s.get("Package")).collect(Collectors.toSet());
        for (Map<String, String> s : installed) {
            String name = s.get("Package");
            ItemBuilder item = ItemBuilder.of("SoftwarePackage", id(name), name)
                    .set("version", s.get("Version"))
                    .set("architecture", s.get("Architecture"))
                    .set("manager", "dpkg")
                    .set("section", s.get("Section"))
                    .set("source", s.get("Source"));
            for (String field : List.of("Depends", "Pre-Depends")) {
                for (String clause : s.getOrDefault(field, "").split(",")) {
                    String target = firstInstalled(clause, names);
                    if (target != null) {
                        item.edge("requires", id(target));
                    }
                }
            }
            items.add(item.build());
        }
        return new Section(Sections.PACKAGES, items);
    }

    static String id(String packageName) {
        return ElementIds.of("pkg", packageName);
    }

    private static String firstInstalled(String clause, Set<String> installed) {
        for (String alternative : clause.split("\\|")) {
            String name = alternative.trim().split("[ (:]", 2)[0];
            if (installed.contains(name)) {
                return name;
            }
        }
        return null;
    }

    static List<Map<String, String>> parse(List<String> lines) {
        List<Map<String, String>> stanzas = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    stanzas.add(current);
                    current = new LinkedHashMap<>();
                }
            } else if (!line.startsWith(" ") && !line.startsWith("\t")) {
                // continuation lines (descriptions, conffiles) are not part of the graph
                int colon = line.indexOf(':');
                if (colon > 0) {
                    current.put(line.substring(0, colon), line.substring(colon + 1).trim());
                }
            }
        }
        if (!current.isEmpty()) {
            stanzas.add(current);
        }
        return stanzas;
    }
}
