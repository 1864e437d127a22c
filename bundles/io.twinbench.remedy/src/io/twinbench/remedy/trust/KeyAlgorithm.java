package io.twinbench.remedy.trust;

import java.util.Locale;

/**
 * The signature schemes an approver's key may use: Ed25519, or ECDSA on P-256 with SHA-256 for
 * approvers whose keys live in hardware that has no Ed25519. ECDSA signatures are DER, with
 * deterministic nonces (RFC 6979), as {@code openssl dgst -sha256 -verify} reads them.
 */
public enum KeyAlgorithm {
    ED25519("ed25519"), ECDSA_P256("ecdsa-p256");

    private final String label;

    KeyAlgorithm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static KeyAlgorithm named(String label) {
        for (KeyAlgorithm a : values()) {
            if (a.label.equals(label.toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        throw new IllegalArgumentException("no key algorithm " + label + ": ed25519 or ecdsa-p256");
    }
}
