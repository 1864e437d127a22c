package io.twinbench.ingest.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.model.twin.User;

/** Local accounts from /etc/passwd (no secrets: the password field is never read). */
final class PasswdReader {

    private final Path passwd;
    private final TwinBuilder builder;

    PasswdReader(Path passwd, TwinBuilder builder) {
        this.passwd = passwd;
        this.builder = builder;
    }

    void read() {
        if (!Files.isReadable(passwd)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(passwd)) {
                String[] f = line.split(":", -1);
                if (f.length < 7 || line.startsWith("#")) {
                    continue;
                }
                builder.element(TwinPackage.eINSTANCE.getUser(), TwinBuilder.id("user", f[0]), f[0], (User u) -> {
                    u.setUid(parseLong(f[2]));
                    u.setHome(f[5]);
                    u.setShell(f[6]);
                });
            }
        } catch (IOException e) {
            // an unreadable passwd leaves the twin without users rather than without a twin
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
