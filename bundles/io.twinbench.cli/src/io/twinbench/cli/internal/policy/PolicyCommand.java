package io.twinbench.cli.internal.policy;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.twinbench.cli.internal.WorkspaceOption;
import io.twinbench.policy.document.PolicyFormatException;
import io.twinbench.policy.document.PolicyReader;
import io.twinbench.policy.eval.CompiledPolicy;
import io.twinbench.policy.eval.ComplianceIndex;
import io.twinbench.policy.eval.RuleVerdict;
import io.twinbench.policy.service.PolicyWorkspace;
import io.twinbench.policy.view.FactTypes;
import io.twinbench.store.PolicyVersions;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench policy …`: policies as versioned documents, evaluated on every twin of the workspace. */
@Command(name = "policy", mixinStandardHelpOptions = true,
        description = {"Check, apply, follow, compare and roll back policies (YAML or JSON, rules in CEL; see the README).",
                "Applying evaluates the policy on every twin and drafts the plans its failing rules call for."})
public final class PolicyCommand {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    private static final Clock CLOCK = Clock.systemUTC();

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Read a policy (exit 1 naming file, line and field where it is wrong) and show its verdicts on the workspace's twins; nothing is kept.")
    int check(@Parameters(paramLabel = "FILE") Path file,
            @Option(names = "--twin", paramLabel = "ID", description = "Only this twin (repeatable; default: every twin).") List<String> twins,
            @Option(names = "--json", description = "Every verdict as JSON.") boolean json) throws IOException {
        CompiledPolicy policy;
        try {
            policy = CompiledPolicy.compile(new PolicyReader().read(file));
        } catch (PolicyFormatException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        try (TwinStore store = workspace.openStore()) {
            List<RuleVerdict> verdicts = workspace(store).check(policy, twins == null ? List.of() : twins);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(json(verdicts.stream().map(v -> new ComplianceIndex.Entry(v, CLOCK.instant())).toList(), Map.of()));
                return 0;
            }
            out.printf("%s (%s): %d rules, read and type-checked%n", policy.name(), policy.document().kind(), policy.rules().size());
            print(out, verdicts.stream().map(v -> new ComplianceIndex.Entry(v, null)).toList());
            // what applying would put in the plan library, so the analyst sees the change before it is in force
            for (var plan : new io.twinbench.policy.service.PolicyPlans().of(policy, 0, verdicts)) {
                out.printf("  applying it would draft plan %s for %s%n", plan.planId(), String.join(", ", plan.targets()));
            }
            return 0;
        }
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "Keep a policy as its next version (who, when, why), evaluate it on every twin and draft the plans its failing rules call for.")
    int apply(@Parameters(paramLabel = "FILE") Path file,
            @Option(names = "--reason", required = true, description = "Why: kept with the version.") String reason,
            @Option(names = "--author", description = "Who (default: this user).") String author, @Mixin ApproverKeys keys) throws IOException {
        try (TwinStore store = workspace.openStore()) {
            PolicyWorkspace.Applied applied = workspace(store).apply(new PolicyReader().read(file), author(author), reason, keys.approvers(workspace));
            PrintWriter out = spec.commandLine().getOut();
            PolicyVersions.Version v = applied.version();
            out.printf(applied.changed() ? "policy %s is now version %d%n" : "policy %s: version %d already has this text; nothing changed%n",
                    v.name(), v.version());
            List<ComplianceIndex.Entry> mine = applied.evaluation().of(v.name());
            out.println("  " + summary(mine));
            print(out, mine);
            for (var plan : applied.plans()) {
                out.printf("  drafted plan %s for %s: try it with ./twinbench plan twin-run %s, then approve and push it%n", plan.planId(),
                        String.join(", ", plan.targets()), plan.planId());
            }
            collection(out, store);
            return 0;
        } catch (PolicyFormatException | IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    @Command(name = "ab", mixinStandardHelpOptions = true,
            description = {"Compare two versions of a security baseline on two cohorts of endpoints: draft each version's fixes as one plan",
                    "(policy-NAME-vN) for every endpoint either finds failing, and write the A/B rollout spec that compares them.",
                    "B is a candidate file not yet in force, or another stored version (--against)."})
    int ab(@Parameters(index = "0", paramLabel = "NAME") String name,
            @Parameters(index = "1", arity = "0..1", paramLabel = "CANDIDATE", description = "The candidate version's document.") Path candidate,
            @Option(names = "--base", paramLabel = "N", description = "Version A, the stored version compared (default: the version in force).") Long versionA,
            @Option(names = "--against", paramLabel = "M", description = "Version B: a stored version, instead of a candidate.") Long versionB,
            @Option(names = "--spec", paramLabel = "FILE", description = "Where to write the A/B rollout spec (default: ab-NAME.yaml here).") Path specFile,
            @Option(names = "--author", description = "Who (default: this user).") String author) throws IOException {
        if ((candidate == null) == (versionB == null)) {
            spec.commandLine().getErr().println("give version B either as a CANDIDATE file or as --against VERSION");
            return 1;
        }
        try (TwinStore store = workspace.openStore()) {
            long a = versionA != null ? versionA : store.policies().inForce().stream().filter(v -> v.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("policy " + name + " is not in force: give --base VERSION")).version();
            var pair = new io.twinbench.policy.service.PolicyAb(store, CLOCK, io.twinbench.ingest.twin.CurrentTwins.of(store))
                    .draft(name, a, candidate == null ? null : new PolicyReader().read(candidate), versionB, author(author));
            Path out = specFile != null ? specFile : Path.of("ab-" + name + ".yaml");
            java.nio.file.Files.writeString(out, abSpec(pair));
            PrintWriter o = spec.commandLine().getOut();
            o.printf("drafted plan %s (a) and plan %s (b) for %s%n", pair.a().planId(), pair.b().planId(), String.join(", ", pair.targets()));
            o.printf("wrote the A/B rollout spec %s (arms of %d, measured on error log lines and CPU: edit it as you need)%n", out, arm(pair));
            o.printf("next: ./twinbench plan twin-run and plan approve both plans, %s before %s (an agent takes no version below one it"
                    + " applied: the later approval can then reach the other arm when it wins), then ./twinbench rollout start %s%n",
                    pair.a().planId(), pair.b().planId(), out);
            if (candidate != null) {
                o.printf("when %s wins, put the candidate in force: ./twinbench policy apply %s --reason \"won its A/B\"%n", pair.b().planId(), candidate);
            }
            return 0;
        } catch (PolicyFormatException | IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    /** Arms of a third of the targets each (at least one): the winner then reaches the last third through the waves. */
    private static int arm(io.twinbench.policy.service.PolicyAb.Pair pair) {
        return Math.max(1, pair.targets().size() / 3);
    }

    private static String abSpec(io.twinbench.policy.service.PolicyAb.Pair pair) {
        return """
                # A/B of two versions of a policy: %s on arm a, %s on arm b (see README, A/B rollouts)
                plan: %s
                ab: {plan: %s, arm: %d, bake: 10m}
                stages:
                  - wave: 100%%
                    bake: 5m
                analysis:
                  interval: 30s
                  metrics:
                    - name: errors
                      measure: error-log-lines
                      failure: "max > 10.0"
                      compare: {alpha: 0.05, worse: higher}
                    - name: cpu
                      measure: cpu
                      failure: "max > 95.0"
                      compare: {alpha: 0.05, worse: higher}
                onFailure: rollback-all
                """.formatted(pair.a().planId(), pair.b().planId(), pair.a().planId(), pair.b().planId(), arm(pair));
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Evaluate every policy in force on every twin: which rules hold, which fail, why, on what and since when.")
    int status(@Option(names = "--json", description = "The whole compliance state as JSON.") boolean json,
            @Option(names = "--all", description = "List the rules that hold too.") boolean all) {
        try (TwinStore store = workspace.openStore()) {
            PolicyWorkspace.Evaluation evaluation = workspace(store).evaluate();
            PrintWriter out = spec.commandLine().getOut();
            evaluation.problems().forEach(spec.commandLine().getErr()::println);
            if (json) {
                out.println(json(evaluation.entries(), evaluation.versions()));
                return 0;
            }
            if (evaluation.versions().isEmpty()) {
                out.println("no policy is in force: apply one with ./twinbench policy apply FILE --reason TEXT");
                return 0;
            }
            for (Map.Entry<String, Long> p : evaluation.versions().entrySet()) {
                PolicyVersions.Version version = store.policies().version(p.getKey(), p.getValue()).orElseThrow();
                if (io.twinbench.policy.document.PolicyDocument.TWIN_MANAGEMENT.equals(version.kind())) {
                    out.printf("%s v%d: sets %s%n", p.getKey(), p.getValue(), settings(version));
                    continue;
                }
                if (io.twinbench.policy.document.PolicyDocument.ORCHESTRATION.equals(version.kind())) {
                    groups(out, store, version);
                    continue;
                }
                List<ComplianceIndex.Entry> entries = evaluation.of(p.getKey());
                out.printf("%s v%d: %s%n", p.getKey(), p.getValue(), summary(entries));
                print(out, all ? entries : entries.stream().filter(e -> e.verdict().status() == RuleVerdict.Status.FAILS
                        || e.verdict().status() == RuleVerdict.Status.ERROR).toList());
            }
            collection(out, store);
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "Every version of a policy: who made it, when and why.")
    int history(@Parameters(paramLabel = "NAME") String name) {
        try (TwinStore store = workspace.openStore()) {
            List<PolicyVersions.Version> versions = store.policies().history(name);
            if (versions.isEmpty()) {
                spec.commandLine().getErr().println("no policy named " + name + " (see: ./twinbench policy status)");
                return 1;
            }
            for (PolicyVersions.Version v : versions) {
                spec.commandLine().getOut().printf("v%-4d %s  %-16s %s%s%n", v.version(), v.created(), v.author(), v.withdrawn() ? "WITHDRAWN: " : "",
                        v.reason());
            }
            return 0;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true, description = "What changed between two versions of a policy, as a unified diff.")
    int diff(@Parameters(paramLabel = "NAME") String name,
            @Option(names = "--from", paramLabel = "V", description = "The older version (default: the one before --to).") Long from,
            @Option(names = "--to", paramLabel = "V", description = "The newer version (default: the newest).") Long to) {
        try (TwinStore store = workspace.openStore()) {
            long newest = store.policies().latest(name).map(PolicyVersions.Version::version).orElse(0L);
            if (newest == 0) {
                spec.commandLine().getErr().println("no policy named " + name);
                return 1;
            }
            long b = to == null ? newest : to;
            long a = from == null ? b - 1 : from;
            workspace(store).diff(name, a, b).forEach(spec.commandLine().getOut()::println);
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true,
            description = {"Put an older version's text back in force, as a new version, and evaluate it again;",
                    "the plans of this policy that endpoints applied and the older version does not call for are rolled back on them."})
    int rollback(@Parameters(paramLabel = "NAME") String name, @Option(names = "--to", required = true, paramLabel = "V") long version,
            @Option(names = "--reason", defaultValue = "", description = "Why (default: rollback to version V).") String reason,
            @Option(names = "--keep-changes", description = "Leave the endpoints as the later versions' plans made them.") boolean keep,
            @Option(names = "--author", description = "Who (default: this user).") String author, @Mixin ApproverKeys keys) {
        try (TwinStore store = workspace.openStore()) {
            PolicyWorkspace.Applied applied = workspace(store).rollback(name, version, author(author), reason, keys.approvers(workspace), !keep);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("policy %s is now version %d (the text of version %d): %s%n", name, applied.version().version(),
                    version, summary(applied.evaluation().of(name)));
            undone(out, applied.undone());
            collection(out, store);
            return 0;
        } catch (PolicyFormatException | IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true, description = "Take a policy out of force; its versions stay.")
    int withdraw(@Parameters(paramLabel = "NAME") String name, @Option(names = "--reason", required = true) String reason,
            @Option(names = "--undo", description = "Also roll back on the endpoints every plan of this policy they applied.") boolean undo,
            @Option(names = "--author", description = "Who (default: this user).") String author, @Mixin ApproverKeys keys) {
        try (TwinStore store = workspace.openStore()) {
            PolicyWorkspace policies = workspace(store);
            PolicyVersions.Version v = policies.withdraw(name, author(author), reason, keys.approvers(workspace));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("policy %s withdrawn (version %d)%n", name, v.version());
            if (undo) {
                undone(out, policies.undoAll(name, reason));
            }
            collection(out, store);
            return 0;
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    private static void undone(PrintWriter out, List<PolicyWorkspace.Undone> undone) {
        for (PolicyWorkspace.Undone u : undone) {
            out.printf("  %s: rollback of plan %s version %d ordered (sent when its agent is connected)%n", u.endpoint(), u.planId(), u.version());
        }
    }

    /** An orchestration policy's groups: what must hold while each changes, and which endpoints it holds now. */
    private static void groups(PrintWriter out, TwinStore store, PolicyVersions.Version version) {
        out.printf("%s v%d: orchestrates what changes when%n", version.name(), version.version());
        try {
            for (var group : new PolicyReader().read(version.name(), version.document()).groups()) {
                List<String> members = io.twinbench.policy.service.OrchestrationGate.members(store, group.selector());
                out.printf("  group %s (%s): %s; %s%n", group.name(), group.selector(), group.describe(),
                        members.isEmpty() ? "no endpoint has these labels yet (./twinbench label)" : String.join(", ", members));
            }
        } catch (PolicyFormatException e) {
            out.println("  " + e.getMessage());
        }
    }

    /** The collection policy issued last and what the agents made of it. */
    private static void collection(PrintWriter out, TwinStore store) {
        io.twinbench.policy.service.PolicyCollection.status(store).forEach(out::println);
    }

    @Command(name = "fields", mixinStandardHelpOptions = true, description = "What a rule can read of a twin: twin's fields and the fields of each kind of element.")
    int fields() {
        FactTypes types = new FactTypes();
        PrintWriter out = spec.commandLine().getOut();
        types.typeNames().forEach(t -> out.printf("%-26s %s%n", t, String.join(", ", types.fields(t))));
        out.println("functions beyond CEL's standard ones: versionCompare(a, b) (dpkg's order: <0, 0, >0), optional values m[?'k'].orValue(d),");
        out.println("  string extensions (lowerAscii, split, replace, ...)");
        return 0;
    }

    private static String settings(PolicyVersions.Version version) {
        try {
            return new PolicyReader().read(version.name(), version.document()).settings().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue().value()).collect(java.util.stream.Collectors.joining(", "));
        } catch (PolicyFormatException e) {
            return "nothing: it no longer reads (" + e.problem() + ")";
        }
    }

    /** Twins as their agents reported them last, which may be newer than their snapshots. */
    private static PolicyWorkspace workspace(TwinStore store) {
        return new PolicyWorkspace(store, CLOCK, io.twinbench.ingest.twin.CurrentTwins.of(store));
    }

    private static String author(String given) {
        return given == null || given.isBlank() ? System.getProperty("user.name") : given;
    }

    private static String summary(List<ComplianceIndex.Entry> entries) {
        long twins = entries.stream().map(e -> e.verdict().twinId()).distinct().count();
        return PolicyWorkspace.describe(PolicyWorkspace.counts(entries)) + ", on " + twins + " twins";
    }

    /** Failures first, as the Compliance view lists them: what fails, then what could not be evaluated, then the rest. */
    private static void print(PrintWriter out, List<ComplianceIndex.Entry> entries) {
        List<RuleVerdict.Status> order = List.of(RuleVerdict.Status.FAILS, RuleVerdict.Status.ERROR, RuleVerdict.Status.HOLDS,
                RuleVerdict.Status.NOT_APPLICABLE);
        for (ComplianceIndex.Entry e : entries.stream().sorted(java.util.Comparator.comparingInt((ComplianceIndex.Entry x) -> order.indexOf(x.verdict()
                .status())).thenComparing(x -> x.verdict().action()).thenComparing(x -> x.verdict().rule()).thenComparing(x -> x.verdict().twinId()))
                .toList()) {
            RuleVerdict v = e.verdict();
            out.printf("  %-14s %-5s %-24s %-28s %s%s%n", v.status().name().toLowerCase().replace('_', ' '), v.action().name().toLowerCase(),
                    v.twinId(), v.rule(), v.message(), e.since() == null || v.status() == RuleVerdict.Status.HOLDS ? "" : "  (since " + e.since() + ")");
        }
    }

    private static String json(List<ComplianceIndex.Entry> entries, Map<String, Long> versions) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode policies = root.putObject("policies");
        versions.forEach(policies::put);
        ArrayNode verdicts = root.putArray("verdicts");
        for (ComplianceIndex.Entry e : entries) {
            RuleVerdict v = e.verdict();
            ObjectNode node = verdicts.addObject().put("policy", v.policy()).put("rule", v.rule()).put("twin", v.twinId())
                    .put("status", v.status().name().toLowerCase()).put("action", v.action().name().toLowerCase()).put("message", v.message())
                    .put("since", String.valueOf(e.since()));
            v.offenders().forEach(node.putArray("offenders")::add);
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
