package io.twinbench.cli.internal.plan;

import java.util.concurrent.Callable;

import io.twinbench.cli.internal.WorkspaceOption;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench plan rollback PLAN --endpoint ID`: orders an endpoint to undo an applied plan; sent when its agent is connected. */
@Command(name = "rollback", mixinStandardHelpOptions = true, description = "Order an endpoint to roll back an applied plan (sent when its agent is connected).")
public final class PlanRollbackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PLAN")
    String planId;

    @Option(names = "--endpoint", required = true, paramLabel = "ID")
    String endpoint;

    @Option(names = "--version", paramLabel = "N", description = "The plan's version (default: the newest pushed to the endpoint).")
    Long version;

    @Option(names = "--reason", required = true, description = "Why; recorded and shown with the plan.")
    String reason;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        try (TwinStore store = workspace.openStore()) {
            PlanDeliveries.Delivery delivery = store.plans().ofPlan(planId).stream().filter(d -> d.agentId().equals(endpoint))
                    .filter(d -> version == null || d.version() == version).findFirst().orElse(null);
            if (delivery == null) {
                spec.commandLine().getErr().println("plan " + planId + (version == null ? "" : " version " + version) + " was not pushed to " + endpoint);
                return 1;
            }
            store.plans().orderRollback(endpoint, planId, delivery.version(), reason);
            spec.commandLine().getOut().println(endpoint + ": rollback of plan " + planId + " version " + delivery.version() + " ordered");
            return 0;
        }
    }
}
