package io.twinbench.protocol;

import java.util.regex.Pattern;

/**
 * The one-time token an agent trades for its certificate: {@code twb1-<secret>-<pin>}, where
 * the pin is the start of the workbench CA's SHA-256 fingerprint, so the agent can check whom
 * it talks to before it sends the secret.
 */
public record EnrollmentToken(String value) {

    public static final String PREFIX = "twb1";
    private static final Pattern FORM = Pattern.compile(PREFIX + "-[0-9a-f]{32}-[0-9a-f]{16}");

    public EnrollmentToken {
        if (value == null || !FORM.matcher(value.strip()).matches()) {
            throw new IllegalArgumentException("not a Twinbench enrolment token (expected " + PREFIX + "-<32 hex>-<16 hex>)");
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
