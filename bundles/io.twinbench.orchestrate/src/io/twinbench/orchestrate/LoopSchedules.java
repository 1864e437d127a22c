package io.twinbench.orchestrate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.twinbench.rollout.engine.RolloutReport;
import io.twinbench.rollout.spec.RolloutSpecReader;
import io.twinbench.sim.scenario.Scenario;
import io.twinbench.sim.scenario.ScenarioReader;
import io.twinbench.store.Orchestrations.Schedule;
import io.twinbench.store.TwinStore;

/** What the analyst attaches to endpoints for the loop to run: scenarios, how often, and the rollout their plans go out with. */
public final class LoopSchedules {

    /** The rollout a loop plan goes out with when its schedule names no spec: one endpoint, watched for new error lines. */
    public static final String DEFAULT_SPEC = """
            stages:
              - wave: 100%
                bake: 2m
            analysis:
              interval: 30s
              after: 10m
              metrics:
                - name: errors
                  measure: error-log-lines
                  count: 4
                  failure: "max > 60.0"
            """;
    private final TwinStore store;
    private final Clock clock;

    public LoopSchedules(TwinStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Attaches a scenario to an endpoint's twin, run every period from now on; rolloutSpec is a
     * rollout spec without its plan line (the loop's plan fills it in), or null for
     * {@link #DEFAULT_SPEC}. Both are read now, so a schedule that is added can run.
     */
    public Schedule add(String endpointId, String scenarioFile, String scenarioText, Duration every, String rolloutSpec, String by)
            throws io.twinbench.sim.scenario.ScenarioFormatException, io.twinbench.rollout.spec.RolloutSpecException {
        Scenario scenario = new ScenarioReader().read(scenarioFile, scenarioText);
        if (every.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("a schedule runs at most once a minute, not every " + every.toSeconds() + " s");
        }
        if (rolloutSpec != null && rolloutSpec.lines().anyMatch(l -> l.startsWith("plan:"))) {
            throw new IllegalArgumentException("the rollout spec names a plan; the loop fills in the plan it makes: leave the plan line out");
        }
        new RolloutSpecReader().read("rollout spec of the schedule", specFor("a-plan", rolloutSpec));
        if (store.snapshots().latest(endpointId).isEmpty()) {
            throw new IllegalArgumentException("the workspace has no twin of " + endpointId + ": its agent enrols it");
        }
        Instant now = clock.instant();
        Schedule s = new Schedule(endpointId, scenario.name(), scenarioText, every, rolloutSpec, LoopStage.WAITING, now, null, null,
                "scheduled by " + by + ": scenario '" + scenario.name() + "' every " + RolloutReport.duration(every), by, now, 0);
        if (!store.orchestrations().add(s)) {
            throw new IllegalArgumentException(endpointId + " has a schedule of scenario '" + scenario.name() + "' already");
        }
        return s;
    }

    /** Makes a waiting schedule due now. */
    public void runNow(String endpointId, String scenarioName, String by) {
        Schedule s = store.orchestrations().get(endpointId, scenarioName)
                .orElseThrow(() -> new IllegalArgumentException(endpointId + " has no schedule of scenario '" + scenarioName + "'"));
        if (!LoopStage.WAITING.equals(s.stage()) && !LoopStage.NEEDS_ATTENTION.equals(s.stage())) {
            throw new IllegalArgumentException("scenario '" + scenarioName + "' on " + endpointId + " is " + s.stage() + ", not waiting");
        }
        store.orchestrations().move(s.moved(s.stage(), clock.instant(), s.planId(), s.rolloutId(), "run now, asked by " + by, clock.instant()));
    }

    /** Removes a schedule; a plan or rollout it made stays, as the analyst's to finish. */
    public void remove(String endpointId, String scenarioName) {
        if (!store.orchestrations().remove(endpointId, scenarioName)) {
            throw new IllegalArgumentException(endpointId + " has no schedule of scenario '" + scenarioName + "'");
        }
    }

    /** How often a schedule runs, as the analyst writes it: 30m, 6h or 1d. */
    public static Duration period(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,6})([mhd])").matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a period such as 30m, 6h or 1d");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    /** The spec a loop plan rolls out with: the schedule's, or the default, with the plan's line. */
    public static String specFor(String planId, String template) {
        return "plan: " + planId + "\n" + (template == null ? DEFAULT_SPEC : template);
    }
}
