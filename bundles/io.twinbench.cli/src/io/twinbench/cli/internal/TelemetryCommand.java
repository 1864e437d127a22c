package io.twinbench.cli.internal;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.twinbench.store.Sample;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench telemetry`: a twin's series, or one series' samples as CSV, for scripts and offline review. */
@Command(name = "telemetry", mixinStandardHelpOptions = true,
        description = {"Without ELEMENT and METRIC: the twin's telemetry series with their units.",
                "With them: that series' raw samples as CSV (epoch milliseconds, ISO time, value)."})
public final class TelemetryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "TWIN")
    String twin;

    @Parameters(index = "1", paramLabel = "ELEMENT", arity = "0..1")
    String element;

    @Parameters(index = "2", paramLabel = "METRIC", arity = "0..1")
    String metric;

    @Mixin
    TimeRangeOptions range;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (TwinStore store = workspace.openStore()) {
            Map<SeriesKey, String> series = store.telemetry().unitsOf(twin);
            if (series.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "twin '" + twin + "' has no telemetry (see: twinbench twin list)");
            }
            if (element == null || metric == null) {
                series.forEach((key, unit) -> out.printf("%-40s %-32s %s%n", key.elementId(), key.metric(), unit));
                return 0;
            }
            SeriesKey key = new SeriesKey(twin, element, metric);
            if (!series.containsKey(key)) {
                throw new ParameterException(spec.commandLine(), "twin '" + twin + "' has no series " + element + " " + metric);
            }
            List<Sample> samples = store.telemetry().history(key, range.fromMillis(), range.toMillis());
            out.println("timestamp_ms,time,value");
            for (Sample s : samples) {
                out.println(s.timestamp() + "," + Instant.ofEpochMilli(s.timestamp()) + "," + s.value());
            }
            out.flush();
            return 0;
        }
    }
}
