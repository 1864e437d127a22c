package io.twinbench.capture;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.twinbench.capture.syscall.StraceParser;
import io.twinbench.capture.syscall.SyscallEvent;
import io.twinbench.inventory.SecretRedactor;

/**
 * strace's output, whose strings a traced process chooses: any line is parsed or skipped, never
 * thrown on, and an event's arguments stay within their bound.
 */
class StraceFuzzTest {

    private static final String PREFIX = "1234 1700000000.000001 ";

    @FuzzTest
    void anyLines(byte[] data) {
        StraceParser parser = new StraceParser(SecretRedactor.defaults());
        String text = new String(data, StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            for (String candidate : new String[] {line, PREFIX + line}) {
                SyscallEvent event = parser.parse(candidate);
                if (event != null && event.arguments().length() > SyscallEvent.MAX_ARGUMENTS + 1) {
                    throw new IllegalStateException("arguments past their bound: " + event.arguments().length());
                }
            }
        }
    }
}
