package io.twinbench.change;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.twinbench.remedy.plan.Artifact;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanDocument;
import io.twinbench.remedy.plan.PlanFormatException;
import io.twinbench.remedy.plan.PlanReader;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.PlanStatement;
import io.twinbench.remedy.trust.PlanVerifier;
import io.twinbench.remedy.trust.PublicKey;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.remedy.trust.TrustRoot;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.PlanLibrary;
import io.twinbench.store.PlanTrials;
import io.twinbench.store.TwinStore;

/**
 * The workspace's plans and the way each goes from written to pushed, the same for the CLI and
 * the workbench: kept as written (with their artifacts), tried on twins ({@link PlanTwinRun}),
 * approved by signing (only after a passing twin run of exactly this text, or with a written
 * override), co-signed until the root's threshold is met, and pushed to their endpoints after
 * the check each agent will make.
 */
public final class PlanCatalog {

    private final TwinStore store;
    private final WorkspaceTrust trust;
    private final Clock clock;

    public PlanCatalog(TwinStore store, WorkspaceTrust trust, Clock clock) {
        this.store = store;
        this.trust = trust;
        this.clock = clock;
    }

    /** Reads a plan file into the workspace, with the artifacts it pins from beside it (or already in the workspace). */
    public Plan importFile(Path file, String author) throws IOException, PlanFormatException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Plan plan = new PlanReader().read(file.toString(), text);
        for (Map.Entry<String, byte[]> artifact : artifacts(plan, file.toAbsolutePath().getParent()).entrySet()) {
            store.plans().putArtifact(plan.artifact(artifact.getKey()).orElseThrow().sha256(), artifact.getKey(), artifact.getValue());
        }
        store.library().save(plan.id(), plan.title(), text, "file " + file.toAbsolutePath(), author, clock.instant());
        return plan;
    }

    /** Keeps a plan written in the editor (or made from a simulation); it must read, so a saved plan can always be tried. */
    public Plan save(String name, String text, String source, String author) throws PlanFormatException {
        Plan plan = new PlanReader().read(name, text);
        store.library().save(plan.id(), plan.title(), text, source, author, clock.instant());
        return plan;
    }

    private void save(String name, String text, String source, String author, String scenario) throws PlanFormatException {
        Plan plan = new PlanReader().read(name, text);
        store.library().save(plan.id(), plan.title(), text, source, author, clock.instant(), scenario);
    }

    /**
     * A draft from the recommendations the newest simulation of the twin checked (the twin of an
     * endpoint is named by its agent id), kept in the workspace with the scenario's text when it is
     * given (its twin runs run the scenario again); empty when there is no recommendation an
     * endpoint can act on.
     */
    public Optional<PlanFromSimulation.Draft> fromSimulation(String twinId, Path scenarioFile, String author)
            throws PlanFormatException, IOException, io.twinbench.sim.scenario.ScenarioFormatException {
        String scenario = null;
        String name = null;
        if (scenarioFile != null) {
            name = new io.twinbench.sim.scenario.ScenarioReader().read(scenarioFile).name();
            scenario = Files.readString(scenarioFile, StandardCharsets.UTF_8);
        }
        return fromSimulation(twinId, scenarioFile == null ? null : scenarioFile.toString(), name, scenario, author);
    }

    /**
     * As {@link #fromSimulation(String, Path, String)}, with the scenario's text (and its name, to
     * check the recommendations came from it) as the loop keeps it; both null when not given.
     */
    public Optional<PlanFromSimulation.Draft> fromSimulation(String twinId, String scenarioSource, String scenarioName, String scenarioText, String author)
            throws PlanFormatException {
        Optional<io.twinbench.model.twin.Twin> twin = store.snapshots().latest(twinId);
        if (twin.isEmpty()) {
            throw new IllegalArgumentException("the workspace has no twin " + twinId);
        }
        Optional<PlanFromSimulation.Draft> draft = PlanFromSimulation.of(twin.get(), twinId);
        if (draft.isEmpty()) {
            return draft;
        }
        if (scenarioName != null && !scenarioName.equals(draft.get().scenario())) {
            throw new IllegalArgumentException(scenarioSource + " is scenario '" + scenarioName + "'; the recommendations came from '"
                    + draft.get().scenario() + "'");
        }
        save("simulation.yaml", draft.get().text(), "simulation '" + draft.get().scenario() + "' on the twin of " + twinId, author, scenarioText);
        return draft;
    }

    /** The scenario a plan made from a simulation runs again on its twin runs; empty for other plans, or when it was not given. */
    public Optional<io.twinbench.sim.scenario.Scenario> scenario(String planId) throws io.twinbench.sim.scenario.ScenarioFormatException {
        Optional<String> text = store.library().draft(planId).map(PlanLibrary.Draft::scenario);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new io.twinbench.sim.scenario.ScenarioReader().read(planId + " scenario.yaml", text.get()));
    }

    /** For each endpoint the plan names whose twin the store holds: what the plan changes there, read against that twin. */
    public Map<String, List<String>> changesOnTwins(Plan plan) {
        Map<String, List<String>> changes = new LinkedHashMap<>();
        for (String endpoint : plan.targets().endpoints()) {
            store.snapshots().latest(endpoint).ifPresent(twin -> changes.put(endpoint, PlanChangesOnTwin.of(plan, twin)));
        }
        return changes;
    }

    /** The newest snapshot version of each of the plan's endpoints' twins: when they change, {@link #changesOnTwins} must be read again. */
    public List<Long> twinsVersions(Plan plan) {
        return plan.targets().endpoints().stream().map(endpoint -> store.snapshots().latestVersionNumber(endpoint)).toList();
    }

    public Plan plan(String planId) throws PlanFormatException {
        PlanLibrary.Draft draft = store.library().draft(planId).orElseThrow(() -> new IllegalArgumentException("the workspace has no plan " + planId
                + ": add it with ./twinbench plan new FILE"));
        return new PlanReader().read(planId + ".yaml", draft.document());
    }

    /** The plan's artifacts from the workspace, by name; an error names the first one missing. */
    public Map<String, byte[]> artifacts(Plan plan) throws IOException {
        return artifacts(plan, null);
    }

    /**
     * The plan's artifacts by name: each from {@code dir} (a plan file's or an envelope's folder;
     * null for none), checked against the digest the plan pins, or else from the workspace. An
     * error names the first artifact that is neither there nor in the workspace, or not the one pinned.
     */
    public Map<String, byte[]> artifacts(Plan plan, Path dir) throws IOException {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        for (Artifact artifact : plan.artifacts()) {
            Path path = dir == null ? null : dir.resolve(artifact.name());
            byte[] data = path != null && Files.isRegularFile(path) ? Files.readAllBytes(path) : store.plans().artifact(artifact.sha256()).orElse(null);
            if (data == null) {
                throw new IOException("artifact " + artifact.name() + " of plan " + plan.id() + " is neither " + (dir == null ? "" : "in " + dir + " nor ")
                        + "in the workspace: add the plan again from a folder that holds it");
            }
            if (!PlanDocument.sha256(data).equals(artifact.sha256())) {
                throw new IOException(path + " is not the artifact plan " + plan.id() + " pins (its SHA-256 differs)");
            }
            bytes.put(artifact.name(), data);
        }
        return bytes;
    }

    public List<PlanStatus> statuses() throws IOException {
        return statuses(store.plans().all());
    }

    /** As {@link #statuses()}, with every delivery of the workspace already read (a view that lists them too reads them once). */
    public List<PlanStatus> statuses(List<PlanDeliveries.Delivery> all) throws IOException {
        TrustRoot root = rootOrNull();
        List<PlanStatus> statuses = new ArrayList<>();
        for (PlanLibrary.Draft draft : store.library().drafts()) {
            statuses.add(status(draft, root, all.stream().filter(d -> d.planId().equals(draft.planId())).toList()));
        }
        return statuses;
    }

    public Optional<PlanStatus> status(String planId) throws IOException {
        Optional<PlanLibrary.Draft> draft = store.library().draft(planId);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(status(draft.get(), rootOrNull(), store.plans().ofPlan(planId)));
    }

    /** The workspace's root of trust, if it has one. */
    public Optional<TrustRoot> trustRoot() throws IOException {
        return Optional.ofNullable(rootOrNull());
    }

    private TrustRoot rootOrNull() throws IOException {
        try {
            return trust.root().orElse(null);
        } catch (TrustException e) {
            throw new IOException("the workspace's root of trust (" + trust.file() + ") does not verify: " + e.getMessage(), e);
        }
    }

    private PlanStatus status(PlanLibrary.Draft draft, TrustRoot root, List<PlanDeliveries.Delivery> deliveries) {
        Plan plan = null;
        String error = null;
        try {
            plan = new PlanReader().read(draft.planId() + ".yaml", draft.document());
        } catch (PlanFormatException e) {
            error = e.getMessage();
        }
        String digest = plan == null ? "" : PlanDocument.digest(plan);
        List<PlanTrials.Trial> trials = plan == null ? List.of() : store.trials().of(digest);
        Optional<PlanTrials.Override> override = plan == null ? Optional.empty() : store.trials().overrideOf(digest);
        Optional<PlanLibrary.Approval> approval = store.library().approvals(draft.planId()).stream().filter(a -> a.planDigest().equals(digest)).findFirst();
        List<String> signers = approval.map(a -> signers(root, a)).orElse(List.of());
        int threshold = root == null ? 0 : root.threshold();
        List<PlanDeliveries.Delivery> pushed = approval.map(a -> deliveries.stream().filter(d -> d.version() == a.version()).toList()).orElse(List.of());
        PlanState state;
        if (!pushed.isEmpty()) {
            state = pushed.stream().anyMatch(d -> d.state().equals("refused")) ? PlanState.REFUSED
                    : pushed.stream().anyMatch(d -> d.state().equals("rolled-back")) ? PlanState.ROLLED_BACK
                    : pushed.stream().allMatch(d -> d.state().equals("confirmed")) ? PlanState.APPLIED : PlanState.DELIVERED;
        } else if (approval.isPresent()) {
            state = root != null && (signers.size() >= threshold || preApproved(root, approval.get())) ? PlanState.SIGNED : PlanState.APPROVED;
        } else if (!trials.isEmpty()) {
            state = trials.get(0).passed() ? PlanState.TESTED : PlanState.FAILED_ON_TWIN;
        } else {
            state = PlanState.DRAFT;
        }
        return new PlanStatus(draft, plan, error, digest, state, trials, override, approval, signers, threshold, pushed);
    }

    /** Whether a key the root pre-approves signed this version, and it stays inside the pre-approval on every endpoint it names. */
    private static boolean preApproved(TrustRoot root, PlanLibrary.Approval approval) {
        Envelope envelope = Envelope.fromJsonUnchecked(approval.envelope());
        PlanVerifier verifier = new PlanVerifier(root);
        try {
            Plan plan = PlanStatement.contents(envelope);
            for (String endpoint : plan.targets().endpoints()) {
                verifier.verify(envelope, endpoint, 0, java.time.Instant.EPOCH);
            }
            return !plan.targets().endpoints().isEmpty();
        } catch (TrustException e) {
            return false;
        }
    }

    private static List<String> signers(TrustRoot root, PlanLibrary.Approval approval) {
        return root == null ? approval.signers() : names(root, Envelope.fromJsonUnchecked(approval.envelope()));
    }

    private static List<String> names(TrustRoot root, Envelope envelope) {
        return root.signersOf(envelope).stream().map(PublicKey::name).toList();
    }

    /**
     * Approves the plan as written by signing it: a new version (above every earlier one, with its
     * expiry and endpoints fixed now), or one more signature on the version that still needs some.
     *
     * @param override the written reason to approve without a passing twin run, or null
     * @param endpoints the agent ids, when the plan names only a selector (else null)
     */
    public PlanLibrary.Approval approve(String planId, SigningKey key, String override, Duration validity, List<String> endpoints, String author)
            throws PlanFormatException, IOException, TrustException {
        Plan plan = plan(planId);
        PlanStatus status = status(planId).orElseThrow();
        String digest = status.digest();
        Optional<PlanLibrary.Approval> open = status.state() == PlanState.APPROVED ? status.approval() : Optional.empty();
        Instant now = clock.instant();
        if (open.isPresent() && open.get().expires().isAfter(now)) {
            Envelope envelope = Envelope.fromJson(open.get().envelope());
            if (envelope.signatures().stream().anyMatch(s -> s.keyid().equals(key.keyId()))) {
                throw new IllegalArgumentException(key.publicKey().name() + " already signed version " + open.get().version() + " of plan " + planId
                        + ": another approver must co-sign it");
            }
            return keep(planId, open.get().version(), digest, envelope.withSignature(key.sign(envelope)), open.get().expires(), now);
        }
        requireTwinRunOrOverride(plan, override, author);
        List<String> ids = endpoints != null && !endpoints.isEmpty() ? endpoints : plan.targets().endpoints();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("plan " + planId + " names only a selector (" + plan.targets().selector() + "): give the agent ids it is for");
        }
        long version = Math.max(now.getEpochSecond(), store.library().approvals(planId).stream().mapToLong(a -> a.version() + 1).max().orElse(0));
        Instant expires = now.plus(validity);
        Envelope envelope = PlanStatement.unsigned(plan.approvedAs(version, expires, ids));
        return keep(planId, version, digest, envelope.withSignature(key.sign(envelope)), expires, now);
    }

    /** Brings back an envelope an approver signed elsewhere (plan sign on another machine): it must be a version of this workspace's plan. */
    public PlanLibrary.Approval importSigned(byte[] json) throws TrustException, IOException {
        Envelope envelope = Envelope.fromJson(json);
        Map.Entry<String, Long> claimed = PlanStatement.claimed(envelope);
        PlanLibrary.Approval known = store.library().approvals(claimed.getKey()).stream().filter(a -> a.version() == claimed.getValue()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("version " + claimed.getValue() + " of plan " + claimed.getKey()
                        + " was not approved in this workspace: approve it here first, then have it co-signed"));
        Envelope ours = Envelope.fromJson(known.envelope());
        if (!java.util.Arrays.equals(ours.payload(), envelope.payload())) {
            throw new TrustException(TrustException.Reason.TAMPERED, "the envelope's plan differs from version " + known.version() + " as approved here");
        }
        Envelope merged = ours;
        for (Envelope.Signature signature : envelope.signatures()) {
            if (merged.signatures().stream().noneMatch(s -> s.keyid().equals(signature.keyid()))) {
                merged = merged.withSignature(signature);
            }
        }
        return keep(known.planId(), known.version(), known.planDigest(), merged, known.expires(), clock.instant());
    }

    private PlanLibrary.Approval keep(String planId, long version, String digest, Envelope envelope, Instant expires, Instant now) throws IOException {
        TrustRoot root = rootOrNull();
        List<String> signers = root == null ? List.of() : names(root, envelope);
        PlanLibrary.Approval approval = new PlanLibrary.Approval(planId, version, digest, envelope.toJson(), signers, expires, now);
        store.library().approve(approval);
        return approval;
    }

    /**
     * A plan is approved only when exactly this text passed on every twin it was last tried on
     * (one per distinct endpoint image, as twin-run picks them), or with a written override, which
     * is recorded; true when the override was needed.
     */
    public boolean requireTwinRunOrOverride(Plan plan, String override, String author) {
        String digest = PlanDocument.digest(plan);
        // each twin's newest run of this text counts: a pass on one image does not outweigh a failure on another
        Map<String, PlanTrials.Trial> newest = new LinkedHashMap<>();
        for (PlanTrials.Trial trial : store.trials().of(digest)) {
            newest.putIfAbsent(trial.twinId(), trial);
        }
        PlanTrials.Trial failed = newest.values().stream().filter(t -> !t.passed()).findFirst().orElse(null);
        if (!newest.isEmpty() && failed == null) {
            return false;
        }
        if (override == null || override.isBlank()) {
            throw new IllegalArgumentException("plan " + plan.id() + (failed == null ? " was not tried on a twin"
                    : " failed on the twin of " + failed.twinId() + " (" + failed.summary() + ")")
                    + ": try it with ./twinbench plan twin-run, or approve it anyway with --override REASON");
        }
        store.trials().override(new PlanTrials.Override(digest, plan.id(), override.strip(), author, clock.instant()));
        return true;
    }

    /** The newest approval of the plan as written, if it has every signature the root requires. */
    public PlanLibrary.Approval signed(String planId) throws IOException, PlanFormatException {
        PlanStatus status = status(planId).orElseThrow(() -> new IllegalArgumentException("the workspace has no plan " + planId));
        if (status.error() != null) {
            throw new IllegalArgumentException(status.error());
        }
        PlanLibrary.Approval approval = status.approval().orElseThrow(() -> new IllegalArgumentException("plan " + planId + " is not approved yet"));
        // signed also when a key the root pre-approves signed a plan inside its pre-approval
        TrustRoot root = rootOrNull();
        if (status.signers().size() < Math.max(1, status.threshold()) && (root == null || !preApproved(root, approval))) {
            throw new IllegalArgumentException("plan " + planId + " has " + status.signers().size() + " of the " + status.threshold()
                    + " signatures the root requires");
        }
        return approval;
    }

    /** Queues a signed envelope for each endpoint it names, after the check every agent will make; returns what happened per endpoint. */
    public Map<String, Boolean> push(byte[] envelopeJson, Map<String, byte[]> artifactsByName, String by) throws IOException, TrustException {
        Plan plan = verified(envelopeJson);
        storeArtifacts(plan, artifactsByName);
        Map<String, Boolean> queued = new LinkedHashMap<>();
        for (String endpoint : plan.targets().endpoints()) {
            queued.put(endpoint, store.plans().push(endpoint, plan.id(), plan.version(), plan.title(), envelopeJson, plan.expires(), by, clock.instant()));
        }
        return queued;
    }

    /** The plan a signed envelope holds, once verified against the workspace's root as its agents will verify it. */
    public Plan verified(byte[] envelopeJson) throws IOException, TrustException {
        TrustRoot root = trust.required();
        Envelope envelope = Envelope.fromJson(envelopeJson);
        Plan plan = PlanStatement.contents(envelope);
        String first = plan.targets().endpoints().isEmpty() ? "" : plan.targets().endpoints().get(0);
        try {
            return new PlanVerifier(root).verify(envelope, first, 0, clock.instant());
        } catch (TrustException e) {
            throw new TrustException(e.reason(), "not pushed, the agents would refuse it: " + e.getMessage());
        }
    }

    /** Keeps a plan's artifacts in the workspace, each checked against the digest the plan pins, so the collector can send them. */
    public void storeArtifacts(Plan plan, Map<String, byte[]> artifactsByName) throws IOException {
        for (Artifact artifact : plan.artifacts()) {
            byte[] data = artifactsByName.get(artifact.name());
            if (data == null) {
                data = store.plans().artifact(artifact.sha256()).orElse(null);
            }
            if (data == null || !PlanDocument.sha256(data).equals(artifact.sha256())) {
                throw new IOException("artifact " + artifact.name() + (data == null ? " is missing" : " is not the one the plan pins (SHA-256 differs)"));
            }
            store.plans().putArtifact(artifact.sha256(), artifact.name(), data);
        }
    }

    /** A plan's signed version as its agents verify it. */
    public record Ready(Plan plan, byte[] envelope) {
    }

    /** The plan's signed version (see {@link #signed}), verified as its agents will verify it, with its artifacts kept for the collector to send. */
    public Ready ready(String planId) throws IOException, TrustException, PlanFormatException {
        byte[] envelope = signed(planId).envelope();
        Plan plan = verified(envelope);
        storeArtifacts(plan, Map.of());
        return new Ready(plan, envelope);
    }

    /** Pushes the plan's signed version (see {@link #signed}). */
    public Map<String, Boolean> push(String planId, String by) throws IOException, TrustException, PlanFormatException {
        return push(signed(planId).envelope(), Map.of(), by);
    }
}
