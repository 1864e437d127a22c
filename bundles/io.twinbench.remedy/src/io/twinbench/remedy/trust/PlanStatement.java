package io.twinbench.remedy.trust;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.jr.ob.JSON;

import io.twinbench.remedy.plan.Artifact;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanDocument;
import io.twinbench.remedy.plan.PlanFormatException;
import io.twinbench.remedy.plan.PlanReader;

/**
 * A plan as an in-toto Statement v1: its subjects are the plan's digest (of its canonical JSON)
 * and each artifact's digest, its predicate the plan itself. Signing the statement therefore
 * signs every byte an endpoint will act on.
 */
public final class PlanStatement {

    public static final String PAYLOAD_TYPE = "application/vnd.in-toto+json";
    public static final String STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
    public static final String PREDICATE_TYPE = "https://twinbench.io/remediation-plan/v1";

    private PlanStatement() {
    }

    public static Envelope unsigned(Plan plan) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("_type", STATEMENT_TYPE);
        List<Object> subjects = new ArrayList<>();
        subjects.add(subject("plan/" + plan.id(), PlanDocument.digest(plan)));
        for (Artifact artifact : plan.artifacts()) {
            subjects.add(subject("artifact/" + artifact.name(), artifact.sha256()));
        }
        statement.put("subject", subjects);
        statement.put("predicateType", PREDICATE_TYPE);
        statement.put("predicate", PlanDocument.tree(plan));
        try {
            return new Envelope(PAYLOAD_TYPE, JSON.std.asBytes(statement), List.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> subject(String name, String sha256) {
        return Map.of("name", name, "digest", Map.of("sha256", sha256));
    }

    /**
     * What an envelope claims to be (plan id and version) before anything about it is trusted,
     * only so a refusal can be reported against the delivery it came in; "unknown" when unreadable.
     */
    public static Map.Entry<String, Long> claimed(Envelope envelope) {
        try {
            Map<String, Object> statement = JSON.std.mapFrom(envelope.payload());
            if (statement.get("predicate") instanceof Map<?, ?> plan && plan.get("id") instanceof String id
                    && plan.get("version") instanceof Number version) {
                return Map.entry(id.length() > 100 ? id.substring(0, 100) : id, Math.max(0, version.longValue()));
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: reported as unknown
        }
        return Map.entry("unknown", 0L);
    }

    /**
     * The plan an envelope carries, its digests checked but not its signatures: for showing what a
     * stored plan says. Anything that acts on a plan verifies it with {@link PlanVerifier}.
     */
    public static Plan contents(Envelope envelope) throws TrustException {
        return plan(envelope);
    }

    /** The plan in a statement whose signatures were already verified; its digests must match the subjects. */
    static Plan plan(Envelope envelope) throws TrustException {
        if (!PAYLOAD_TYPE.equals(envelope.payloadType())) {
            throw new TrustException(TrustException.Reason.MALFORMED, "payload type " + envelope.payloadType() + " is not an in-toto statement");
        }
        Map<String, Object> statement;
        try {
            statement = JSON.std.mapFrom(envelope.payload());
        } catch (IOException e) {
            throw new TrustException(TrustException.Reason.MALFORMED, "the statement is not JSON: " + e.getMessage());
        }
        if (!STATEMENT_TYPE.equals(statement.get("_type")) || !PREDICATE_TYPE.equals(statement.get("predicateType"))) {
            throw new TrustException(TrustException.Reason.MALFORMED, "not a Twinbench plan statement");
        }
        Plan plan;
        try {
            plan = new PlanReader().readParsed("signed plan", statement.get("predicate"));
        } catch (PlanFormatException e) {
            throw new TrustException(TrustException.Reason.MALFORMED, e.getMessage());
        }
        Map<String, String> digests = new LinkedHashMap<>();
        if (statement.get("subject") instanceof List<?> subjects) {
            for (Object s : subjects) {
                if (s instanceof Map<?, ?> subject && subject.get("digest") instanceof Map<?, ?> digest) {
                    digests.put(String.valueOf(subject.get("name")), String.valueOf(digest.get("sha256")));
                }
            }
        }
        if (!PlanDocument.digest(plan).equals(digests.get("plan/" + plan.id()))) {
            throw new TrustException(TrustException.Reason.DIGEST_MISMATCH, "the plan's digest is not the statement's subject");
        }
        for (Artifact artifact : plan.artifacts()) {
            if (!artifact.sha256().equals(digests.get("artifact/" + artifact.name()))) {
                throw new TrustException(TrustException.Reason.DIGEST_MISMATCH, "artifact " + artifact.name() + " is not a subject of the statement");
            }
        }
        return plan;
    }
}
