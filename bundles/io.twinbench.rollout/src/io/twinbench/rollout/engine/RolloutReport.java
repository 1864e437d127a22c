package io.twinbench.rollout.engine;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.jr.ob.JSON;

import io.twinbench.analysis.report.HtmlReport;
import io.twinbench.rollout.cohort.Cohorts;
import io.twinbench.rollout.spec.RolloutSpec;
import io.twinbench.rollout.spec.RolloutSpecException;
import io.twinbench.rollout.spec.RolloutSpecReader;
import io.twinbench.rollout.spec.Stage;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.Rollouts;
import io.twinbench.store.TwinStore;

/**
 * A rollout explained from the store: where it is, each stage with its endpoints and what each
 * reported, the baseline, every measurement and every decision with its figures; as text, as a
 * JSON tree and as a standalone HTML page. Agents' words (report details) are escaped in HTML.
 */
public final class RolloutReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private final Rollouts.Rollout rollout;
    private final RolloutSpec spec;
    private final Cohorts cohorts;
    /** Each endpoint's deliveries of the rollout's plans, as "state" or, in an A/B rollout, "plan state" each. */
    private final Map<String, String> deliveries;
    private final Optional<Rollouts.Arm> other;
    private final RolloutTimeline timeline;
    private final List<Rollouts.Decision> decisions;
    private final List<Rollouts.Measurement> measurements;

    private RolloutReport(Rollouts.Rollout rollout, RolloutSpec spec, Optional<Rollouts.Arm> other, Map<String, String> deliveries,
            List<Rollouts.Decision> decisions, List<Rollouts.Measurement> measurements) {
        this.rollout = rollout;
        this.spec = spec;
        this.other = other;
        this.cohorts = RolloutEngine.cohorts(rollout, spec, other);
        this.timeline = RolloutTimeline.of(rollout, spec, cohorts, decisions);
        this.deliveries = deliveries;
        this.decisions = decisions;
        this.measurements = measurements;
    }

    public static Optional<RolloutReport> of(TwinStore store, String id) {
        Optional<Rollouts.Rollout> found = store.rollouts().get(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Rollouts.Rollout r = found.get();
        RolloutSpec spec = spec(r);
        Optional<Rollouts.Arm> other = store.rollouts().otherArm(id);
        Map<String, String> deliveries = new LinkedHashMap<>();
        deliveries(store, r.planId(), r.version(), other.isPresent(), deliveries);
        other.ifPresent(b -> deliveries(store, b.planId(), b.version(), true, deliveries));
        return Optional.of(new RolloutReport(r, spec, other, deliveries, store.rollouts().decisions(id), store.rollouts().measurements(id, -1)));
    }

    /** The spec a rollout was started with, read again: it read when the rollout started, so failing now is the store's fault. */
    static RolloutSpec spec(Rollouts.Rollout r) {
        try {
            return new RolloutSpecReader().read(r.specFile(), r.spec());
        } catch (RolloutSpecException e) {
            throw new IllegalStateException("rollout " + r.id() + "'s spec no longer reads: " + e.getMessage(), e);
        }
    }

    public Rollouts.Rollout rollout() {
        return rollout;
    }

    /** In an A/B rollout, its second plan. */
    public Optional<Rollouts.Arm> otherArm() {
        return other;
    }

    /** Every measurement of its analysis, oldest first. */
    public List<Rollouts.Measurement> measurements() {
        return measurements;
    }

    /** The stages on a timeline, for the Rollouts view. */
    public RolloutTimeline timeline() {
        return timeline;
    }

    private static void deliveries(TwinStore store, String planId, long version, boolean named, Map<String, String> into) {
        for (PlanDeliveries.Delivery d : store.plans().ofPlan(planId)) {
            if (d.version() == version) {
                into.merge(d.agentId(), named ? planId + " " + d.state() : d.state(), (x, y) -> x + ", " + y);
            }
        }
    }

    private String state(String endpoint) {
        return deliveries.getOrDefault(endpoint, "untouched");
    }

    /** One line for a list of rollouts. */
    public static String line(Rollouts.Rollout r) {
        return String.format("%-32s %-20s stage %d%s  %d endpoint(s)  started %s by %s%s", r.id(), r.state(), r.stage(), r.paused() ? " (paused)" : "",
                r.targets().size(), TIME.format(r.created()), r.createdBy(), r.reason() == null ? "" : "  " + r.reason());
    }

    public static Map<String, Object> summary(Rollouts.Rollout r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("plan", r.planId());
        m.put("version", r.version());
        m.put("state", r.state());
        m.put("stage", r.stage());
        m.put("paused", r.paused());
        m.put("reason", r.reason());
        m.put("endpoints", r.targets().size());
        m.put("created", r.created().toString());
        m.put("createdBy", r.createdBy());
        return m;
    }

    public Map<String, Object> tree() {
        Map<String, Object> tree = summary(rollout);
        List<Object> stages = new ArrayList<>();
        for (int i = 0; i < spec.stages().size(); i++) {
            Stage s = spec.stages().get(i);
            Map<String, Object> stage = new LinkedHashMap<>();
            stage.put("stage", i + 1);
            stage.put("kind", s.kind().label());
            stage.put("reach", s.reach().toString());
            stage.put("bake", duration(s.bake()));
            Map<String, Object> endpoints = new LinkedHashMap<>();
            for (String e : stageEndpoints(i)) {
                endpoints.put(e, state(e));
            }
            stage.put("endpoints", endpoints);
            stage.put("baseline", cohorts.baselineFor(i));
            stages.add(stage);
        }
        tree.put("stages", stages);
        other.ifPresent(b -> {
            Map<String, Object> ab = new LinkedHashMap<>();
            ab.put("a", Map.of("plan", rollout.planId(), "version", rollout.version(), "endpoints", cohorts.arm(Cohorts.ARM_A)));
            ab.put("b", Map.of("plan", b.planId(), "version", b.version(), "endpoints", cohorts.arm(Cohorts.ARM_B)));
            ab.put("winner", rollout.winner());
            tree.put("ab", ab);
        });
        tree.put("decisions", decisions.stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", d.at().toString());
            m.put("stage", d.stage());
            m.put("kind", d.kind());
            m.put("detail", d.detail());
            m.put("figures", d.figures());
            return (Object) m;
        }).toList());
        tree.put("measurements", measurements.stream().map(x -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", x.at().toString());
            m.put("stage", x.stage());
            m.put("metric", x.metric());
            m.put("outcome", x.outcome());
            m.put("cohort", RolloutEngine.numbers(x.cohort()));
            m.put("baseline", RolloutEngine.numbers(x.baseline()));
            m.put("detail", x.detail());
            return (Object) m;
        }).toList());
        return tree;
    }

    /** A stage's endpoints; the A/B stage's are both arms until it is decided. */
    private List<String> stageEndpoints(int stage) {
        if (stage == 0 && other.isPresent() && rollout.winner() == null) {
            List<String> both = new ArrayList<>(cohorts.arm(Cohorts.ARM_A));
            both.addAll(cohorts.arm(Cohorts.ARM_B));
            return both;
        }
        return cohorts.stages().get(stage);
    }

    public String text() {
        StringBuilder b = new StringBuilder();
        b.append("rollout ").append(rollout.id()).append(": plan ").append(rollout.planId()).append(" version ").append(rollout.version()).append(", ")
                .append(rollout.state()).append(rollout.paused() ? " (paused)" : "").append(", stage ").append(rollout.stage()).append(" of ")
                .append(spec.stages().size()).append('\n');
        if (rollout.reason() != null) {
            b.append("  reason: ").append(rollout.reason()).append('\n');
        }
        other.ifPresent(o -> b.append("  A/B: a = ").append(rollout.planId()).append(" on ").append(String.join(", ", cohorts.arm(Cohorts.ARM_A)))
                .append("; b = ").append(o.planId()).append(" on ").append(String.join(", ", cohorts.arm(Cohorts.ARM_B))).append("; winner: ")
                .append(rollout.winner() == null ? "not decided" : rollout.winner().equals(Cohorts.ARM_A) ? rollout.planId() : o.planId()).append('\n'));
        for (int i = 0; i < spec.stages().size(); i++) {
            Stage s = spec.stages().get(i);
            b.append(String.format("  stage %d  %-6s to %-5s bake %-5s", i + 1, s.kind().label(), s.reach(), duration(s.bake())));
            for (String e : stageEndpoints(i)) {
                b.append(' ').append(e).append('=').append(state(e));
            }
            b.append('\n');
        }
        b.append("  baseline of stage ").append(Math.min(rollout.stage(), spec.stages().size())).append(": ")
                .append(String.join(", ", cohorts.baselineFor(Math.min(rollout.stage(), spec.stages().size()) - 1))).append('\n');
        b.append("  decisions:\n");
        for (Rollouts.Decision d : decisions) {
            b.append("    ").append(TIME.format(d.at())).append(" [").append(d.stage()).append("] ").append(d.kind()).append(": ").append(d.detail())
                    .append('\n');
        }
        return b.toString();
    }

    public String html() {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Rollout ").append(escape(rollout.id()))
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
                        + "padding:3px 8px;text-align:left;vertical-align:top}.failed,.rolled-back{color:#b00}.successful,.confirmed,.succeeded{color:#070}"
                        + "</style></head><body>\n");
        b.append("<h1>Rollout ").append(escape(rollout.id())).append("</h1>\n<p>Plan <b>").append(escape(rollout.planId())).append("</b> version ")
                .append(rollout.version()).append(", <span class=\"").append(escape(rollout.state())).append("\">").append(escape(rollout.state()))
                .append("</span>").append(rollout.paused() ? " (paused)" : "").append(", stage ").append(rollout.stage()).append(" of ")
                .append(spec.stages().size()).append(", started ").append(TIME.format(rollout.created())).append(" by ").append(escape(rollout.createdBy()))
                .append(".</p>\n");
        if (rollout.reason() != null) {
            b.append("<p>Reason: ").append(escape(rollout.reason())).append("</p>\n");
        }
        b.append("<h2>Stages</h2>\n<table><tr><th>Stage</th><th>Reach</th><th>Bake</th><th>Endpoints</th><th>Baseline</th></tr>\n");
        for (int i = 0; i < spec.stages().size(); i++) {
            Stage s = spec.stages().get(i);
            b.append("<tr><td>").append(i + 1).append(' ').append(s.kind().label()).append("</td><td>").append(s.reach()).append("</td><td>")
                    .append(duration(s.bake())).append("</td><td>");
            for (String e : stageEndpoints(i)) {
                String state = state(e);
                b.append(escape(e)).append(" <span class=\"").append(escape(state)).append("\">").append(escape(state)).append("</span><br>");
            }
            b.append("</td><td>").append(escape(String.join(", ", cohorts.baselineFor(i)))).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>Decisions</h2>\n<table><tr><th>When</th><th>Stage</th><th>Decision</th><th>Why</th><th>Figures</th></tr>\n");
        for (Rollouts.Decision d : decisions) {
            b.append("<tr><td>").append(TIME.format(d.at())).append("</td><td>").append(d.stage()).append("</td><td>").append(escape(d.kind()))
                    .append("</td><td>").append(escape(d.detail())).append("</td><td>").append(escape(d.figures() == null ? "" : d.figures()))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n<h2>Measurements</h2>\n<table><tr><th>When</th><th>Stage</th><th>Metric</th><th>Outcome</th><th>Cohort</th><th>Baseline</th>"
                + "<th>Detail</th></tr>\n");
        for (Rollouts.Measurement m : measurements) {
            b.append("<tr><td>").append(TIME.format(m.at())).append("</td><td>").append(m.stage()).append("</td><td>").append(escape(m.metric()))
                    .append("</td><td class=\"").append(escape(m.outcome())).append("\">").append(escape(m.outcome())).append("</td><td>")
                    .append(escape(m.cohort())).append("</td><td>").append(escape(m.baseline())).append("</td><td>").append(escape(m.detail()))
                    .append("</td></tr>\n");
        }
        return b.append("</table>\n</body></html>\n").toString();
    }

    public static String json(Object tree) {
        try {
            return JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(tree);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As a spec writes it: 2m, 90s, 1h. */
    public static String duration(java.time.Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0 && ms > 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms > 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    private static String escape(String text) {
        return HtmlReport.esc(text);
    }
}
