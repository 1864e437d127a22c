package io.twinbench.remedy.trust;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * The root of trust an agent keeps: the approvers' keys and how many of them must sign a plan
 * ({@code threshold}: one by default, two for a four-eyes rule). A root is itself signed by its
 * keys, and replaced only by a next version signed to the thresholds of both ({@link RootVerifier}).
 * The approvers may also record pre-approvals ({@link Delegation}): kinds of action a named key
 * may sign by itself for named endpoints.
 */
public record TrustRoot(long version, int threshold, List<PublicKey> keys, Instant expires, List<Delegation> delegations) {

    public static final String PAYLOAD_TYPE = "application/vnd.twinbench.root+json";

    public TrustRoot {
        keys = List.copyOf(keys);
        delegations = List.copyOf(delegations);
        if (threshold < 1 || threshold > keys.size()) {
            throw new IllegalArgumentException("a threshold of " + threshold + " cannot be met by " + keys.size() + " key(s)");
        }
        for (Delegation d : delegations) {
            if (keys.stream().anyMatch(k -> k.keyId().equals(d.key().keyId()))) {
                throw new IllegalArgumentException("key " + d.key().name() + " is an approver's: a pre-approval needs a key of its own");
            }
        }
    }

    public TrustRoot(long version, int threshold, List<PublicKey> keys, Instant expires) {
        this(version, threshold, keys, expires, List.of());
    }

    public java.util.Optional<Delegation> delegation(String keyId) {
        return delegations.stream().filter(d -> d.key().keyId().equals(keyId)).findFirst();
    }

    public java.util.Optional<PublicKey> key(String keyId) {
        return keys.stream().filter(k -> k.keyId().equals(keyId)).findFirst();
    }

    public byte[] toJson() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("_type", "twinbench-root");
        map.put("version", version);
        map.put("threshold", threshold);
        map.put("keys", keys.stream().map(k -> Map.of("keyid", k.keyId(), "name", k.name(), "scheme", k.algorithm().label(), "public", k.base64())).toList());
        if (expires != null) {
            map.put("expires", expires.toString());
        }
        if (!delegations.isEmpty()) {
            map.put("delegations", delegations.stream().map(d -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", d.name());
                m.put("keyid", d.key().keyId());
                m.put("scheme", d.key().algorithm().label());
                m.put("public", d.key().base64());
                m.put("endpoints", d.endpoints());
                m.put("actions", d.actions());
                return m;
            }).toList());
        }
        try {
            return JSON.std.asBytes(map);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TrustRoot fromJson(byte[] json) throws TrustException {
        try {
            Map<String, Object> map = JSON.std.mapFrom(json);
            if (!"twinbench-root".equals(map.get("_type"))) {
                throw new TrustException(TrustException.Reason.MALFORMED, "not a Twinbench root");
            }
            List<PublicKey> keys = new java.util.ArrayList<>();
            if (!(map.get("keys") instanceof List<?> list)) {
                throw new TrustException(TrustException.Reason.MALFORMED, "the root lists no keys");
            }
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> k) || !(k.get("public") instanceof String pub)) {
                    throw new TrustException(TrustException.Reason.MALFORMED, "a key of the root has no 'public'");
                }
                PublicKey key = PublicKey.parse(String.valueOf(k.get("name")), pub);
                if (k.get("keyid") != null && !key.keyId().equals(k.get("keyid"))) {
                    throw new TrustException(TrustException.Reason.MALFORMED, "key " + key.name() + " has the wrong keyid");
                }
                keys.add(key);
            }
            Instant expires = map.get("expires") instanceof String s ? Instant.parse(s) : null;
            List<Delegation> delegations = new java.util.ArrayList<>();
            if (map.get("delegations") instanceof List<?> items) {
                for (Object item : items) {
                    if (!(item instanceof Map<?, ?> d) || !(d.get("public") instanceof String pub) || !(d.get("endpoints") instanceof List<?> endpoints)
                            || !(d.get("actions") instanceof List<?> actions)) {
                        throw new TrustException(TrustException.Reason.MALFORMED, "a pre-approval of the root lacks its key, endpoints or actions");
                    }
                    PublicKey key = PublicKey.parse(String.valueOf(d.get("name")), pub);
                    if (d.get("keyid") != null && !key.keyId().equals(d.get("keyid"))) {
                        throw new TrustException(TrustException.Reason.MALFORMED, "pre-approval " + key.name() + " has the wrong keyid");
                    }
                    delegations.add(new Delegation(key.name(), key, endpoints.stream().map(String::valueOf).toList(),
                            actions.stream().map(String::valueOf).toList()));
                }
            }
            return new TrustRoot(((Number) map.get("version")).longValue(), ((Number) map.get("threshold")).intValue(), keys, expires, delegations);
        } catch (IOException | RuntimeException e) {
            throw new TrustException(TrustException.Reason.MALFORMED, "not a valid root: " + e.getMessage());
        }
    }

    /** An unsigned envelope around this root, for its keys to sign. */
    public Envelope envelope() {
        return new Envelope(PAYLOAD_TYPE, toJson(), List.of());
    }

    /** The keys of this root whose signatures on the envelope verify, each once, in the order they signed. */
    public List<PublicKey> signersOf(Envelope envelope) {
        byte[] pae = envelope.pae();
        java.util.Map<String, PublicKey> good = new java.util.LinkedHashMap<>();
        for (Envelope.Signature signature : envelope.signatures()) {
            key(signature.keyid()).filter(k -> k.verifies(pae, signature.sig())).ifPresent(k -> good.putIfAbsent(k.keyId(), k));
        }
        return List.copyOf(good.values());
    }
}
