package io.twinbench.remedy.plan;

/** A plan that cannot be read (or a fault {@link YamlFields} found in another document), with its file, line and field. */
public final class PlanFormatException extends DocumentFormatException {

    private static final long serialVersionUID = 1L;

    public PlanFormatException(String file, int line, String field, String problem) {
        super(file, line, field, problem);
    }
}
