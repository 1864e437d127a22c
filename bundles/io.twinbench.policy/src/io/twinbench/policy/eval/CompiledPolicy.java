package io.twinbench.policy.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cel.bundle.Cel;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import io.twinbench.policy.document.Expression;
import io.twinbench.policy.document.PolicyDocument;
import io.twinbench.policy.document.PolicyDocument.Named;
import io.twinbench.policy.document.PolicyFormatException;
import io.twinbench.policy.document.PolicyFormatException.Problem;
import io.twinbench.policy.document.RuleSpec;
import io.twinbench.policy.eval.PolicyCel.Reads;
import io.twinbench.policy.view.FactTypes;
import io.twinbench.policy.view.TwinFacts;

/**
 * A policy whose CEL is type-checked and planned: evaluated against a twin's facts it says, per
 * rule, whether the rule holds. Each rule knows the sections of the twin it reads (directly,
 * through the variables it uses and through the match conditions), so a change to a twin
 * re-evaluates only the rules that change can affect.
 */
public final class CompiledPolicy {

    private final PolicyDocument document;
    private final List<CelRuntime.Program> conditions;
    private final List<String> variableNames;
    private final List<CelRuntime.Program> variables;
    private final List<CompiledRule> rules;

    private CompiledPolicy(PolicyDocument document, List<CelRuntime.Program> conditions, List<String> variableNames,
            List<CelRuntime.Program> variables, List<CompiledRule> rules) {
        this.document = document;
        this.conditions = conditions;
        this.variableNames = variableNames;
        this.variables = variables;
        this.rules = rules;
    }

    public static CompiledPolicy compile(PolicyDocument document) throws PolicyFormatException {
        return compile(document, true);
    }

    /**
     * remember: whether a rule's verdict is reused for twins alike in what it reads (always, but
     * for measuring what evaluation costs when every twin is unlike every other).
     */
    public static CompiledPolicy compile(PolicyDocument document, boolean remember) throws PolicyFormatException {
        return new Compiler(document, remember).compile();
    }

    public PolicyDocument document() {
        return document;
    }

    public String name() {
        return document.name();
    }

    public List<CompiledRule> rules() {
        return rules;
    }

    /** Every rule of this policy against one twin. */
    public List<RuleVerdict> evaluate(TwinFacts facts) {
        return evaluate(facts, rules);
    }

    /** The given rules of this policy against one twin (the match conditions and variables are evaluated once for all). */
    public List<RuleVerdict> evaluate(TwinFacts facts, List<CompiledRule> which) {
        List<RuleVerdict> verdicts = new ArrayList<>(which.size());
        Map<String, Object> twin = facts.value();
        try {
            for (CelRuntime.Program condition : conditions) {
                if (!Boolean.TRUE.equals(condition.eval(PolicyCel.activation(twin, Map.of(), null)))) {
                    which.forEach(r -> verdicts.add(r.verdict(facts.twinId(), RuleVerdict.Status.NOT_APPLICABLE, "", List.of())));
                    return verdicts;
                }
            }
        } catch (CelEvaluationException e) {
            String message = "match conditions: " + e.getMessage();
            which.forEach(r -> verdicts.add(r.verdict(facts.twinId(), RuleVerdict.Status.ERROR, message, List.of())));
            return verdicts;
        }
        Variables values = new Variables(twin);
        for (CompiledRule rule : which) {
            try {
                verdicts.add(rule.evaluate(facts, values));
            } catch (VariableException e) {
                verdicts.add(rule.verdict(facts.twinId(), RuleVerdict.Status.ERROR, "variables: " + e.getCause().getMessage(), List.of()));
            }
        }
        return verdicts;
    }

    /** A variable that could not be evaluated on a twin; each rule that needs it says so. */
    private static final class VariableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        VariableException(CelEvaluationException cause) {
            super(cause);
        }
    }

    /** The policy's variables on one twin, evaluated the first time a rule that is not remembered needs them. */
    private final class Variables implements java.util.function.Supplier<Map<String, Object>> {
        private final Map<String, Object> twin;
        private Map<String, Object> values;

        Variables(Map<String, Object> twin) {
            this.twin = twin;
        }

        @Override
        public Map<String, Object> get() {
            if (values == null) {
                Map<String, Object> known = new LinkedHashMap<>();
                for (int i = 0; i < variables.size(); i++) {
                    try {
                        known.put(variableNames.get(i), variables.get(i).eval(PolicyCel.activation(twin, Map.copyOf(known), null)));
                    } catch (CelEvaluationException e) {
                        throw new VariableException(e);
                    }
                }
                values = Map.copyOf(known);
            }
            return values;
        }
    }

    /** Reads the document's expressions in order: conditions, variables (each may use those before it), rules. */
    private static final class Compiler {

        private final PolicyDocument document;
        private final FactTypes types = new FactTypes();
        private final List<Problem> problems = new ArrayList<>();
        private final Set<String> conditionFields = new LinkedHashSet<>();
        private final Map<String, Set<String>> variableFields = new LinkedHashMap<>();

        private final boolean remember;

        Compiler(PolicyDocument document, boolean remember) {
            this.document = document;
            this.remember = remember;
        }

        CompiledPolicy compile() throws PolicyFormatException {
            List<CelRuntime.Program> conditions = new ArrayList<>();
            for (Named condition : document.matchConditions()) {
                Compiled c = compile(condition.expression(), null, null, SimpleType.BOOL);
                if (c != null) {
                    conditions.add(c.program);
                    conditionFields.addAll(c.reads.twinFields());
                }
            }
            Map<String, CelType> variableTypes = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            List<CelRuntime.Program> variables = new ArrayList<>();
            for (Named variable : document.variables()) {
                StructType known = variableTypes.isEmpty() ? null : types.struct("twinbench.Variables" + names.size(), variableTypes);
                Compiled c = compile(variable.expression(), known, null, null);
                if (c == null) {
                    continue;
                }
                Set<String> fields = new LinkedHashSet<>(c.reads.twinFields());
                c.reads.variables().forEach(v -> fields.addAll(variableFields.getOrDefault(v, Set.of(Reads.WHOLE))));
                variableFields.put(variable.name(), fields);
                variableTypes.put(variable.name(), c.ast.getResultType());
                names.add(variable.name());
                variables.add(c.program);
            }
            StructType all = variableTypes.isEmpty() ? null : types.struct("twinbench.Variables", variableTypes);
            List<CompiledRule> rules = new ArrayList<>();
            for (RuleSpec rule : document.rules()) {
                CompiledRule compiled = rule(rule, all);
                if (compiled != null) {
                    rules.add(compiled);
                }
            }
            if (!problems.isEmpty()) {
                throw new PolicyFormatException(problems);
            }
            return new CompiledPolicy(document, List.copyOf(conditions), List.copyOf(names), List.copyOf(variables), List.copyOf(rules));
        }

        private CompiledRule rule(RuleSpec rule, StructType variables) {
            CelType item = null;
            Compiled forEach = null;
            if (rule.forEach() != null) {
                forEach = compile(rule.forEach(), variables, null, null);
                if (forEach == null) {
                    return null;
                }
                if (!(forEach.ast.getResultType() instanceof ListType list)) {
                    problems.add(problem(rule.forEach(), "forEach must be a list, not " + forEach.ast.getResultType().name()));
                    return null;
                }
                item = list.elemType();
            }
            Compiled expression = compile(rule.expression(), variables, item, SimpleType.BOOL);
            Compiled message = rule.messageExpression() == null ? null : compile(rule.messageExpression(), variables, item, SimpleType.STRING);
            if (expression == null || (rule.messageExpression() != null && message == null)) {
                return null;
            }
            CelRuntime.Program failing = null;
            if (forEach != null) {
                // one comprehension for all items is several times faster than one evaluation per item
                Compiled all = compile(new Expression("(" + rule.forEach().text() + ").filter(" + PolicyCel.ITEM + ", !(" + rule.expression().text()
                        + "))", rule.expression().line(), rule.expression().field()), variables, null, null);
                if (all == null) {
                    return null;
                }
                failing = all.program;
            }
            Set<String> fields = new LinkedHashSet<>(conditionFields);
            for (Compiled c : new Compiled[] {forEach, expression, message}) {
                if (c != null) {
                    fields.addAll(c.reads.twinFields());
                    c.reads.variables().forEach(v -> fields.addAll(variableFields.getOrDefault(v, Set.of(Reads.WHOLE))));
                }
            }
            Set<String> sections = new LinkedHashSet<>();
            for (String field : fields) {
                if (field.equals(Reads.WHOLE)) {
                    sections.addAll(TwinFacts.SECTIONS);
                } else {
                    sections.add(TwinFacts.sectionOfField(field));
                }
            }
            return new CompiledRule(document.name(), rule, failing, expression.program, message == null ? null : message.program,
                    Set.copyOf(sections), remember);
        }

        private record Compiled(CelAbstractSyntaxTree ast, CelRuntime.Program program, Reads reads) {
        }

        private Compiled compile(Expression expression, CelType variables, CelType item, CelType result) {
            Cel cel = PolicyCel.environment(types, variables, item, result);
            try {
                CelAbstractSyntaxTree ast = cel.compile(expression.text()).getAst();
                return new Compiled(ast, cel.createProgram(ast), PolicyCel.reads(ast));
            } catch (CelValidationException e) {
                for (CelIssue issue : e.getErrors()) {
                    int line = issue.getSourceLocation().getLine();
                    int column = issue.getSourceLocation().getColumn();
                    String where = line > 0 ? "CEL " + line + ":" + (column + 1) + ": " : "CEL: ";
                    problems.add(new Problem(document.file(), expression.line() + Math.max(0, line - 1), expression.field(),
                            where + hint(issue.getMessage())));
                }
                return null;
            } catch (CelEvaluationException e) {
                problems.add(problem(expression, "CEL cannot plan it: " + e.getMessage()));
                return null;
            }
        }

        private Problem problem(Expression expression, String message) {
            return new Problem(document.file(), expression.line(), expression.field(), message);
        }

        /** The mistake every analyst makes first: CEL never turns an int into a double, or a number into a string. */
        private static String hint(String message) {
            if (message.contains("(double, int)") || message.contains("(int, double)")) {
                return message + " (CEL does not mix whole numbers and decimals: write 1.0, not 1)";
            }
            if (message.contains("undefined field")) {
                return message + " (see: twinbench policy fields)";
            }
            return message;
        }
    }
}
