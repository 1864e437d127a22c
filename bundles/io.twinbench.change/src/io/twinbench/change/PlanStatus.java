package io.twinbench.change;

import java.util.List;
import java.util.Optional;

import io.twinbench.remedy.plan.Plan;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.PlanLibrary;
import io.twinbench.store.PlanTrials;

/**
 * One plan of the workspace as it stands: the text as written (and the plan it reads as, or why
 * it does not read), its state, the twin runs of exactly this text, an override if one was
 * written, its approvals and the deliveries of its newest approved version.
 *
 * @param signers the approvers whose signatures verify on the newest approval of this text
 * @param threshold signatures the workspace's root requires (0 when there is no root yet)
 */
public record PlanStatus(PlanLibrary.Draft draft, Plan plan, String error, String digest, PlanState state, List<PlanTrials.Trial> trials,
        Optional<PlanTrials.Override> override, Optional<PlanLibrary.Approval> approval, List<String> signers, int threshold,
        List<PlanDeliveries.Delivery> deliveries) {

    public PlanStatus {
        trials = List.copyOf(trials);
        signers = List.copyOf(signers);
        deliveries = List.copyOf(deliveries);
    }

    public String planId() {
        return draft.planId();
    }

    /** The endpoints the plan names (or its approval fixed), for the list. */
    public List<String> endpoints() {
        if (!deliveries.isEmpty()) {
            return deliveries.stream().map(PlanDeliveries.Delivery::agentId).toList();
        }
        return plan == null ? List.of() : plan.targets().endpoints().isEmpty() ? List.of(plan.targets().selector()) : plan.targets().endpoints();
    }

    /** The state with what qualifies it, in a few words: "approved by alice (1 of 2 signatures)", "delivered (1 of 2 confirmed), twin run overridden". */
    public String describeState() {
        StringBuilder s = new StringBuilder(state.label());
        if (error != null) {
            s.append(", does not read");
        }
        if (!signers.isEmpty() && (state == PlanState.APPROVED || state == PlanState.SIGNED)) {
            s.append(" by ").append(String.join(", ", signers)).append(" (").append(signers.size()).append(" of ").append(threshold)
                    .append(state == PlanState.APPROVED ? " signatures)" : ")");
        }
        if (state.ordinal() >= PlanState.DELIVERED.ordinal()) {
            long confirmed = deliveries.stream().filter(d -> d.state().equals("confirmed")).count();
            s.append(" (").append(confirmed).append(" of ").append(deliveries.size()).append(" confirmed)");
        }
        if (override.isPresent() && state.ordinal() >= PlanState.APPROVED.ordinal()) {
            s.append(", twin run overridden");
        }
        return s.toString();
    }
}
