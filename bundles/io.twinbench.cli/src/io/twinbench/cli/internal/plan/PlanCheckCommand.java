package io.twinbench.cli.internal.plan;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.twinbench.remedy.plan.Action;
import io.twinbench.remedy.plan.Check;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanDocument;
import io.twinbench.remedy.plan.PlanFormatException;
import io.twinbench.remedy.plan.PlanReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench plan check FILE`: reads a plan and says what it will change, or where it is wrong (exit 1). */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Read a plan and list what it changes; a mistake is named by file, line and field.")
public final class PlanCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The plan (YAML or JSON).")
    Path file;

    @Option(names = "--json", description = "Print the plan as canonical JSON with its digest instead.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Plan plan;
        try {
            plan = new PlanReader().read(file);
        } catch (PlanFormatException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        if (json) {
            out.print(PlanDocument.pretty(plan));
            return 0;
        }
        out.println(plan.id() + ": " + plan.title() + (plan.reason().isEmpty() ? "" : " (" + plan.reason() + ")"));
        List<String> targets = new java.util.ArrayList<>(plan.targets().endpoints());
        if (!plan.targets().selector().isEmpty()) {
            targets.add("hosts matching " + plan.targets().selector());
        }
        out.println("  targets: " + String.join(", ", targets));
        int n = 1;
        for (Action action : plan.actions()) {
            out.println("  " + n++ + ". " + action.describe() + (action.why() != null ? "  — " + action.why() : ""));
        }
        for (Check check : plan.checks()) {
            out.println("  check: " + check.describe());
        }
        out.println("  confirm within " + plan.confirmTimeout().toSeconds() + " s, else the endpoint rolls back by itself");
        out.println("  digest sha256:" + PlanDocument.digest(plan));
        return 0;
    }
}
