package io.twinbench.analysis.series;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Time series and anomaly CSV files: refused with a CsvFormatException naming file and line, or read. */
class CsvFuzzTest {

    @FuzzTest
    void csvFiles(byte[] data) throws IOException {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            TimeSeriesCsv.read(new StringReader(text), "fuzz.csv", null);
        } catch (CsvFormatException e) {
            // refused with its line
        }
        Path file = Files.createTempFile("twinbench-fuzz", ".csv");
        try {
            Files.writeString(file, text);
            AnomalyFile.read(file, "fuzz", "m");
        } catch (CsvFormatException e) {
            // refused with its line
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
