package io.twinbench.inventory;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The secret patterns over any text an endpoint sends: they end (no pattern backtracks for ever on
 * a crafted line, which would stall the collector), and masking only takes text away: what is left
 * besides the masks is the input with parts left out, never text of its own.
 */
class SecretRedactorFuzzTest {

    private static final SecretRedactor REDACTOR = SecretRedactor.defaults();

    @FuzzTest
    void anyText(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        String once = REDACTOR.redact(text);
        REDACTOR.redactAttributes(java.util.Map.of(text, text));
        String kept = once.replace(SecretRedactor.MASK, "");
        int at = 0;
        for (int i = 0; i < kept.length(); i++) {
            at = text.indexOf(kept.charAt(i), at);
            if (at < 0) {
                throw new IllegalStateException("masking invented text: " + once + " from " + text);
            }
            at++;
        }
    }
}
