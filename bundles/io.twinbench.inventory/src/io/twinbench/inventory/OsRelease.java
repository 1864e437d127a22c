package io.twinbench.inventory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;

/** The operating system of an image, from os-release (what systemd and every distribution ship). */
final class OsRelease {

    static final String ID = "os";
    private static final long MAX_BYTES = 64 << 10;

    private final Path root;

    OsRelease(Path root) {
        this.root = root;
    }

    Item read() throws IOException {
        Map<String, String> fields = new HashMap<>();
        RootFiles files = new RootFiles(root);
        for (String candidate : List.of("etc/os-release", "usr/lib/os-release")) {
            java.util.Optional<Path> file = files.regularFile(candidate);
            if (file.isPresent()) {
                for (String line : RootFiles.readLines(file.get(), MAX_BYTES)) {
                    int eq = line.indexOf('=');
                    if (eq > 0 && !line.startsWith("#")) {
                        fields.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip().replaceAll("^[\"']|[\"']$", ""));
                    }
                }
                break;
            }
        }
        String family = fields.getOrDefault("NAME", "Linux");
        String version = fields.getOrDefault("VERSION_ID", "") + (fields.containsKey("VERSION_CODENAME") ? " (" + fields.get("VERSION_CODENAME") + ")" : "");
        return ItemBuilder.of("OperatingSystem", ID, fields.getOrDefault("PRETTY_NAME", (family + " " + version).strip()))
                .set("family", family).set("version", version.strip()).build();
    }

    static Section section(Item os) {
        return new Section(Sections.OS, List.of(os));
    }
}
