package io.twinbench.shadow;

import java.util.List;

/**
 * One way the twin behaved otherwise than the live endpoint on the same requests: how much it
 * matters to a security analyst (critical first), what kind it is, the requests it showed on, in
 * words, and the evidence of each side (system calls, status lines, headers).
 */
public record Divergence(Severity severity, String kind, List<Long> requests, String what, List<String> live, List<String> twin) {

    public enum Severity {
        CRITICAL, HIGH, MEDIUM, LOW
    }

    public Divergence {
        requests = List.copyOf(requests);
        live = List.copyOf(live);
        twin = List.copyOf(twin);
    }

    /** A security finding: the live endpoint did something (ran a program, wrote a file, connected) its twin did not. */
    public boolean finding() {
        return severity == Severity.CRITICAL || severity == Severity.HIGH;
    }

    public String requestsText() {
        if (requests.isEmpty()) {
            return "outside any request";
        }
        String shown = String.join(", ", requests.stream().limit(5).map(r -> Long.toString(r + 1)).toList());
        return (requests.size() == 1 ? "request " : "requests ") + shown + (requests.size() > 5 ? " and " + (requests.size() - 5) + " more" : "");
    }
}
