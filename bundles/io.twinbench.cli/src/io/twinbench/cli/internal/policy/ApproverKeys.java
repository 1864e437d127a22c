package io.twinbench.cli.internal.policy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.twinbench.change.WorkspaceTrust;
import io.twinbench.cli.internal.WorkspaceOption;
import io.twinbench.cli.internal.plan.Passphrase;
import io.twinbench.remedy.trust.Approvers;
import io.twinbench.remedy.trust.TrustException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The approvers' keys a policy change needs when it changes what agents may collect (agents take that only signed). */
public final class ApproverKeys {

    @Option(names = "--key", split = ",", paramLabel = "FILE",
            description = "Approvers' encrypted keys (plan keygen), as many as the root's threshold: needed when the change alters what agents may collect.")
    List<Path> keys;

    @Mixin
    Passphrase passphrase;

    /** The approvers, or null when no key was given. */
    Approvers approvers(WorkspaceOption workspace) throws IOException {
        if (keys == null || keys.isEmpty()) {
            return null;
        }
        try {
            return new Approvers(new WorkspaceTrust(workspace.trustRootFile()).required(), passphrase.keys(keys));
        } catch (TrustException e) {
            throw new IllegalArgumentException("the workspace's root of trust cannot be read: " + e.getMessage(), e);
        }
    }
}
