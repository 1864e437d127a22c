package io.twinbench.cli.internal.plan;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import io.twinbench.cli.internal.WorkspaceOption;
import io.twinbench.remedy.plan.PlanFormatException;
import io.twinbench.remedy.trust.KeyFile;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.store.PlanLibrary;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `twinbench plan approve PLAN --key FILE`: approves a workspace plan by signing it, or co-signs
 * the version that still needs signatures; `--export FILE` writes the envelope for an approver who
 * signs offline (plan sign), and `--import FILE` brings the co-signed envelope back.
 */
@Command(name = "approve", mixinStandardHelpOptions = true, description = {"Approve a workspace plan by signing it (after a passing twin run, or with --override),",
        "or add a signature to the version that still needs some. --export/--import carry it to and from an approver who signs offline."})
public final class PlanApproveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PLAN", arity = "0..1", description = "The workspace plan's id.")
    String planId;

    @Option(names = "--key", paramLabel = "FILE", description = "The approver's encrypted key (plan keygen).")
    Path key;

    @Option(names = "--endpoints", split = ",", paramLabel = "ID", description = "The agent ids (when the plan names only a selector).")
    List<String> endpoints;

    @Option(names = "--expires", defaultValue = "24h", paramLabel = "DURATION", description = "How long the approved version may be applied (default ${DEFAULT-VALUE}).")
    String expires;

    @Option(names = "--override", paramLabel = "REASON", description = "Approve without a passing twin run; the reason is recorded and shown with the plan.")
    String override;

    @Option(names = "--export", paramLabel = "FILE", description = "Write the plan's newest signed envelope here, for plan sign elsewhere.")
    Path export;

    @Option(names = "--import", paramLabel = "FILE", description = "Read an envelope co-signed elsewhere back into the workspace.")
    Path importFile;

    @Mixin
    Passphrase passphrase;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws Exception {
        try (TwinStore store = workspace.openStore()) {
            var plans = workspace.plans(store);
            PlanLibrary.Approval approval;
            if (importFile != null) {
                approval = plans.importSigned(java.nio.file.Files.readAllBytes(importFile));
            } else if (planId == null) {
                spec.commandLine().getErr().println("give the plan's id (./twinbench plan list), or --import FILE");
                return 2;
            } else if (export != null) {
                approval = store.library().approvals(planId).stream().findFirst().orElseThrow(() -> new IllegalArgumentException("plan " + planId
                        + " has no approval to export: approve it here first"));
                java.nio.file.Files.write(export, approval.envelope());
            } else if (key == null) {
                spec.commandLine().getErr().println("give the approver's key with --key FILE");
                return 2;
            } else {
                char[] secret = passphrase.read("Passphrase for " + key.getFileName() + ": ");
                try {
                    SigningKey signer = KeyFile.read(key, secret);
                    approval = plans.approve(planId, signer, override, PlanSignCommand.duration(expires), endpoints, System.getProperty("user.name"));
                    if (override != null && !override.isBlank()) {
                        spec.commandLine().getErr().println("approved without a passing twin run; the override is recorded: " + override.strip());
                    }
                } finally {
                    Arrays.fill(secret, '\0');
                }
            }
            var status = plans.status(approval.planId()).orElseThrow();
            spec.commandLine().getOut().println("plan " + approval.planId() + " version " + approval.version() + ": " + status.describeState()
                    + (export != null ? "; envelope written to " + export : ""));
            return 0;
        } catch (PlanFormatException | TrustException | IllegalArgumentException | java.io.IOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
