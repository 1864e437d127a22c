package io.twinbench.inventory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.twinbench.protocol.inventory.Section;

/**
 * What a system image holds, read from a root directory: the live "/" of an endpoint at
 * enrolment, or an image's root given offline (a debootstrap directory, an unpacked tar).
 * Nothing under the root is executed and no link is followed out of it.
 */
public final class SystemImage {

    private final Path root;
    private final ImagePolicy policy;
    private final SecretRedactor redactor;
    private final DpkgPackages packages;
    private final UnchangedFileMemo<Section> packagesRead;

    public SystemImage(Path root, ImagePolicy policy, SecretRedactor redactor) {
        this.root = root;
        this.policy = policy;
        this.redactor = redactor;
        this.packages = new DpkgPackages(root);
        this.packagesRead = new UnchangedFileMemo<>(packages.database());
    }

    /** Sections os, packages, units, users and config; packages are parsed again only when dpkg's database changed. */
    public List<Section> read() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException(root + " is not a directory");
        }
        return List.of(OsRelease.section(new OsRelease(root).read()), packagesRead.get(packages::read),
                new SystemdUnits(root, redactor).read(), new PasswdUsers(root).read(), new ConfigFiles(root, policy, redactor).read());
    }
}
