package io.twinbench.cases;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A BagIt manifest (RFC 8493): "digest  path" per file, paths relative to the bag with '/'.
 * Compared with what a bag holds, it names every file that was changed, added or removed.
 */
public record BagManifest(Map<String, String> digests) {

    public static final String PAYLOAD = "manifest-sha256.txt";
    public static final String TAGS = "tagmanifest-sha256.txt";
    public static final String DECLARATION = "bagit.txt";
    public static final String INFO = "bag-info.txt";
    public static final String SIGNATURE = "signature.dsse.json";
    public static final int MAX_FILES = 1_000_000;

    /** What differs between a manifest and the files found. */
    public record Differences(List<String> changed, List<String> added, List<String> removed) {

        public boolean none() {
            return changed.isEmpty() && added.isEmpty() && removed.isEmpty();
        }

        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            changed.forEach(p -> lines.add("changed: " + p));
            added.forEach(p -> lines.add("added: " + p));
            removed.forEach(p -> lines.add("removed: " + p));
            return lines;
        }
    }

    public BagManifest {
        digests = java.util.Collections.unmodifiableMap(new TreeMap<>(digests));
    }

    public byte[] bytes() {
        StringBuilder b = new StringBuilder();
        digests.forEach((path, digest) -> b.append(digest).append("  ").append(path).append('\n'));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static BagManifest parse(String name, byte[] text) {
        Map<String, String> digests = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new StringReader(new String(text, StandardCharsets.UTF_8)))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\\s+", 2);
                if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F]{64}")) {
                    throw new CaseException(name + " line " + n + ": not \"sha256  path\"");
                }
                if (digests.size() >= MAX_FILES) {
                    throw new CaseException(name + ": more than " + MAX_FILES + " files");
                }
                digests.put(parts[1].strip(), parts[0].toLowerCase(java.util.Locale.ROOT));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new BagManifest(digests);
    }

    public Differences compare(Map<String, String> found) {
        List<String> changed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String path : new TreeSet<>(found.keySet())) {
            String expected = digests.get(path);
            if (expected == null) {
                added.add(path);
            } else if (!expected.equals(found.get(path))) {
                changed.add(path);
            }
        }
        for (String path : digests.keySet()) {
            if (!found.containsKey(path)) {
                removed.add(path);
            }
        }
        return new Differences(changed, added, removed);
    }
}
