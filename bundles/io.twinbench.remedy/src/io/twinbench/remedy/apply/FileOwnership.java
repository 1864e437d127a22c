package io.twinbench.remedy.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.EnumSet;
import java.util.Set;

/** Owner, group and permission bits of a file; null parts are left as they come. */
record FileOwnership(String owner, String group, Integer mode) {

    static final FileOwnership UNCHANGED = new FileOwnership(null, null, null);

    static FileOwnership of(Path file) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new FileOwnership(attributes.owner().getName(), attributes.group().getName(), bits(attributes.permissions()));
    }

    void applyTo(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
        if (owner != null) {
            view.setOwner(users.lookupPrincipalByName(owner));
        }
        if (group != null) {
            GroupPrincipal principal = users.lookupPrincipalByGroupName(group);
            view.setGroup(principal);
        }
        if (mode != null) {
            view.setPermissions(permissions(mode));
        }
    }

    static int bits(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission p : permissions) {
            mode |= 1 << (8 - p.ordinal());
        }
        return mode;
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission p : PosixFilePermission.values()) {
            if ((mode & (1 << (8 - p.ordinal()))) != 0) {
                set.add(p);
            }
        }
        return set;
    }
}
