package io.twinbench.remedy.trust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * A DSSE envelope (github.com/secure-systems-lab/dsse): a payload, its type and signatures over
 * the pre-authentication encoding of both, so a signature can never be taken for one over a
 * payload of another type.
 */
public record Envelope(String payloadType, byte[] payload, List<Signature> signatures) {

    public static final int MAX_BYTES = 64 << 20;
    public static final int MAX_SIGNATURES = 32;

    public record Signature(String keyid, byte[] sig) {
    }

    public Envelope {
        payload = payload.clone();
        signatures = List.copyOf(signatures);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body. */
    public static byte[] pae(String payloadType, byte[] payload) {
        byte[] type = payloadType.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("DSSEv1 " + type.length + " " + payloadType + " " + payload.length + " ").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + payload.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(payload, 0, all, head.length, payload.length);
        return all;
    }

    public byte[] pae() {
        return pae(payloadType, payload);
    }

    public Envelope withSignature(Signature signature) {
        List<Signature> all = new ArrayList<>(signatures);
        all.removeIf(s -> s.keyid().equals(signature.keyid()));
        all.add(signature);
        return new Envelope(payloadType, payload, all);
    }

    public byte[] toJson() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("payloadType", payloadType);
        map.put("payload", Base64.getEncoder().encodeToString(payload));
        map.put("signatures", signatures.stream().map(s -> Map.of("keyid", s.keyid(), "sig", Base64.getEncoder().encodeToString(s.sig())))
                .toList());
        try {
            return JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asBytes(map);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Envelope fromJson(byte[] json) throws TrustException {
        if (json.length > MAX_BYTES) {
            throw new TrustException(TrustException.Reason.MALFORMED, "the envelope has " + json.length + " bytes, more than " + MAX_BYTES);
        }
        try {
            Map<String, Object> map = JSON.std.mapFrom(json);
            String type = text(map, "payloadType");
            byte[] payload = Base64.getDecoder().decode(text(map, "payload"));
            List<Signature> signatures = new ArrayList<>();
            if (!(map.get("signatures") instanceof List<?> list) || list.isEmpty() || list.size() > MAX_SIGNATURES) {
                throw new TrustException(TrustException.Reason.UNSIGNED, "the envelope carries no signatures (or more than " + MAX_SIGNATURES + ")");
            }
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> s) || !(s.get("sig") instanceof String sig)) {
                    throw new TrustException(TrustException.Reason.MALFORMED, "a signature has no 'sig'");
                }
                signatures.add(new Signature(s.get("keyid") instanceof String k ? k : "", Base64.getDecoder().decode(sig)));
            }
            return new Envelope(type, payload, signatures);
        } catch (IOException | IllegalArgumentException e) {
            throw new TrustException(TrustException.Reason.MALFORMED, "not a DSSE envelope: " + e.getMessage());
        }
    }

    /** For envelopes this side made: their JSON is known to be well formed. */
    public static Envelope fromJsonUnchecked(byte[] json) {
        try {
            return fromJson(json);
        } catch (TrustException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String text(Map<String, Object> map, String field) throws TrustException {
        if (!(map.get(field) instanceof String value)) {
            throw new TrustException(TrustException.Reason.MALFORMED, "the envelope has no '" + field + "'");
        }
        return value;
    }
}
