package io.twinbench.policy.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import io.twinbench.policy.document.RuleSpec;
import io.twinbench.policy.view.TwinFacts;

/** One rule, planned; sections: the parts of a twin whose change can change its verdict. */
public final class CompiledRule {

    /** A forEach rule names at most this many offending elements; the message counts them all. */
    static final int MAX_OFFENDERS = 100;
    /** Distinct combinations of sections remembered per rule; past it the memory starts again. */
    static final int MAX_MEMO = 4_096;

    private final String policy;
    private final RuleSpec spec;
    /** For a forEach rule: the items for which the expression does not hold, in one comprehension. */
    private final CelRuntime.Program failing;
    private final CelRuntime.Program expression;
    private final CelRuntime.Program message;
    private final Set<String> sections;
    private final List<String> reads;
    private final boolean remember;
    /** Verdicts by the sections the rule reads: twins alike in them (a fleet from one image) cost one evaluation. */
    private final Map<List<TwinFacts.Section>, RuleVerdict> memo = new java.util.concurrent.ConcurrentHashMap<>();

    CompiledRule(String policy, RuleSpec spec, CelRuntime.Program failing, CelRuntime.Program expression, CelRuntime.Program message,
            Set<String> sections, boolean remember) {
        this.policy = policy;
        this.remember = remember;
        this.spec = spec;
        this.failing = failing;
        this.expression = expression;
        this.message = message;
        this.sections = sections;
        this.reads = sections.stream().sorted().toList();
    }

    public RuleSpec spec() {
        return spec;
    }

    public String name() {
        return spec.name();
    }

    public Set<String> sections() {
        return sections;
    }

    RuleVerdict verdict(String twinId, RuleVerdict.Status status, String text, List<String> offenders) {
        return new RuleVerdict(policy, spec.name(), twinId, status, spec.action(), text, offenders);
    }

    /** The verdict from a twin alike in what this rule reads, or one evaluated now (variables: evaluated only when needed). */
    RuleVerdict evaluate(TwinFacts facts, java.util.function.Supplier<Map<String, Object>> variables) {
        if (!remember) {
            return evaluate(facts.twinId(), facts.value(), variables.get());
        }
        List<TwinFacts.Section> key = new ArrayList<>(reads.size());
        for (String section : reads) {
            key.add(facts.section(section));
        }
        RuleVerdict known = memo.get(key);
        if (known != null) {
            return new RuleVerdict(known.policy(), known.rule(), facts.twinId(), known.status(), known.action(), known.message(), known.offenders());
        }
        RuleVerdict verdict = evaluate(facts.twinId(), facts.value(), variables.get());
        if (memo.size() >= MAX_MEMO) {
            memo.clear();
        }
        memo.put(List.copyOf(key), verdict);
        return verdict;
    }

    RuleVerdict evaluate(String twinId, Map<String, Object> twin, Map<String, Object> variables) {
        try {
            if (failing == null) {
                if (Boolean.TRUE.equals(expression.eval(PolicyCel.activation(twin, variables, null)))) {
                    return verdict(twinId, RuleVerdict.Status.HOLDS, "", List.of());
                }
                return verdict(twinId, RuleVerdict.Status.FAILS, message(twin, variables, null), List.of());
            }
            List<?> items = (List<?>) failing.eval(PolicyCel.activation(twin, variables, null));
            if (items.isEmpty()) {
                return verdict(twinId, RuleVerdict.Status.HOLDS, "", List.of());
            }
            List<String> offenders = new ArrayList<>();
            for (Object item : items.subList(0, Math.min(items.size(), MAX_OFFENDERS))) {
                offenders.add(id(item));
            }
            String text = message(twin, variables, items.get(0)) + (items.size() > 1 ? " (and " + (items.size() - 1) + " more)" : "");
            return verdict(twinId, RuleVerdict.Status.FAILS, text, offenders);
        } catch (CelEvaluationException | ClassCastException e) {
            return verdict(twinId, RuleVerdict.Status.ERROR, e.getMessage(), List.of());
        }
    }

    private String message(Map<String, Object> twin, Map<String, Object> variables, Object item) throws CelEvaluationException {
        if (message != null) {
            return String.valueOf(message.eval(PolicyCel.activation(twin, variables, item)));
        }
        if (!spec.message().isEmpty()) {
            return spec.message();
        }
        return "rule " + spec.name() + " fails" + (item == null ? "" : " for " + id(item));
    }

    private static String id(Object item) {
        if (item instanceof Map<?, ?> map && map.get("id") instanceof String id) {
            return id;
        }
        String text = String.valueOf(item);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
