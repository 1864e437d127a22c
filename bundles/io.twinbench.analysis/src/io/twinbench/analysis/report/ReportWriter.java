package io.twinbench.analysis.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.twinbench.store.TwinStore;
import io.twinbench.store.TwinSummary;

/** Gathers the findings of endpoints over the period ending now and writes them as one HTML report. */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** Writes the report and returns the findings it holds, one per twin. */
    public static List<EndpointFindings> write(TwinStore store, List<TwinSummary> twins, Duration period, Duration baseline, Path file)
            throws IOException {
        Instant to = Instant.now();
        List<EndpointFindings> findings = new ArrayList<>();
        for (TwinSummary t : twins) {
            findings.add(EndpointFindings.gather(store, t, to.minus(period), to, baseline));
        }
        String title = twins.size() == 1 ? "Twinbench report: " + twins.get(0).name() : "Twinbench fleet report";
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".part");
        try {
            Files.writeString(tmp, HtmlReport.of(title, to, findings), StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return findings;
    }
}
