package io.twinbench.rollout.spec;

import java.util.List;
import java.util.Map;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;

/**
 * A success or failure condition of an analysis metric: a CEL expression (the language of
 * Kubernetes admission policies), type-checked when the spec is read, over one measurement of a
 * cohort:
 * <ul>
 * <li>{@code result}: the cohort's mean (double);</li>
 * <li>{@code min}, {@code max}: its lowest and highest endpoint (double);</li>
 * <li>{@code values}: every endpoint's value (list of double);</li>
 * <li>{@code baseline}: the baseline cohort's mean over the same interval, NaN without one;</li>
 * <li>{@code endpoints}: how many endpoints were measured (int).</li>
 * </ul>
 * A spec comes from an analyst's file, so evaluation is bounded: comprehensions stop after
 * {@link #MAX_ITERATIONS} steps and expressions are limited in size and depth.
 */
public final class Condition {

    static final int MAX_ITERATIONS = 10_000;
    private static final Cel CEL = CelFactory.standardCelBuilder()
            .setOptions(CelOptions.current().comprehensionMaxIterations(MAX_ITERATIONS).maxParseRecursionDepth(64)
                    .maxParseExpressionNodeCount(2_000).build())
            .addVar("result", SimpleType.DOUBLE)
            .addVar("min", SimpleType.DOUBLE)
            .addVar("max", SimpleType.DOUBLE)
            .addVar("values", ListType.create(SimpleType.DOUBLE))
            .addVar("baseline", SimpleType.DOUBLE)
            .addVar("endpoints", SimpleType.INT)
            .setResultType(SimpleType.BOOL)
            .build();

    private final String expression;
    private final CelRuntime.Program program;

    private Condition(String expression, CelRuntime.Program program) {
        this.expression = expression;
        this.program = program;
    }

    /** Compiles and type-checks; the exception's message says what is wrong and where in the expression. */
    public static Condition compile(String expression) throws IllegalArgumentException {
        try {
            return new Condition(expression, CEL.createProgram(CEL.compile(expression).getAst()));
        } catch (CelValidationException e) {
            String message = e.getMessage().replace("ERROR: <input>:", "CEL ").strip();
            // the mistake every analyst makes first: CEL never turns an int into a double
            boolean mixed = message.contains("(double, int)") || message.contains("(int, double)");
            throw new IllegalArgumentException(mixed ? message + "\n(CEL does not mix whole numbers and decimals: write 1.0, not 1)" : message, e);
        } catch (CelEvaluationException e) {
            throw new IllegalArgumentException("CEL cannot plan it: " + e.getMessage(), e);
        }
    }

    /** Whether it holds for one measurement; an error (a division by zero, too many steps) is an exception with CEL's message. */
    public boolean holds(List<Double> values, double baseline) throws CelEvaluationException {
        double sum = 0;
        double min = Double.NaN;
        double max = Double.NaN;
        for (double v : values) {
            sum += v;
            min = Double.isNaN(min) ? v : Math.min(min, v);
            max = Double.isNaN(max) ? v : Math.max(max, v);
        }
        double mean = values.isEmpty() ? Double.NaN : sum / values.size();
        Object verdict = program.eval(Map.of("result", mean, "min", min, "max", max, "values", List.copyOf(values), "baseline", baseline,
                "endpoints", (long) values.size()));
        return Boolean.TRUE.equals(verdict);
    }

    public String expression() {
        return expression;
    }

    @Override
    public String toString() {
        return expression;
    }
}
