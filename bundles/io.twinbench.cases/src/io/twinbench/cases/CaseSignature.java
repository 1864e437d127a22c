package io.twinbench.cases;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.jr.ob.JSON;

import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.PublicKey;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustException;

/**
 * The exporting analyst's signature over a bundle: an in-toto statement whose subjects are the
 * bag's manifests and whose predicate lists every payload file with its digest, in a DSSE
 * envelope. Holding the file list itself (not only the manifest's digest) lets verification
 * name the changed files even when someone rewrote the manifest to match them.
 */
public final class CaseSignature {

    public static final String PAYLOAD_TYPE = "application/vnd.in-toto+json";
    public static final String PREDICATE_TYPE = "https://twinbench.io/case-bundle/v1";

    /** What a valid signature states. */
    public record Statement(String caseId, String caseName, String exportedBy, Instant exportedAt, String tool, Map<String, String> subjects,
            Map<String, String> files, PublicKey signer) {
    }

    private CaseSignature() {
    }

    public static byte[] sign(SigningKey key, String caseId, String caseName, String exportedBy, Instant at, String tool,
            Map<String, String> subjects, Map<String, String> files) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("_type", "https://in-toto.io/Statement/v1");
        statement.put("subject", subjects.entrySet().stream().map(e -> Map.of("name", e.getKey(), "digest", Map.of("sha256", e.getValue()))).toList());
        statement.put("predicateType", PREDICATE_TYPE);
        Map<String, Object> predicate = new LinkedHashMap<>();
        predicate.put("case", caseId);
        predicate.put("name", caseName);
        predicate.put("exportedBy", exportedBy);
        predicate.put("exportedAt", at.toString());
        predicate.put("tool", tool);
        predicate.put("signer", Map.of("name", key.publicKey().name(), "keyid", key.keyId(), "spki", key.publicKey().base64()));
        predicate.put("files", new TreeMap<>(files));
        statement.put("predicate", predicate);
        try {
            Envelope unsigned = new Envelope(PAYLOAD_TYPE, JSON.std.asBytes(statement), List.of());
            return unsigned.withSignature(key.sign(unsigned)).toJson();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statement, once its signature is checked against the key it names. */
    public static Statement verify(byte[] json) throws TrustException {
        Envelope envelope = Envelope.fromJson(json);
        if (!PAYLOAD_TYPE.equals(envelope.payloadType())) {
            throw new TrustException(TrustException.Reason.MALFORMED, "the signature is over a " + envelope.payloadType() + ", not an in-toto statement");
        }
        Map<String, Object> statement;
        try {
            statement = JSON.std.mapFrom(envelope.payload());
        } catch (IOException e) {
            throw new TrustException(TrustException.Reason.MALFORMED, "the signed statement is not JSON: " + e.getMessage());
        }
        if (!PREDICATE_TYPE.equals(statement.get("predicateType")) || !(statement.get("predicate") instanceof Map<?, ?> predicate)) {
            throw new TrustException(TrustException.Reason.MALFORMED, "the signed statement is not about a Twinbench case");
        }
        if (!(predicate.get("signer") instanceof Map<?, ?> signer)) {
            throw new TrustException(TrustException.Reason.MALFORMED, "the statement names no signer");
        }
        PublicKey key = PublicKey.parse(String.valueOf(signer.get("name")), String.valueOf(signer.get("spki")));
        boolean signed = envelope.signatures().stream()
                .anyMatch(s -> s.keyid().equals(key.keyId()) && key.verifies(envelope.pae(), s.sig()));
        if (!signed) {
            throw new TrustException(TrustException.Reason.TAMPERED, "the statement is not signed by the key it names (" + key.name() + ", "
                    + key.keyId() + "): it was altered after signing");
        }
        Map<String, String> subjects = new TreeMap<>();
        if (statement.get("subject") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> s && s.get("digest") instanceof Map<?, ?> d) {
                    subjects.put(String.valueOf(s.get("name")), String.valueOf(d.get("sha256")));
                }
            }
        }
        Map<String, String> files = new TreeMap<>();
        if (predicate.get("files") instanceof Map<?, ?> f) {
            f.forEach((k, v) -> files.put(String.valueOf(k), String.valueOf(v)));
        }
        Instant at;
        try {
            at = Instant.parse(String.valueOf(predicate.get("exportedAt")));
        } catch (java.time.format.DateTimeParseException e) {
            throw new TrustException(TrustException.Reason.MALFORMED, "the statement's exportedAt is not a time");
        }
        return new Statement(String.valueOf(predicate.get("case")), String.valueOf(predicate.get("name")), String.valueOf(predicate.get("exportedBy")),
                at, String.valueOf(predicate.get("tool")), subjects, files, key);
    }

}
