package io.twinbench.policy.document;

import java.util.List;

/**
 * A group of an orchestration policy: the endpoints its selector chooses, and what must hold
 * while plans change them: at most maxChanging under change at once (0: no such limit), and each
 * service kept up (active in the twin) on at least so many of the group's endpoints not changing.
 */
public record GroupSpec(String name, LabelSelector selector, int maxChanging, List<KeepServing> keepServing, int line) {

    /** A service that must stay up on at least atLeast endpoints of the group while some change. */
    public record KeepServing(String service, int atLeast) {
    }

    public GroupSpec {
        keepServing = List.copyOf(keepServing);
    }

    /** What must hold while the group changes, in words. */
    public String describe() {
        List<String> parts = new java.util.ArrayList<>();
        if (maxChanging > 0) {
            parts.add("at most " + maxChanging + " changing at once");
        }
        keepServing.forEach(k -> parts.add(k.service() + " kept up on at least " + k.atLeast()));
        return String.join("; ", parts);
    }
}
