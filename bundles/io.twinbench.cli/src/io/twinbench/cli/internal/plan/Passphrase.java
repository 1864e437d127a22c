package io.twinbench.cli.internal.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Where a signing key's passphrase comes from: a file, the environment, or the terminal (never the command line, where ps shows it). */
public final class Passphrase {

    static final String ENVIRONMENT = "TWINBENCH_KEY_PASSPHRASE";

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Read the key's passphrase from this file (else $"
            + ENVIRONMENT + ", else the terminal).")
    Path file;

    /** The approvers' keys in these files, each opened with its passphrase (cleared once read). */
    public java.util.List<io.twinbench.remedy.trust.SigningKey> keys(java.util.List<Path> files) throws IOException {
        java.util.List<io.twinbench.remedy.trust.SigningKey> keys = new java.util.ArrayList<>();
        for (Path key : files) {
            char[] secret = read("Passphrase for " + key.getFileName() + ": ");
            try {
                keys.add(io.twinbench.remedy.trust.KeyFile.read(key, secret));
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
        }
        return keys;
    }

    public char[] read(String prompt) throws IOException {
        if (file != null) {
            return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
        }
        String fromEnvironment = System.getenv(ENVIRONMENT);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        if (System.console() == null) {
            throw new IOException("no passphrase: give --passphrase-file or set " + ENVIRONMENT + " (there is no terminal to ask on)");
        }
        return System.console().readPassword("%s", prompt);
    }
}
