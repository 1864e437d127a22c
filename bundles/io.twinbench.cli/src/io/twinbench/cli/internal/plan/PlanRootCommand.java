package io.twinbench.cli.internal.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.KeyFile;
import io.twinbench.remedy.trust.PublicKey;
import io.twinbench.remedy.trust.RootVerifier;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.remedy.trust.TrustRoot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `twinbench plan root`: a root of trust listing the approvers' keys and the threshold, signed by
 * every key given (and, for a rotation, checked against the previous root as an agent checks it).
 */
@Command(name = "root", mixinStandardHelpOptions = true, description = {"Make (or rotate) the root of trust: approvers' keys and how many must sign a plan.",
        "Signed by every --key given; with --previous, the new root must carry enough signatures for the old threshold too."})
public final class PlanRootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "An approver's key file (repeat). The root lists them all and each signs it.")
    List<Path> keys;

    @Option(names = "--previous-key", paramLabel = "FILE", description = "A key of the previous root that signs this rotation without being listed in it (repeat).")
    List<Path> previousKeys = new ArrayList<>();

    @Option(names = "--threshold", defaultValue = "1", description = "Signatures a plan needs (default ${DEFAULT-VALUE}; 2 for four eyes).")
    int threshold;

    @Option(names = "--previous", paramLabel = "FILE", description = "The root this one replaces (its version + 1 is taken).")
    Path previous;

    @Option(names = "--out", paramLabel = "FILE", description = "Where the signed root goes (default: the workspace's, which its collector sends to agents).")
    Path out;

    @Mixin
    io.twinbench.cli.internal.WorkspaceOption workspace;

    @Mixin
    Passphrase passphrase;

    @Override
    public Integer call() throws IOException {
        try {
            Path target = out != null ? out : workspace.trustRootFile();
            if (previous == null && out == null && Files.exists(target)) {
                previous = target;
            }
            TrustRoot before = previous == null ? null : new RootVerifier().initial(Envelope.fromJson(Files.readAllBytes(previous)));
            List<SigningKey> signers = new ArrayList<>();
            for (Path file : keys) {
                signers.add(KeyFile.read(file, passphrase.read("Passphrase for " + file.getFileName() + ": ")));
            }
            List<PublicKey> listed = signers.stream().map(SigningKey::publicKey).toList();
            for (Path file : previousKeys) {
                signers.add(KeyFile.read(file, passphrase.read("Passphrase for " + file.getFileName() + ": ")));
            }
            // a rotation keeps the pre-approvals the approvers recorded (plan pre-approve changes them)
            List<io.twinbench.remedy.trust.Delegation> kept = before == null ? List.of() : before.delegations().stream()
                    .filter(d -> listed.stream().noneMatch(k -> k.keyId().equals(d.key().keyId()))).toList();
            TrustRoot root = new TrustRoot(before == null ? 1 : before.version() + 1, threshold, listed, null, kept);
            Envelope envelope = root.envelope();
            for (SigningKey key : signers) {
                envelope = envelope.withSignature(key.sign(envelope));
            }
            if (before == null) {
                new RootVerifier().initial(envelope);
            } else {
                new RootVerifier().rotate(before, envelope);
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.write(target, envelope.toJson());
            spec.commandLine().getOut().println("root version " + root.version() + ": " + listed.size() + " key(s), threshold " + threshold + ", in " + target);
            return 0;
        } catch (TrustException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("refused: " + e.getMessage());
            return 1;
        }
    }
}
