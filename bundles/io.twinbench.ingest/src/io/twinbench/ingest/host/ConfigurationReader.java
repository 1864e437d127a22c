package io.twinbench.ingest.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.ConfigurationItem;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.TwinPackage;

/**
 * The system configuration files an analyst checks first, recorded by hash. Contents are
 * kept only for files that cannot hold secrets.
 */
final class ConfigurationReader {

    private static final List<String> FILES = List.of("etc/hostname", "etc/hosts", "etc/resolv.conf", "etc/os-release",
            "etc/fstab", "etc/ssh/sshd_config", "etc/sudoers", "etc/passwd", "etc/group", "etc/crontab");
    private static final List<String> CONTENT_ALLOWED = List.of("etc/hostname", "etc/os-release");
    private final Path root;
    private final TwinBuilder builder;

    ConfigurationReader(Path root, TwinBuilder builder) {
        this.root = root;
        this.builder = builder;
    }

    void read() {
        var system = builder.find("os");
        for (String relative : FILES) {
            Path file = root.resolve(relative);
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                continue;
            }
            try {
                byte[] bytes = Files.readAllBytes(file);
                ConfigurationItem item = builder.element(TwinPackage.eINSTANCE.getConfigurationItem(), TwinBuilder.id("cfg", relative),
                        "/" + relative, (ConfigurationItem c) -> {
                            c.setPath("/" + relative);
                            c.setSha256(sha256(bytes));
                            if (CONTENT_ALLOWED.contains(relative) && bytes.length < 4096) {
                                c.setValue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).trim());
                            }
                        });
                builder.edge(system, DependencyType.CONFIGURED_BY, item);
            } catch (IOException e) {
                // unreadable files are skipped; the twin still records the readable ones
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
