package io.twinbench.cli.internal;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.twinbench.analysis.predict.FailurePredictions;
import io.twinbench.analysis.predict.Forecast;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench predict`: the failures a twin's recent telemetry predicts, soonest first. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Predict a twin's component failures from its history: file systems filling up, memory running out and",
                "services entering a crash loop, each with when, how confident the model is and how far off it was on the held-out",
                "part of the window (the last fifth of a series, or the last gap between restarts)."})
public final class PredictCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "TWIN")
    String twin;

    @Option(names = "--window-hours", defaultValue = "24", description = "History the models learn from (default: ${DEFAULT-VALUE}).")
    int windowHours;

    @Option(names = "--horizon-days", defaultValue = "30", description = "Only failures expected within this many days (default: ${DEFAULT-VALUE}).")
    int horizonDays;

    @Override
    public Integer call() {
        if (windowHours < 1 || horizonDays < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--window-hours and --horizon-days must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        long now = System.currentTimeMillis();
        try (TwinStore store = workspace.openStore()) {
            List<Forecast> forecasts = new FailurePredictions(store).predict(twin, now, Duration.ofHours(windowHours),
                    Duration.ofDays(horizonDays));
            out.println("element,failure,expected_at,in_hours,fit,growth_per_hour,held_out_error");
            for (Forecast f : forecasts) {
                out.printf(Locale.ROOT, "%s,%s,%s,%.1f,%.2f,%.4g,%.4g%n", f.elementId(), f.failureMode(), Instant.ofEpochMilli(f.expectedAt()),
                        (f.expectedAt() - now) / 3_600_000.0, f.fit(), f.growthPerHour(), f.heldOutError());
            }
            out.flush();
            spec.commandLine().getErr().println(forecasts.size() + " predicted failures within " + horizonDays + " days");
            return 0;
        }
    }
}
