package io.twinbench.analysis.security;

/**
 * Something new or unusual in an endpoint's inventory or security events, judged against the
 * endpoint's own past: what kind (new-process, new-listener, new-user, new-unit,
 * failed-login-burst), the element it concerns, when, how unusual (a score, higher is
 * stranger) and a sentence for the analyst.
 */
public record SecurityFinding(String kind, String elementId, long at, double score, String description) {
}
