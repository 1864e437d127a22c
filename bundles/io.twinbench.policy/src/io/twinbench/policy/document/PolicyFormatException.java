package io.twinbench.policy.document;

import java.util.List;
import java.util.stream.Collectors;

import io.twinbench.remedy.plan.DocumentFormatException;

/**
 * A policy document that cannot be read: every problem found, each with file, line and field
 * (a schema checks the whole document at once, so an analyst fixes all of them in one pass).
 */
public final class PolicyFormatException extends DocumentFormatException {

    private static final long serialVersionUID = 1L;

    /** One thing wrong, and where. line: 1-based, 0 when unknown; field: a path like spec.rules[2].expression. */
    public record Problem(String file, int line, String field, String problem) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + (field.isEmpty() ? "" : ": " + field) + ": " + problem;
        }
    }

    private final transient List<Problem> problems;

    public PolicyFormatException(List<Problem> problems) {
        super(problems.get(0).file(), problems.get(0).line(), problems.get(0).field(), problems.get(0).problem());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
