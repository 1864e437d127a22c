package io.twinbench.ui.views;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.twinbench.change.PlanState;
import io.twinbench.change.PlanStatus;
import io.twinbench.change.PlanTwinRun;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.PlanTrials;

/**
 * What the Plans view says of one workspace plan: where it stands and what comes next, what it
 * changes, each twin run step by step with the twin's state before and after, the override that
 * let a failed run through, its approval and signers, and each endpoint's state.
 */
final class PlanStatusText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private PlanStatusText() {
    }

    static String of(PlanStatus status) {
        return of(status, java.util.Map.of());
    }

    /** changesOnTwins: for the plan's endpoints with a twin in the store, what it changes there (file diffs, versions, service states). */
    static String of(PlanStatus status, java.util.Map<String, List<String>> changesOnTwins) {
        StringBuilder text = new StringBuilder();
        text.append(status.draft().title()).append("  (").append(status.planId()).append(")\n");
        text.append("State: ").append(status.describeState()).append(" — ").append(next(status)).append('\n');
        text.append("From ").append(status.draft().source()).append(", last changed ").append(TIME.format(status.draft().updated()))
                .append(status.draft().author() == null ? "" : " by " + status.draft().author()).append('\n');
        if (status.error() != null) {
            text.append("\nThe plan does not read: ").append(status.error()).append("\nEdit it to fix this.\n");
            return text.toString();
        }
        text.append("For ").append(String.join(", ", status.endpoints())).append('\n');
        PlanDetailText.changesAndChecks(text, status.plan());
        changesOnTwins.forEach((endpoint, lines) -> {
            text.append("\nOn ").append(endpoint).append(", as its twin last recorded it\n");
            lines.forEach(line -> text.append("  ").append(line).append('\n'));
        });
        text.append("\nOn twins\n");
        if (status.trials().isEmpty()) {
            text.append("  not tried on a twin of this text yet\n");
        }
        for (PlanTrials.Trial trial : status.trials()) {
            text.append("  ").append(trial.passed() ? "passed" : "FAILED").append(" on a twin of ").append(trial.twinId()).append(" at ")
                    .append(TIME.format(trial.at())).append(": ").append(trial.summary()).append(trial.image() == null ? "" : " (" + trial.image() + ")")
                    .append('\n');
            List<String> steps = new ArrayList<>();
            try {
                PlanTwinRun.readable(status.plan(), trial.lines() == null ? List.of() : List.of(trial.lines().split("\n")), steps);
            } catch (IOException e) {
                steps.add("(its report does not read: " + e.getMessage() + ")");
            }
            steps.forEach(step -> text.append("      ").append(step).append('\n'));
        }
        status.override().ifPresent(o -> text.append("  APPROVED WITHOUT A PASSING TWIN RUN by ").append(o.author()).append(" at ")
                .append(TIME.format(o.at())).append(": ").append(o.reason()).append('\n'));
        status.approval().ifPresent(a -> text.append("\nApproved as version ").append(a.version()).append(", last signed ").append(TIME.format(a.updated()))
                .append(", valid until ").append(TIME.format(a.expires()))
                .append("\n  signed by ").append(status.signers().isEmpty() ? "no key of the workspace's root" : String.join(", ", status.signers()))
                .append(status.threshold() > 0 ? " (" + status.signers().size() + " of " + status.threshold() + " required)" : "").append('\n'));
        if (!status.deliveries().isEmpty()) {
            text.append("\nOn endpoints\n");
            for (PlanDeliveries.Delivery d : status.deliveries()) {
                text.append("  ").append(d.agentId()).append(": ").append(PlansView.state(d)).append(d.detail() == null || d.detail().isBlank() ? ""
                        : " — " + d.detail()).append('\n');
            }
        }
        return text.toString();
    }

    /** What the analyst does next with a plan in this state. */
    static String next(PlanStatus status) {
        return switch (status.state()) {
            case DRAFT -> status.error() != null ? "edit it" : "try it on a twin";
            case TESTED -> "approve it";
            case FAILED_ON_TWIN -> "edit it and try again, or approve it with a written override";
            case APPROVED -> "another approver signs it";
            case SIGNED -> "push it";
            case DELIVERED -> "the agents apply it";
            case APPLIED -> "done; roll back an endpoint if needed";
            case ROLLED_BACK, REFUSED -> "see why below; edit the plan and try again";
        };
    }

    static boolean mayPush(PlanStatus status) {
        return status.state() == PlanState.SIGNED;
    }
}
