package io.twinbench.cli.internal;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.twinbench.policy.service.PolicyWorkspace;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench label`: the labels of endpoints, which orchestration policies choose groups by. */
@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Give an endpoint labels (key=value; Kubernetes' form), remove some, or list every endpoint's labels.",
                "Orchestration policies choose their groups of endpoints by label selectors (see ./twinbench policy)."})
public final class LabelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ENDPOINT", description = "The endpoint (its twin's id); none: list every endpoint's labels.")
    String endpoint;

    @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "Labels to set.")
    List<String> labels = new ArrayList<>();

    @Option(names = "--remove", split = ",", paramLabel = "KEY", description = "Labels to remove.")
    List<String> remove = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (TwinStore store = workspace.openStore()) {
            if (endpoint == null) {
                Map<String, Map<String, String>> all = store.labels().all();
                if (all.isEmpty()) {
                    out.println("no endpoint has labels: give some with ./twinbench label ENDPOINT KEY=VALUE ...");
                }
                all.forEach((id, l) -> out.println(id + "  " + describe(l)));
                return 0;
            }
            if (store.snapshots().latestVersionNumber(endpoint) == 0 && store.enrollments().agent(endpoint).isEmpty()) {
                spec.commandLine().getErr().println("there is no endpoint " + endpoint + " in this workspace");
                return 1;
            }
            Map<String, String> set = new LinkedHashMap<>();
            for (String label : labels) {
                int eq = label.indexOf('=');
                if (eq <= 0) {
                    spec.commandLine().getErr().println("'" + label + "' is not KEY=VALUE");
                    return 1;
                }
                set.put(label.substring(0, eq), label.substring(eq + 1));
            }
            store.labels().change(endpoint, set, remove);
            out.println(endpoint + "  " + describe(store.labels().of(endpoint)));
            if (!store.policies().inForce().isEmpty()) {
                // rules may read twin.labels: the verdicts kept must be those of the labels now
                PolicyWorkspace.Evaluation evaluation = new PolicyWorkspace(store, Clock.systemUTC()).evaluate();
                out.println("policies evaluated again: " + PolicyWorkspace.describe(PolicyWorkspace.counts(evaluation.entries())));
            }
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    private static String describe(Map<String, String> labels) {
        return labels.isEmpty() ? "(no labels)" : String.join(",", labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
}
