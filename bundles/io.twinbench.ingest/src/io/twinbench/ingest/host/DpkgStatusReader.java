package io.twinbench.ingest.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.SoftwarePackage;
import io.twinbench.model.twin.TwinPackage;

/**
 * Installed Debian packages and their Depends/Pre-Depends edges, read from dpkg's status
 * database. Only installed packages count; alternatives ("a | b") link to the first installed one.
 */
final class DpkgStatusReader {

    private static final TwinPackage P = TwinPackage.eINSTANCE;
    private final Path status;
    private final TwinBuilder builder;

    DpkgStatusReader(Path status, TwinBuilder builder) {
        this.status = status;
        this.builder = builder;
    }

    void read() {
        if (!Files.isReadable(status)) {
            return;
        }
        List<Map<String, String>> stanzas;
        try {
            stanzas = parse(Files.readAllLines(status));
        } catch (IOException e) {
            return;
        }
        List<Map<String, String>> installed = stanzas.stream()
                .filter(s -> s.getOrDefault("Status", "").endsWith(" installed")).toList();
        for (Map<String, String> s : installed) {
            builder.element(P.getSoftwarePackage(), TwinBuilder.id("pkg", s.get("Package")), s.get("Package"), (SoftwarePackage p) -> {
                p.setVersion(s.get("Version"));
                p.setArchitecture(s.get("Architecture"));
                p.setManager("dpkg");
            });
        }
        for (Map<String, String> s : installed) {
            Element pkg = builder.find(TwinBuilder.id("pkg", s.get("Package")));
            for (String field : List.of("Depends", "Pre-Depends")) {
                for (String clause : s.getOrDefault(field, "").split(",")) {
                    builder.edge(pkg, DependencyType.REQUIRES, firstInstalled(clause));
                }
            }
        }
    }

    private Element firstInstalled(String clause) {
        for (String alternative : clause.split("\\|")) {
            String name = alternative.trim().split("[ (:]", 2)[0];
            Element found = name.isEmpty() ? null : builder.find(TwinBuilder.id("pkg", name));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    static List<Map<String, String>> parse(List<String> lines) {
        List<Map<String, String>> stanzas = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        String lastKey = null;
        for (String line : lines) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    stanzas.add(current);
                    current = new LinkedHashMap<>();
                }
            } else if ((line.startsWith(" ") || line.startsWith("\t")) && lastKey != null) {
                continue; // continuation lines (descriptions, conffiles) are not needed for the graph
            } else {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    lastKey = line.substring(0, colon);
                    current.put(lastKey, line.substring(colon + 1).trim());
                }
            }
        }
        if (!current.isEmpty()) {
            stanzas.add(current);
        }
        return stanzas;
    }
}
