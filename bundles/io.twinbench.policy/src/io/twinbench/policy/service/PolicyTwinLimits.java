package io.twinbench.policy.service;

import java.util.List;

import io.twinbench.sim.run.TwinLimits;
import io.twinbench.store.PolicyVersions;
import io.twinbench.store.TwinStore;

/**
 * The most an executable twin may take (twins.cpus, twins.memory, twins.pids) when a twin
 * management policy in force says so: every twin run, simulation, plan trial and replay is held
 * to it, whatever its endpoint's inventory or the analyst's options ask for, and says which
 * policy lowered what.
 */
public final class PolicyTwinLimits {

    private static final String PREFIX = "twins.";

    private PolicyTwinLimits() {
    }

    /** limits held to the policies in force in the store. */
    public static TwinLimits apply(TwinStore store, TwinLimits limits) {
        return apply(store.policies().inForce(), limits);
    }

    /** The policies in force now, read once, as what they make of any limits (for the checks a recommendation runs). */
    public static java.util.function.UnaryOperator<TwinLimits> of(TwinStore store) {
        List<PolicyVersions.Version> inForce = store.policies().inForce();
        return limits -> apply(inForce, limits);
    }

    static TwinLimits apply(List<PolicyVersions.Version> inForce, TwinLimits limits) {
        ManagementSettings.Made made = ManagementSettings.made(inForce, PREFIX);
        TwinLimits capped = limits;
        for (var s : made.settings().entrySet()) {
            String by = "policy " + made.madeBy().get(s.getKey());
            String value = s.getValue().value();
            capped = switch (s.getKey()) {
                case "twins.cpus" -> capped.cappedAt(Double.parseDouble(value), null, null, by);
                case "twins.memory" -> capped.cappedAt(null, memory(value), null, by);
                case "twins.pids" -> capped.cappedAt(null, null, Long.parseLong(value), by);
                default -> capped;
            };
        }
        return capped;
    }

    /** 512Mi, 2Gi (the schema has checked the form). */
    static long memory(String text) {
        long n = Long.parseLong(text.substring(0, text.length() - 2));
        return text.endsWith("Gi") ? n << 30 : n << 20;
    }
}
