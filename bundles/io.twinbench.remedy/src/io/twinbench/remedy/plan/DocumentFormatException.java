package io.twinbench.remedy.plan;

/** A document an analyst wrote (a plan, a rollout spec) that cannot be read, with where: file, line (0 when unknown) and field path. */
public class DocumentFormatException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final String field;
    private final String problem;

    public DocumentFormatException(String file, int line, String field, String problem) {
        super(file + (line > 0 ? ":" + line : "") + (field != null ? ": " + field : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    /** What is wrong, without where. */
    public String problem() {
        return problem;
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
