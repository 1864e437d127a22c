package io.twinbench.cli.internal;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.twinbench.analysis.cause.RootCause;
import io.twinbench.analysis.cause.RootCauses;
import io.twinbench.analysis.series.AnomalyFile;
import io.twinbench.model.twin.Element;
import io.twinbench.store.StoredAnomaly;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench anomalies`: what the online detector found in a twin's telemetry, and what likely caused it. */
@Command(name = "anomalies", mixinStandardHelpOptions = true,
        description = {"A twin's anomalies as the collector found them in its telemetry (newest first), then its anomalous",
                "elements ranked as likely root causes: an element that the other anomalous elements depend on comes first.",
                "With --import, anomalies found offline by twinbench analyze are attached to the twin first."})
public final class AnomaliesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "TWIN")
    String twin;

    @Mixin
    TimeRangeOptions range;

    @Option(names = "--limit", defaultValue = "1000", description = "At most this many anomalies (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--import", paramLabel = "FILE", description = {"First attach the anomalies of a file written by twinbench analyze (CSV or",
            "JSON) to the twin for review; each series names its element. A bad row refuses the whole file."})
    java.nio.file.Path importFile;

    @Option(names = "--security", description = {"Also list what is new or unusual against the endpoint's own past: programs, listening",
            "ports, users and units it never had, and bursts of failed logins (from --from, default the last day)."})
    boolean security;

    @Option(names = "--baseline-days", defaultValue = "7", description = "With --security: days of history before the period that count as normal (default: ${DEFAULT-VALUE}).")
    int baselineDays;

    @Option(names = "--metric", paramLabel = "NAME", defaultValue = "imported", description = "The metric imported anomalies are about (default: ${DEFAULT-VALUE}).")
    String metric;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<StoredAnomaly> imported = importFile == null ? List.of() : AnomalyFile.read(importFile, twin, metric);
        try (TwinStore store = workspace.openStore()) {
            if (importFile != null) {
                store.anomalies().append(imported);
                spec.commandLine().getErr().println("imported " + imported.size() + " anomalies from " + importFile + " into " + twin);
            }
            List<StoredAnomaly> anomalies = store.anomalies().find(twin, range.fromMillis(), range.toMillis(), limit);
            out.println("time,element,metric,label,score,value,expected");
            for (StoredAnomaly a : anomalies) {
                out.printf(Locale.ROOT, "%s,%s,%s,%s,%.2f,%s,%.4g%n", Instant.ofEpochMilli(a.timestamp()), a.elementId(), a.metric(), a.kind(),
                        a.score(), a.value(), a.expected());
            }
            long total = store.anomalies().byElement(twin, range.fromMillis(), range.toMillis()).stream()
                    .mapToLong(io.twinbench.store.ElementAnomalies::count).sum();
            // ranked over every anomaly of the period, not only the ones listed
            Optional<List<RootCause>> causes = RootCauses.rankLatest(store, twin, range.fromMillis(), range.toMillis());
            if (causes.isPresent() && total > 0) {
                out.println();
                out.println("likely root causes (over all " + total + " anomalies of the period):");
                int rank = 1;
                for (RootCause c : causes.get()) {
                    out.printf(Locale.ROOT, "%d. %s (weight %.1f, score %.1f, first %s, %d anomalies)%s%n", rank++, c.element().getId(), c.weight(),
                            c.score(), Instant.ofEpochMilli(c.firstAnomaly()), c.anomalies(), c.explains().isEmpty() ? ""
                                    : " explains " + String.join(", ", c.explains().stream().map(Element::getId).toList()));
                }
            }
            if (security) {
                printSecurity(store, out);
            }
            out.flush();
            spec.commandLine().getErr().println((anomalies.size() < total ? "the newest " + anomalies.size() + " of " + total : total)
                    + " anomalies listed (--limit " + limit + ")" + (causes.isEmpty() ? "; no stored twin " + twin + ", so no root causes" : ""));
            return 0;
        }
    }

    private void printSecurity(TwinStore store, PrintWriter out) {
        java.time.Instant to = range.to == null ? java.time.Instant.now() : range.to;
        java.time.Instant from = range.from == null ? to.minus(java.time.Duration.ofDays(1)) : range.from;
        java.time.Instant baseline = from.minus(java.time.Duration.ofDays(Math.max(1, baselineDays)));
        List<io.twinbench.analysis.security.SecurityFinding> findings = io.twinbench.analysis.security.SecurityScan.find(store, twin, baseline,
                from, to);
        out.println();
        out.println("security and inventory anomalies (" + from + " to " + to + ", against the " + baselineDays + " days before):");
        for (var f : findings) {
            out.printf(Locale.ROOT, "%s,%s,%s,%.1f,%s%n", Instant.ofEpochMilli(f.at()), f.kind(), f.elementId(), f.score(), f.description());
        }
        if (findings.isEmpty()) {
            out.println("none");
        }
    }
}
