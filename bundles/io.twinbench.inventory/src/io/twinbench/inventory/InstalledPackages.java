package io.twinbench.inventory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The packages dpkg says are installed under a root, by name, with their versions. */
public final class InstalledPackages {

    private InstalledPackages() {
    }

    public static Map<String, String> versions(Path root) throws IOException {
        Map<String, String> versions = new TreeMap<>();
        Path status = new DpkgPackages(root).database();
        if (Files.isRegularFile(status, LinkOption.NOFOLLOW_LINKS)) {
            for (Map<String, String> s : DpkgPackages.parse(Files.readAllLines(status))) {
                if (s.getOrDefault("Status", "").endsWith(" installed") && s.containsKey("Package")) {
                    versions.put(s.get("Package"), s.getOrDefault("Version", ""));
                }
            }
        }
        return versions;
    }
}
