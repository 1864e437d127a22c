package io.twinbench.cli.internal;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.twinbench.analysis.cause.RootCause;
import io.twinbench.analysis.cause.RootCauses;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Twin;
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
                "elements ranked as likely root causes: an element that the other anomalous elements depend on comes first."})
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (TwinStore store = workspace.openStore()) {
            List<StoredAnomaly> anomalies = store.anomalies().find(twin, range.fromMillis(), range.toMillis(), limit);
            out.println("time,element,metric,label,score,value,expected");
            for (StoredAnomaly a : anomalies) {
                out.printf(Locale.ROOT, "%s,%s,%s,%s,%.2f,%s,%.4g%n", Instant.ofEpochMilli(a.timestamp()), a.elementId(), a.metric(), a.kind(),
                        a.score(), a.value(), a.expected());
            }
            Twin model = store.snapshots().latest(twin).orElse(null);
            if (model != null && !anomalies.isEmpty()) {
                out.println();
                out.println("likely root causes:");
                int rank = 1;
                for (RootCause c : RootCauses.rank(model, anomalies)) {
                    out.printf(Locale.ROOT, "%d. %s (score %.1f, first %s)%s%n", rank++, c.element().getId(), c.score(),
                            Instant.ofEpochMilli(c.firstAnomaly()), c.explains().isEmpty() ? ""
                                    : " explains " + String.join(", ", c.explains().stream().map(Element::getId).toList()));
                }
            }
            out.flush();
            spec.commandLine().getErr().println(anomalies.size() + " anomalies" + (model == null ? "; no stored twin " + twin
                    + ", so no root causes" : ""));
            return 0;
        }
    }
}
