package io.twinbench.agent;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.twinbench.inventory.SecretRedactor;

/**
 * Lines of the authentication and audit logs and of application logs, as anyone on the endpoint
 * can make them appear there: parsed into events (or none), secrets masked, without failing.
 */
class SecurityLogFuzzTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final AuthLogParser AUTH = new AuthLogParser("auth.log", CLOCK, SecretRedactor.defaults());
    private static final AuditLogParser AUDIT = new AuditLogParser("audit.log", SecretRedactor.defaults());
    private static final AppLogParser APP = new AppLogParser("app.log", CLOCK, SecretRedactor.defaults());

    @FuzzTest
    void logLines(byte[] data) {
        for (String line : new String(data, StandardCharsets.UTF_8).split("\n", 8)) {
            AUTH.parse(line);
            AUDIT.parse(line);
            APP.parse(line);
        }
    }
}
