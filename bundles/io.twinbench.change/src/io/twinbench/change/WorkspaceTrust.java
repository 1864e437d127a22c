package io.twinbench.change;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.RootVerifier;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.remedy.trust.TrustRoot;

/** The workspace's root of trust, read from its file each time it is asked for (an analyst may rotate it meanwhile). */
public final class WorkspaceTrust {

    private final Path rootFile;

    public WorkspaceTrust(Path rootFile) {
        this.rootFile = rootFile;
    }

    public Path file() {
        return rootFile;
    }

    /** The root, verified against its own threshold; empty when the workspace has none yet. */
    public Optional<TrustRoot> root() throws IOException, TrustException {
        if (!Files.exists(rootFile)) {
            return Optional.empty();
        }
        return Optional.of(new RootVerifier().initial(Envelope.fromJson(Files.readAllBytes(rootFile))));
    }

    /** The root, or an error saying how to make one. */
    public TrustRoot required() throws IOException, TrustException {
        return root().orElseThrow(() -> new TrustException(TrustException.Reason.MALFORMED,
                "the workspace has no root of trust yet: make one with ./twinbench plan root --key FILE ... (" + rootFile + ")"));
    }

    /** The names the root gives the keys that signed the envelope ("an unknown key" for any other); empty without a readable root. */
    public java.util.List<String> signerNames(byte[] envelopeJson) {
        try {
            Optional<TrustRoot> root = root();
            if (root.isEmpty()) {
                return java.util.List.of();
            }
            return Envelope.fromJson(envelopeJson).signatures().stream()
                    .map(sig -> root.get().key(sig.keyid()).map(io.twinbench.remedy.trust.PublicKey::name).orElse("an unknown key")).toList();
        } catch (IOException | TrustException e) {
            return java.util.List.of();
        }
    }
}
