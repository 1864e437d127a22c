package io.twinbench.ui.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.twinbench.remedy.plan.Action;
import io.twinbench.remedy.plan.Check;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.PlanStatement;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.PlanTrials;

/**
 * What the Plans view says of one delivery: what the signed plan changes (keys set and removed,
 * files written, packages from their artifacts, services), what must hold afterwards, its twin
 * runs or the override that let it through, and the endpoint's progress step by step.
 */
final class PlanDetailText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private PlanDetailText() {
    }

    /** signers: the names of the keys that signed the plan, from the workspace's root (empty when it has none). */
    static String of(PlanDeliveries.Delivery delivery, List<String> signers, List<PlanDeliveries.Report> reports, List<PlanTrials.Trial> trials,
            List<PlanTrials.Override> overrides) {
        StringBuilder text = new StringBuilder();
        Plan plan = signedPlan(delivery.envelope());
        text.append(delivery.title()).append("  (").append(delivery.planId()).append(" version ").append(delivery.version()).append(" on ")
                .append(delivery.agentId()).append(")\n");
        text.append("State: ").append(PlansView.state(delivery)).append(delivery.detail() == null || delivery.detail().isBlank() ? "" : " — " + delivery.detail())
                .append("\nPushed by ").append(delivery.pushedBy()).append(" at ").append(TIME.format(delivery.pushedAt())).append("; expires ")
                .append(TIME.format(delivery.expires())).append('\n');
        if (!signers.isEmpty()) {
            text.append("Approved and signed by ").append(String.join(", ", signers)).append('\n');
        }
        if (delivery.rollbackReason() != null) {
            text.append("Rollback ordered: ").append(delivery.rollbackReason()).append('\n');
        }
        if (plan != null) {
            changesAndChecks(text, plan);
        }
        text.append("\nOn twins\n");
        if (trials.isEmpty()) {
            text.append("  not tried on a twin\n");
        }
        trials.forEach(t -> text.append("  ").append(t.passed() ? "passed" : "FAILED").append(" on ").append(t.twinId()).append(" at ")
                .append(TIME.format(t.at())).append(": ").append(t.summary()).append('\n'));
        overrides.forEach(o -> text.append("  APPROVED WITHOUT A PASSING TWIN RUN by ").append(o.author()).append(" at ").append(TIME.format(o.at()))
                .append(": ").append(o.reason()).append('\n'));
        text.append("\nOn ").append(delivery.agentId()).append('\n');
        if (reports.isEmpty()) {
            text.append("  waiting for the agent\n");
        }
        for (PlanDeliveries.Report r : reports) {
            String step = step(plan, r);
            // an applied action's detail repeats what it is
            boolean repeats = r.detail() == null || r.detail().isBlank() || step.contains("(" + r.detail() + ")");
            text.append("  ").append(TIME.format(r.at())).append("  ").append(step).append(": ").append(r.state())
                    .append(repeats ? "" : " — " + r.detail()).append('\n');
        }
        return text.toString();
    }

    private static String step(Plan plan, PlanDeliveries.Report r) {
        if (r.kind().equals("ACTION")) {
            return "action " + (r.index() + 1) + (plan != null && r.index() < plan.actions().size() ? " (" + plan.actions().get(r.index()).describe() + ")" : "");
        }
        if (r.kind().equals("CHECK")) {
            Check check = plan != null && r.index() < plan.checks().size() ? plan.checks().get(r.index()) : null;
            return "check " + (r.index() + 1) + (check != null ? " (" + check.describe() + ")" : "");
        }
        return "plan";
    }

    /** What the plan changes, action by action, and what must hold afterwards. */
    static void changesAndChecks(StringBuilder text, Plan plan) {
        if (!plan.reason().isBlank()) {
            text.append("Why: ").append(plan.reason()).append('\n');
        }
        text.append("\nWhat changes\n");
        for (int i = 0; i < plan.actions().size(); i++) {
            changes(text, i + 1, plan.actions().get(i));
        }
        if (!plan.checks().isEmpty()) {
            text.append("\nWhat must hold afterwards\n");
            plan.checks().forEach(c -> text.append("  ").append(c.describe()).append('\n'));
        }
        text.append("  otherwise, or without confirmation within ").append(plan.confirmTimeout().toSeconds())
                .append(" s, the endpoint rolls everything back by itself\n");
    }

    private static void changes(StringBuilder text, int n, Action action) {
        text.append("  ").append(n).append(". ");
        if (action instanceof Action.EditConfig edit) {
            text.append(edit.path()).append(edit.section().isEmpty() ? "" : " [" + edit.section() + "]").append('\n');
            for (Map.Entry<String, String> set : edit.set().entrySet()) {
                text.append("       + ").append(set.getKey()).append(edit.style() == Action.ConfigStyle.INI ? " = " : " ").append(set.getValue()).append('\n');
            }
            edit.remove().forEach(key -> text.append("       - ").append(key).append('\n'));
        } else if (action instanceof Action.WriteFile write) {
            text.append(write.describe()).append(write.owner() != null ? ", owner " + write.owner() : "").append('\n');
            if (write.content() != null) {
                write.content().lines().limit(12).forEach(line -> text.append("       | ").append(line).append('\n'));
            } else {
                text.append("       the whole file from artifact ").append(write.artifact()).append('\n');
            }
        } else {
            text.append(action.describe()).append('\n');
        }
        if (action.why() != null) {
            text.append("       why: ").append(action.why()).append('\n');
        }
    }

    /** The plan inside a stored envelope, read for display only (the agent verifies it; the push checked it). */
    static Plan signedPlan(byte[] envelope) {
        try {
            return PlanStatement.contents(Envelope.fromJson(envelope));
        } catch (TrustException e) {
            return null;
        }
    }
}
