package io.twinbench.cli.internal.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.twinbench.orchestrate.LoopKey;
import io.twinbench.remedy.trust.Delegation;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.KeyFile;
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
 * `twinbench plan pre-approve`: the approvers record in the root of trust which kinds of action
 * the orchestration loop may sign by itself, for which endpoints; a new root version, signed by
 * them to the current threshold, which the collector sends to every agent.
 */
@Command(name = "pre-approve", mixinStandardHelpOptions = true, description = {
        "Let the orchestration loop sign, by itself, plans of these kinds of action for these endpoints (a new root version,",
        "signed by approvers to the current threshold). Kinds: write, edit, package:install|upgrade|remove, service:enable|disable|start|stop|restart,",
        "sysctl, account:lock|unlock, limit, firewall:add|remove. --remove takes the pre-approval back."})
public final class PlanPreApproveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--endpoints", split = ",", paramLabel = "ID,…", description = "The endpoints (agent ids) it may change.")
    List<String> endpoints = new ArrayList<>();

    @Option(names = "--actions", split = ",", paramLabel = "KIND,…", description = "The kinds of action it may sign.")
    List<String> actions = new ArrayList<>();

    @Option(names = "--remove", description = "Take the loop's pre-approval back.")
    boolean remove;

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "An approver's key file (repeat until the threshold is met).")
    List<Path> keys;

    @Mixin
    io.twinbench.cli.internal.WorkspaceOption workspace;

    @Mixin
    Passphrase passphrase;

    @Override
    public Integer call() throws IOException {
        Path file = workspace.trustRootFile();
        try {
            if (!Files.exists(file)) {
                throw new IllegalArgumentException("the workspace has no root of trust: make one first (./twinbench plan root --key FILE)");
            }
            if (!remove && (endpoints.isEmpty() || actions.isEmpty())) {
                throw new IllegalArgumentException("name the endpoints (--endpoints) and the kinds of action (--actions), or --remove");
            }
            TrustRoot before = new RootVerifier().initial(Envelope.fromJson(Files.readAllBytes(file)));
            SigningKey loop = LoopKey.openOrCreate(workspace.workspace().resolve(".twinbench/loop"));
            List<Delegation> delegations = new ArrayList<>(before.delegations().stream().filter(d -> !d.key().keyId().equals(loop.keyId())).toList());
            if (!remove) {
                delegations.add(new Delegation(LoopKey.NAME, loop.publicKey(), endpoints, actions));
            }
            TrustRoot root = new TrustRoot(before.version() + 1, before.threshold(), before.keys(), before.expires(), delegations);
            Envelope envelope = root.envelope();
            for (Path key : keys) {
                SigningKey signer = KeyFile.read(key, passphrase.read("Passphrase for " + key.getFileName() + ": "));
                envelope = envelope.withSignature(signer.sign(envelope));
            }
            new RootVerifier().rotate(before, envelope);
            Files.write(file, envelope.toJson());
            spec.commandLine().getOut().println("root version " + root.version() + ": " + (remove ? "the loop may sign nothing by itself"
                    : "the loop (key " + loop.keyId().substring(0, 16) + "…) may sign " + String.join(", ", actions) + " on " + String.join(", ", endpoints))
                    + "; the collector sends the root to the agents");
            return 0;
        } catch (TrustException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("refused: " + e.getMessage());
            return 1;
        }
    }
}
