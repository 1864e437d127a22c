package io.twinbench.sim.scenario;

/** A scenario that cannot be run, with the file, line and field that say why. */
public final class ScenarioFormatException extends Exception {

    private static final long serialVersionUID = 1L;
    private final int line;
    private final String field;

    public ScenarioFormatException(String file, int line, String field, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + (field == null ? "" : ", " + field) + ": " + problem);
        this.line = line;
        this.field = field;
    }

    /** 1-based; 0 when the problem is the whole file. */
    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
