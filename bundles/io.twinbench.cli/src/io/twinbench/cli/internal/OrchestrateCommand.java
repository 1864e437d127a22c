package io.twinbench.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import io.twinbench.orchestrate.LoopSchedules;
import io.twinbench.orchestrate.LoopStage;
import io.twinbench.remedy.plan.YamlFields;
import io.twinbench.store.Orchestrations;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `twinbench orchestrate …`: the scenarios the orchestration loop runs on endpoints' twins, and
 * where each endpoint is in the loop. The workbench, or ./twinbench serve with a Docker engine,
 * runs the loop.
 */
@Command(name = "orchestrate", mixinStandardHelpOptions = true,
        description = {"The orchestration loop: scheduled simulations on each endpoint's twin; a plan from the recommendations the twins confirmed,",
                "tried on the twin; an approver's signature; a staged rollout; monitoring; a report. The workbench or ./twinbench serve --docker runs it."})
public final class OrchestrateCommand implements Runnable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Attach a scenario to an endpoint's twin, run every period from now on.")
    int add(@Parameters(paramLabel = "ENDPOINT") String endpoint, @Option(names = "--scenario", required = true, paramLabel = "FILE") Path scenario,
            @Option(names = "--every", required = true, paramLabel = "DURATION", description = "How often: 30m, 6h, 1d.") String every,
            @Option(names = "--rollout", paramLabel = "SPEC", description = {"The rollout spec its plans go out with, without the plan line",
                    "(default: one wave, 2 min bake, error lines watched for 10 min after)."}) Path rollout,
            @Mixin WorkspaceOption workspace) {
        try (TwinStore store = workspace.openStore()) {
            String spec = rollout == null ? null : YamlFields.readAll(rollout);
            Orchestrations.Schedule s = new LoopSchedules(store, Clock.systemUTC()).add(endpoint, scenario.getFileName().toString(),
                    YamlFields.readAll(scenario), LoopSchedules.period(every), spec, user());
            out().println("scenario '" + s.scenarioName() + "' runs on the twin of " + endpoint + " every " + every + ", first at the next step"
                    + " of the loop (the workbench, or ./twinbench serve --docker)");
            return 0;
        } catch (IOException | io.twinbench.sim.scenario.ScenarioFormatException | io.twinbench.remedy.plan.DocumentFormatException
                | IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Each endpoint's place in the loop, what waits for the analyst first.")
    int status(@Mixin WorkspaceOption workspace) {
        try (TwinStore store = workspace.openStore()) {
            List<Orchestrations.Schedule> all = store.orchestrations().all().stream()
                    .sorted(Comparator.comparingInt((Orchestrations.Schedule s) -> LoopStage.urgency(s.stage()))
                            .thenComparing(Orchestrations.Schedule::endpointId))
                    .toList();
            PrintWriter out = out();
            if (all.isEmpty()) {
                out.println("no schedule: attach a scenario with ./twinbench orchestrate add ENDPOINT --scenario FILE --every 6h");
            }
            for (Orchestrations.Schedule s : all) {
                out.printf("%-20s %-18s %-20s next %s%s%n    %s%n", s.endpointId(), s.stage(), s.scenarioName(), TIME.format(s.nextDue()),
                        s.planId() == null ? "" : "  plan " + s.planId() + (s.rolloutId() == null ? "" : ", rollout " + s.rolloutId()), s.detail());
            }
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "An endpoint's way through the loop, oldest first.")
    int history(@Parameters(paramLabel = "ENDPOINT") String endpoint, @Option(names = "--last", defaultValue = "50") int last,
            @Mixin WorkspaceOption workspace) {
        try (TwinStore store = workspace.openStore()) {
            for (Orchestrations.Event e : store.orchestrations().events(endpoint, last)) {
                out().printf("%s  %-20s %-18s %s%n", TIME.format(e.at()), e.scenarioName(), e.stage(), e.detail());
            }
            return 0;
        }
    }

    @Command(name = "run-now", mixinStandardHelpOptions = true, description = "Make a waiting schedule due now.")
    int runNow(@Parameters(paramLabel = "ENDPOINT") String endpoint, @Parameters(paramLabel = "SCENARIO") String scenario,
            @Mixin WorkspaceOption workspace) {
        return steer(workspace, schedules -> schedules.runNow(endpoint, scenario, user()), scenario + " on " + endpoint + " is due now");
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop running a scenario on an endpoint (a plan or rollout it made stays).")
    int remove(@Parameters(paramLabel = "ENDPOINT") String endpoint, @Parameters(paramLabel = "SCENARIO") String scenario,
            @Mixin WorkspaceOption workspace) {
        return steer(workspace, schedules -> schedules.remove(endpoint, scenario), scenario + " no longer runs on " + endpoint);
    }

    private interface Order {
        void give(LoopSchedules schedules);
    }

    private int steer(WorkspaceOption workspace, Order order, String done) {
        try (TwinStore store = workspace.openStore()) {
            order.give(new LoopSchedules(store, Clock.systemUTC()));
            out().println(done);
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private static String user() {
        return System.getProperty("user.name");
    }
}
