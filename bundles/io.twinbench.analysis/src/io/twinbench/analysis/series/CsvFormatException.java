package io.twinbench.analysis.series;

/** A CSV file that is not a time series, with the file and line that show why. */
public final class CsvFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public CsvFormatException(String file, long line, String reason) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + reason);
    }
}
