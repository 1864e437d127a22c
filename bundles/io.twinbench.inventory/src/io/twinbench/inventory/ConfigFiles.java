package io.twinbench.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.twinbench.protocol.ElementIds;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;

/**
 * Configuration files under the policy's paths (files, or directories walked a few levels
 * deep), recorded by SHA-256, size and mode. Contents travel only for files the policy
 * allows, and then redacted.
 */
final class ConfigFiles {

    static final int MAX_DEPTH = 3;
    static final int MAX_FILES = 5_000;

    private final Path root;
    private final ImagePolicy policy;
    private final SecretRedactor redactor;

    ConfigFiles(Path root, ImagePolicy policy, SecretRedactor redactor) {
        this.root = root;
        this.policy = policy;
        this.redactor = redactor;
    }

    Section read() throws IOException {
        // by the path the endpoint knows the file under, to the host path it was found at
        TreeMap<String, Path> files = new TreeMap<>();
        RootFiles rootFiles = new RootFiles(root);
        for (String configured : policy.configPaths()) {
            String relative = configured.replaceAll("^/+|/+$", "");
            int slash = relative.lastIndexOf('/');
            // the parents resolve inside the root; the file itself is taken only if it is no link, as before
            Optional<Path> parent = rootFiles.directory(slash < 0 ? "" : relative.substring(0, slash));
            if (parent.isEmpty() || relative.isEmpty()) {
                continue;
            }
            Path path = parent.get().resolve(relative.substring(slash + 1));
            if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                files.put("/" + relative, path);
            } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> walk = Files.walk(path, MAX_DEPTH)) {
                    // a unit's .wants/.requires entries are its enablement (links on a system, empty files in an unpacked archive), not configuration
                    walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !enablement(p)).limit(MAX_FILES)
                            .forEach(p -> files.put("/" + relative + "/" + path.relativize(p).toString().replace('\\', '/'), p));
                }
            }
        }
        List<Item> items = new ArrayList<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            if (items.size() >= MAX_FILES) {
                break;
            }
            if (Files.isReadable(file.getValue())) {
                items.add(item(file.getKey(), file.getValue()));
            }
        }
        return new Section(Sections.CONFIG, items);
    }

    private static boolean enablement(Path file) {
        String dir = file.getParent() == null ? "" : String.valueOf(file.getParent().getFileName());
        return dir.endsWith(".wants") || dir.endsWith(".requires");
    }

    static String id(String absolutePath) {
        return ElementIds.of("cfg", absolutePath);
    }

    private Item item(String path, Path file) throws IOException {
        ItemBuilder item = ItemBuilder.of("ConfigurationItem", id(path), path).set("path", path)
                .set("sizeBytes", Files.size(file)).edgeFrom("configured-by", OsRelease.ID);
        try {
            item.set("mode", Integer.toOctalString(posixMode(file)));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: no mode to record
        }
        MessageDigest sha = sha256();
        byte[] head = new byte[0];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[64 << 10];
            for (int n; (n = in.read(buffer)) > 0;) {
                sha.update(buffer, 0, n);
                if (head.length == 0 && n > 0) {
                    head = java.util.Arrays.copyOf(buffer, Math.min(n, policy.maxContentBytes() + 1));
                }
            }
        } catch (IOException e) {
            return item.set("unreadable", e.getMessage()).build();
        }
        item.set("sha256", HexFormat.of().formatHex(sha.digest()));
        if (policy.contentAllowed(path) && head.length <= policy.maxContentBytes() && isText(head)) {
            item.set("value", redactor.redact(new String(head, StandardCharsets.UTF_8).strip()));
        }
        return item.build();
    }

    private static int posixMode(Path file) throws IOException {
        int mode = 0;
        for (var permission : Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)) {
            mode |= 1 << (8 - permission.ordinal());
        }
        return mode;
    }

    private static boolean isText(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
