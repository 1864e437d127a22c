package io.twinbench.protocol;

import java.util.regex.Pattern;

/**
 * The one-time token an agent trades for its certificate: {@code twb2-<secret>-<pin>}, where
 * the pin is the first 128 bits of the workbench CA's SHA-256 fingerprint, so the agent can
 * check whom it talks to before it sends the secret (64 bits, as twb1 tokens had, could be
 * matched by a CA made to collide).
 */
public record EnrollmentToken(String value) {

    public static final String PREFIX = "twb2";
    /** Hex digits of the CA fingerprint a token pins: 128 bits. */
    public static final int PIN_HEX = 32;
    private static final Pattern FORM = Pattern.compile(PREFIX + "-[0-9a-f]{32}-[0-9a-f]{" + PIN_HEX + "}");

    public EnrollmentToken {
        if (value != null && value.strip().startsWith("twb1-")) {
            throw new IllegalArgumentException("a twb1 enrolment token pins only 64 bits of the workbench's CA:"
                    + " make a new token with this workbench (it starts with " + PREFIX + "-)");
        }
        if (value == null || !FORM.matcher(value.strip()).matches()) {
            throw new IllegalArgumentException("not a Twinbench enrolment token (expected " + PREFIX + "-<32 hex>-<" + PIN_HEX + " hex>)");
        }
        value = value.strip();
    }

    /** The CA fingerprint prefix this token pins. */
    public String caFingerprintPrefix() {
        return value.substring(value.lastIndexOf('-') + 1);
    }

    /** Secrets stay out of logs. */
    @Override
    public String toString() {
        return PREFIX + "-…-" + caFingerprintPrefix();
    }
}
