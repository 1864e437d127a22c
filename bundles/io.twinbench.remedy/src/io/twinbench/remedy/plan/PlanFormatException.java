package io.twinbench.remedy.plan;

/** A plan that cannot be read, with where: file, line (0 when unknown) and field path. */
public final class PlanFormatException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final String field;

    public PlanFormatException(String file, int line, String field, String problem) {
        super(file + (line > 0 ? ":" + line : "") + (field != null ? ": " + field : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
