package io.twinbench.cli.internal.plan;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.twinbench.change.PlanStatus;
import io.twinbench.cli.internal.WorkspaceOption;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench plan list`: the workspace's plans and where each stands (draft … applied). */
@Command(name = "list", mixinStandardHelpOptions = true, description = "The workspace's plans and where each stands: draft, tested or failed on twin, approved, signed, delivered, applied, rolled back, refused.")
public final class PlanListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "JSON for scripts.")
    boolean json;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (TwinStore store = workspace.openStore()) {
            List<PlanStatus> plans = workspace.plans(store).statuses();
            if (json) {
                ObjectMapper mapper = new ObjectMapper();
                ArrayNode array = mapper.createArrayNode();
                for (PlanStatus s : plans) {
                    ObjectNode node = array.addObject().put("plan", s.planId()).put("title", s.draft().title()).put("state", s.state().name().toLowerCase())
                            .put("digest", s.digest()).put("error", s.error()).put("source", s.draft().source()).put("updated", s.draft().updated().toString());
                    s.approval().ifPresent(a -> node.put("version", a.version()).put("expires", a.expires().toString()));
                    s.signers().forEach(node.putArray("signers")::add);
                    node.put("threshold", s.threshold());
                    s.override().ifPresent(o -> node.put("override", o.reason()));
                    s.endpoints().forEach(node.putArray("endpoints")::add);
                }
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
                return 0;
            }
            if (plans.isEmpty()) {
                out.println("the workspace has no plans: add one with ./twinbench plan new FILE");
            }
            for (PlanStatus s : plans) {
                out.printf("%-24s %-48s %s%n", s.planId(), s.describeState(), s.draft().title());
            }
            return 0;
        }
    }
}
