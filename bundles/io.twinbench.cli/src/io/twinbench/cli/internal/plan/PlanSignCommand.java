package io.twinbench.cli.internal.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanFormatException;
import io.twinbench.remedy.plan.PlanReader;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.KeyFile;
import io.twinbench.remedy.trust.PlanStatement;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `twinbench plan sign`: approves a plan file into a signed envelope (version and expiry fixed now),
 * or adds one more signature to an envelope exported for an approver who keeps the key offline.
 */
@Command(name = "sign", mixinStandardHelpOptions = true, description = {"Sign a plan: a plan file becomes a signed envelope; an envelope gets one more signature.",
        "The version (default: now in seconds since 1970, so it only grows) and the expiry are fixed by the first signature."})
public final class PlanSignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A plan (YAML or JSON) or a signed envelope.")
    Path file;

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "The approver's encrypted key (plan keygen).")
    Path key;

    @Option(names = "--endpoints", split = ",", paramLabel = "ID", description = "The agent ids the plan is for (required when the plan names only a selector).")
    List<String> endpoints;

    @Option(names = "--version", paramLabel = "N", description = "The plan's version: above every version its endpoints applied.")
    Long version;

    @Option(names = "--expires", defaultValue = "24h", paramLabel = "DURATION", description = "How long the plan may be applied (default ${DEFAULT-VALUE}; 30m, 2h, 7d).")
    String expires;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Mixin
    Passphrase passphrase;

    @Option(names = "--override", paramLabel = "REASON", description = {"Approve although the plan has no passing twin run; the reason is recorded",
            "and shown wherever the plan is."})
    String override;

    @Mixin
    io.twinbench.cli.internal.WorkspaceOption workspace;

    @Override
    public Integer call() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            Envelope envelope = looksLikeEnvelope(bytes) ? Envelope.fromJson(bytes) : approve(bytes);
            SigningKey signer = KeyFile.read(key, passphrase.read("Passphrase for " + key.getFileName() + ": "));
            envelope = envelope.withSignature(signer.sign(envelope));
            Files.write(out, envelope.toJson());
            spec.commandLine().getOut().println("signed by " + signer.publicKey().name() + " (" + signer.keyId().substring(0, 16) + "…); "
                    + envelope.signatures().size() + " signature(s)");
            return 0;
        } catch (PlanFormatException | TrustException | IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    private Envelope approve(byte[] bytes) throws PlanFormatException, IllegalArgumentException {
        Plan plan = new PlanReader().read(file.toString(), new String(bytes, StandardCharsets.UTF_8));
        twinRunPassedOrOverridden(plan);
        List<String> ids = endpoints != null ? endpoints : plan.targets().endpoints();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException(file + ": the plan names only a selector; give the agent ids with --endpoints");
        }
        long v = version != null ? version : Instant.now().getEpochSecond();
        return PlanStatement.unsigned(plan.approvedAs(v, Instant.now().plus(duration(expires)), ids));
    }

    /** A plan is approved only after a passing twin run of exactly this plan, or with a written override (recorded). */
    private void twinRunPassedOrOverridden(Plan plan) {
        try (io.twinbench.store.TwinStore store = workspace.openStore()) {
            if (workspace.plans(store).requireTwinRunOrOverride(plan, override, System.getProperty("user.name"))) {
                spec.commandLine().getErr().println("approved without a passing twin run; the override is recorded: " + override.strip());
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static Duration duration(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(m|h|d)").matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("--expires " + text + " is not a duration such as 30m, 2h or 7d");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    private static boolean looksLikeEnvelope(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        return head.stripLeading().startsWith("{") && head.contains("\"payloadType\"");
    }
}
