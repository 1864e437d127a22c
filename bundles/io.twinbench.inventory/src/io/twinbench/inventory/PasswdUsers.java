package io.twinbench.inventory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.twinbench.protocol.ElementIds;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;

/** Local accounts from /etc/passwd under a root. The password field is never read. */
final class PasswdUsers {

    private static final long MAX_BYTES = 64L << 20;
    private final RootFiles root;

    PasswdUsers(Path root) {
        this.root = new RootFiles(root);
    }

    Section read() throws IOException {
        List<Item> items = new ArrayList<>();
        for (String[] f : entries()) {
            items.add(ItemBuilder.of("User", id(f[0]), f[0]).set("uid", number(f[2])).set("gid", number(f[3]))
                    .set("home", f[5]).set("shell", f[6]).build());
        }
        return new Section(Sections.USERS, items);
    }

    /** User names by numeric uid, the first line winning as for getpwuid; empty without a passwd file. */
    Map<String, String> namesByUid() throws IOException {
        Map<String, String> names = new HashMap<>();
        for (String[] f : entries()) {
            if (number(f[2]) != null) {
                names.putIfAbsent(f[2], f[0]);
            }
        }
        return names;
    }

    /** The seven fields of each account line; none without a passwd file. */
    private List<String[]> entries() throws IOException {
        List<String[]> entries = new ArrayList<>();
        java.util.Optional<Path> passwd = root.regularFile("etc/passwd");
        if (passwd.isPresent()) {
            for (String line : RootFiles.readLines(passwd.get(), MAX_BYTES)) {
                String[] f = line.split(":", -1);
                if (f.length >= 7 && !line.startsWith("#") && !f[0].isBlank()) {
                    entries.add(f);
                }
            }
        }
        return entries;
    }

    static String id(String user) {
        return ElementIds.of("user", user);
    }

    private static String number(String s) {
        return s.matches("\\d{1,10}") ? s : null;
    }
}
