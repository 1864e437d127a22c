package io.twinbench.inventory;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The secret patterns over any text an endpoint sends: they end (no pattern backtracks for ever on
 * a crafted line, which would stall the collector), and masking twice changes nothing more.
 */
class SecretRedactorFuzzTest {

    private static final SecretRedactor REDACTOR = SecretRedactor.defaults();

    @FuzzTest
    void anyText(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        String once = REDACTOR.redact(text);
        REDACTOR.redactAttributes(java.util.Map.of(text, text));
        if (!REDACTOR.redact(once).equals(once)) {
            throw new IllegalStateException("masking is not idempotent on: " + text);
        }
    }
}
