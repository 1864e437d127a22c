package io.twinbench.cli.internal.plan;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.twinbench.cli.internal.WorkspaceOption;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench plan status [PLAN]`: each endpoint's state of each pushed plan, and with a plan id every step each agent reported. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Where pushed plans stand on each endpoint; with a plan id, what each agent reported step by step.")
public final class PlanStatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PLAN", arity = "0..1")
    String planId;

    @Option(names = "--json", description = "JSON for scripts.")
    boolean json;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (TwinStore store = workspace.openStore()) {
            List<PlanDeliveries.Delivery> deliveries = planId == null ? store.plans().all() : store.plans().ofPlan(planId);
            if (json) {
                ObjectMapper mapper = new ObjectMapper();
                ArrayNode array = mapper.createArrayNode();
                for (PlanDeliveries.Delivery d : deliveries) {
                    ObjectNode node = array.addObject().put("endpoint", d.agentId()).put("plan", d.planId()).put("version", d.version())
                            .put("title", d.title()).put("state", d.state()).put("detail", d.detail()).put("updated", d.updated().toString())
                            .put("expires", d.expires().toString()).put("rollbackOrdered", d.rollbackReason());
                    if (planId != null) {
                        ArrayNode steps = node.putArray("reports");
                        for (PlanDeliveries.Report r : store.plans().reports(d.agentId(), d.planId(), d.version())) {
                            steps.addObject().put("at", r.at().toString()).put("kind", r.kind()).put("index", r.index()).put("state", r.state())
                                    .put("detail", r.detail());
                        }
                    }
                }
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
                return 0;
            }
            if (deliveries.isEmpty()) {
                out.println(planId == null ? "no plan was pushed from this workspace" : "plan " + planId + " was not pushed");
                return planId == null ? 0 : 1;
            }
            for (PlanDeliveries.Delivery d : deliveries) {
                out.printf("%-16s %-24s v%-12d %-22s %s%n", d.agentId(), d.planId(), d.version(), d.state(), d.detail() == null ? "" : d.detail());
                if (planId != null) {
                    store.trials().overridesOfPlan(d.planId()).stream().findFirst().ifPresent(o -> out.printf(
                            "    approved without a passing twin run by %s at %s: %s%n", o.author(), o.at(), o.reason()));
                    for (PlanDeliveries.Report r : store.plans().reports(d.agentId(), d.planId(), d.version())) {
                        out.printf("    %s  %-6s %3s  %-22s %s%n", r.at(), r.kind(), r.index() < 0 ? "" : Integer.toString(r.index() + 1), r.state(),
                                r.detail() == null ? "" : r.detail());
                    }
                }
            }
            return 0;
        }
    }
}
