package io.twinbench.remedy.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A remediation plan: what it changes on which endpoints, in order, what must hold afterwards
 * and how long the endpoint waits for the workbench's confirmation before it undoes the change
 * by itself. {@code version} and {@code expires} are set when the plan is approved: the agent
 * refuses a version not above the last it applied and a plan past its expiry.
 */
public record Plan(String id, String title, String reason, Targets targets, List<Action> actions, List<Check> checks,
        Duration confirmTimeout, List<Artifact> artifacts, long version, Instant expires) {

    public static final Duration DEFAULT_CONFIRM_TIMEOUT = Duration.ofMinutes(5);

    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(targets, "targets");
        actions = List.copyOf(actions);
        checks = List.copyOf(checks);
        confirmTimeout = confirmTimeout == null ? DEFAULT_CONFIRM_TIMEOUT : confirmTimeout;
        artifacts = List.copyOf(artifacts);
    }

    /** The same plan as approved: with the version and expiry the signature will cover, and its targets resolved to endpoint ids. */
    public Plan approvedAs(long newVersion, Instant newExpiry, List<String> endpoints) {
        return new Plan(id, title, reason, new Targets(endpoints, targets.selector()), actions, checks, confirmTimeout, artifacts,
                newVersion, newExpiry);
    }

    public java.util.Optional<Artifact> artifact(String name) {
        return artifacts.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The services the plan restarts, stops or checks: started the endpoint's way on a twin before the plan is tried there. */
    public List<String> servicesTouched() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        actions.stream().filter(Action.Service.class::isInstance).map(a -> ((Action.Service) a).name()).forEach(names::add);
        checks.stream().filter(Check.ServiceRuns.class::isInstance).map(c -> ((Check.ServiceRuns) c).name()).forEach(names::add);
        return List.copyOf(names);
    }
}
