package io.twinbench.cli.internal.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import io.twinbench.remedy.trust.KeyAlgorithm;
import io.twinbench.remedy.trust.KeyFile;
import io.twinbench.remedy.trust.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench plan keygen`: an approver's signing key (Ed25519 or ECDSA P-256), encrypted with a passphrase, and its public half. */
@Command(name = "keygen", mixinStandardHelpOptions = true, description = "Make an approver's signing key (Ed25519 or ECDSA P-256, encrypted with a passphrase).")
public final class PlanKeygenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--name", required = true, description = "The approver's name, as roots and plans show it.")
    String name;

    @Option(names = "--out", paramLabel = "FILE", description = {"Where the encrypted key goes; its public key goes beside it as FILE.pub",
            "(default: the workspace's .twinbench/keys/NAME.key, where the Plans view's Approve finds it)."})
    Path out;

    @Mixin
    io.twinbench.cli.internal.WorkspaceOption workspace;

    @Option(names = "--algorithm", defaultValue = "ed25519", paramLabel = "ed25519|ecdsa-p256",
            description = "The signature scheme (default ${DEFAULT-VALUE}); ECDSA P-256 for keys that must live in hardware without Ed25519.")
    String algorithm;

    @Mixin
    Passphrase passphrase;

    @Override
    public Integer call() throws IOException {
        if (out == null) {
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
                spec.commandLine().getErr().println("give --out FILE: '" + name + "' makes no file name");
                return 2;
            }
            out = workspace.workspace().resolve(".twinbench/keys").resolve(name + ".key");
            Files.createDirectories(out.getParent(), java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        }
        if (Files.exists(out)) {
            spec.commandLine().getErr().println(out + " exists; a signing key is never overwritten");
            return 1;
        }
        KeyAlgorithm scheme;
        try {
            scheme = KeyAlgorithm.named(algorithm);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        char[] secret = passphrase.read("Passphrase for the new key: ");
        try {
            SigningKey key = SigningKey.generate(scheme, name);
            KeyFile.write(out, key, secret);
            Files.writeString(out.resolveSibling(out.getFileName() + ".pub"), key.publicKey().pem());
            spec.commandLine().getOut().println(key.keyId() + "  " + name + "  " + scheme.label() + "  " + out);
            return 0;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
