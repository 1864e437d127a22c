package io.twinbench.orchestrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

import io.twinbench.remedy.trust.KeyFile;
import io.twinbench.remedy.trust.SigningKey;

/**
 * The orchestration loop's own signing key, in the workspace: it signs only what the root of
 * trust pre-approves for it (kinds of action on named endpoints), and an agent refuses anything
 * else it signs. The loop runs unattended, so its key opens without a person: the key file and
 * its passphrase are readable by the workspace's owner only, as an SSH host key is.
 */
public final class LoopKey {

    public static final String NAME = "orchestration-loop";
    private static final String KEY = "loop.key";
    private static final String PASSPHRASE = "loop.key.passphrase";

    private LoopKey() {
    }

    /** The loop's key in this directory, made the first time. */
    public static SigningKey openOrCreate(Path directory) throws IOException {
        Path key = directory.resolve(KEY);
        Path passphrase = directory.resolve(PASSPHRASE);
        if (Files.exists(key)) {
            return KeyFile.read(key, Files.readString(passphrase, StandardCharsets.UTF_8).trim().toCharArray());
        }
        Files.createDirectories(directory);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        Files.writeString(passphrase, secret + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(passphrase, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // a file system without POSIX modes: the workspace's own protection is all there is
        }
        SigningKey made = SigningKey.generate(NAME);
        KeyFile.write(key, made, secret.toCharArray());
        return made;
    }

    /** The loop's key if it was made, else empty (nothing is pre-approved without one). */
    public static java.util.Optional<SigningKey> open(Path directory) throws IOException {
        return Files.exists(directory.resolve(KEY)) ? java.util.Optional.of(openOrCreate(directory)) : java.util.Optional.empty();
    }
}
