package io.twinbench.policy.eval;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelBuilder;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelFunctionBinding;
import io.twinbench.policy.view.DebianVersions;
import io.twinbench.policy.view.FactTypes;

/**
 * The CEL environment policies are written in: the standard library and macros, optional
 * values ({@code m[?'key'].orValue('default')}) and the string extensions as Kubernetes has them, {@code twin}
 * typed as {@link FactTypes} says, a policy's {@code variables}, and
 * {@code versionCompare(a, b)} (dpkg's order: negative, 0 or positive). A policy is an
 * analyst's file run against every twin, so its cost is bounded: comprehensions stop after
 * {@link #MAX_ITERATIONS} steps and expressions are limited in size and depth.
 */
final class PolicyCel {

    static final int MAX_ITERATIONS = 1_000_000;
    static final String TWIN = "twin";
    static final String VARIABLES = "variables";
    static final String ITEM = "item";

    private static final CelFunctionDecl VERSION_COMPARE = CelFunctionDecl.newFunctionDeclaration("versionCompare",
            CelOverloadDecl.newGlobalOverload("version_compare_string_string", "dpkg's order of two package versions", SimpleType.INT,
                    SimpleType.STRING, SimpleType.STRING));

    private PolicyCel() {
    }

    /** variables: the policy's variables known so far (null: none yet); item: the type of a forEach item (null: none). */
    static Cel environment(FactTypes types, CelType variables, CelType item, CelType result) {
        CelBuilder builder = CelFactory.standardCelBuilder()
                .setOptions(CelOptions.current().comprehensionMaxIterations(MAX_ITERATIONS).maxParseRecursionDepth(64)
                        .maxParseExpressionNodeCount(4_000).enableOptionalSyntax(true).build())
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addCompilerLibraries(CelExtensions.optional(), CelExtensions.strings())
                .addRuntimeLibraries(CelExtensions.optional(), CelExtensions.strings())
                .setTypeProvider(types)
                .addVar(TWIN, types.twin())
                .addFunctionDeclarations(VERSION_COMPARE)
                .addFunctionBindings(CelFunctionBinding.from("version_compare_string_string", String.class, String.class,
                        (a, b) -> (long) Integer.signum(DebianVersions.compare(a, b))));
        if (variables != null) {
            builder.addVar(VARIABLES, variables);
        }
        if (item != null) {
            builder.addVar(ITEM, item);
        }
        if (result != null) {
            builder.setResultType(result);
        }
        return builder.build();
    }

    /** What an expression reads: the fields of twin (all of them when it uses twin whole) and the variables it names. */
    record Reads(Set<String> twinFields, Set<String> variables) {
        static final String WHOLE = "*";
    }

    static Reads reads(CelAbstractSyntaxTree ast) {
        Set<String> fields = new TreeSet<>();
        Set<String> variables = new TreeSet<>();
        CelNavigableAst.fromAst(ast).getRoot().allNodes().forEach(node -> {
            CelExpr expr = node.expr();
            if (expr.exprKind().getKind() != CelExpr.ExprKind.Kind.IDENT) {
                return;
            }
            String name = expr.ident().name();
            if (!name.equals(TWIN) && !name.equals(VARIABLES)) {
                return;
            }
            CelExpr parent = node.parent().map(p -> p.expr()).orElse(null);
            boolean selected = parent != null && parent.exprKind().getKind() == CelExpr.ExprKind.Kind.SELECT;
            if (name.equals(TWIN)) {
                fields.add(selected ? parent.select().field() : Reads.WHOLE);
            } else if (selected) {
                variables.add(parent.select().field());
            } else {
                variables.add(Reads.WHOLE);
            }
        });
        return new Reads(fields, variables);
    }

    static Map<String, Object> activation(Map<String, Object> twin, Map<String, Object> variables, Object item) {
        if (item != null) {
            return Map.of(TWIN, twin, VARIABLES, variables, ITEM, item);
        }
        return Map.of(TWIN, twin, VARIABLES, variables);
    }
}
