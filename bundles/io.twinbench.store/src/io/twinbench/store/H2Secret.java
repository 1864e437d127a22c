package io.twinbench.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import io.twinbench.protocol.PrivateFiles;

/** The random password of a workspace's H2 database, in a file only its owner may read, beside the database. */
final class H2Secret {

    private H2Secret() {
    }

    static Path file(Path database) {
        return database.resolveSibling(database.getFileName() + ".secret");
    }

    /** The password, made on first use (every process of the analyst's reads the same file). */
    static String of(Path database) throws IOException {
        Path file = file(database);
        if (!Files.exists(file)) {
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            Path tmp = Files.createTempFile(database.getParent(), ".secret", ".tmp");
            PrivateFiles.write(tmp, Base64.getUrlEncoder().withoutPadding().encodeToString(secret).getBytes(StandardCharsets.US_ASCII));
            try {
                // another process may have made it first: then its password wins
                Files.move(tmp, file);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                Files.deleteIfExists(tmp);
            }
        }
        String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (password.isEmpty()) {
            throw new IOException(file + " is empty: delete it to give the database a new password only if the database is new");
        }
        return password;
    }
}
