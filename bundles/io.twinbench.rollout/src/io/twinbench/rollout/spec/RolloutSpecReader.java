package io.twinbench.rollout.spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;

import io.twinbench.remedy.plan.PlanFormatException;
import io.twinbench.remedy.plan.YamlFields;

/**
 * Reads a rollout spec from YAML or JSON (one schema); a problem names the file, the line and
 * the field. Conditions are compiled and type-checked here, so a spec that reads can run.
 *
 * <pre>
 * plan: hide-server-version
 * seed: 7
 * pin: {in: [web-1], out: [db-1]}
 * baseline: 2
 * stages:
 *   - canary: 1
 *     bake: 2m
 *   - wave: 50%
 *     bake: 5m
 *   - wave: 100%
 *     bake: 5m
 * analysis:
 *   interval: 30s
 *   after: 10m
 *   metrics:
 *     - name: errors
 *       measure: error-log-lines
 *       count: 3
 *       success: "result &lt;= 1.0"
 *       failure: "max &gt; 10.0"
 *       compare: {alpha: 0.05, worse: higher}
 * onFailure: rollback-all
 * </pre>
 *
 * An A/B rollout adds {@code ab: {plan: other-plan, arm: 2, bake: 10m}}: the spec's plan on one
 * arm, the other plan on a second, compared on the same metrics; the winner then goes through
 * the stages.
 */
public final class RolloutSpecReader {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
    private static final Set<String> TOP = Set.of("plan", "seed", "pin", "baseline", "ab", "stages", "analysis", "onFailure");
    private static final Set<String> AB = Set.of("plan", "arm", "bake");
    private static final Set<String> STAGE = Set.of("canary", "wave", "bake");
    private static final Set<String> ANALYSIS = Set.of("interval", "after", "metrics");
    private static final Set<String> METRIC = Set.of("name", "measure", "interval", "count", "success", "failure", "failureLimit",
            "inconclusiveLimit", "compare");

    public RolloutSpec read(Path file) throws IOException, RolloutSpecException {
        return read(file.getFileName().toString(), YamlFields.readAll(file));
    }

    public RolloutSpec read(String file, String text) throws RolloutSpecException {
        try {
            return read(new YamlFields(file), text);
        } catch (PlanFormatException e) {
            throw new RolloutSpecException(e.file(), e.line(), e.field(), e.problem());
        }
    }

    private RolloutSpec read(YamlFields y, String text) throws PlanFormatException {
        Node root = y.compose(text);
        Map<String, Node> top = y.mapping(root, "", TOP);
        String plan = y.required(top, "plan", "", "the id of a signed plan");
        long seed = top.containsKey("seed") ? y.number(top.get("seed"), "seed", Long.MIN_VALUE, Long.MAX_VALUE) : 0;
        Set<String> pinnedIn = new LinkedHashSet<>();
        Set<String> pinnedOut = new LinkedHashSet<>();
        if (top.containsKey("pin")) {
            Map<String, Node> pin = y.mapping(top.get("pin"), "pin", Set.of("in", "out"));
            pinnedIn.addAll(ids(y, pin.get("in"), "pin.in"));
            pinnedOut.addAll(ids(y, pin.get("out"), "pin.out"));
            for (String id : pinnedIn) {
                if (pinnedOut.contains(id)) {
                    throw y.fail(pin.get("out"), "pin.out", id + " is pinned both in and out");
                }
            }
        }
        Amount baseline = top.containsKey("baseline") ? amount(y, top.get("baseline"), "baseline") : null;
        List<Stage> stages = stages(y, top.get("stages"), root);
        AbTest ab = top.containsKey("ab") ? ab(y, top.get("ab"), plan) : null;
        if (ab != null) {
            stages = new ArrayList<>(stages);
            stages.add(0, new Stage(Stage.Kind.AB, ab.arm(), ab.bake()));
        }
        Duration after = Duration.ZERO;
        List<Metric> metrics = new ArrayList<>();
        if (top.containsKey("analysis")) {
            Map<String, Node> analysis = y.mapping(top.get("analysis"), "analysis", ANALYSIS);
            Duration interval = analysis.containsKey("interval") ? positive(y, analysis.get("interval"), "analysis.interval") : DEFAULT_INTERVAL;
            after = analysis.containsKey("after") ? y.duration(analysis.get("after"), "analysis.after") : Duration.ZERO;
            if (analysis.containsKey("metrics")) {
                List<Node> items = y.sequence(analysis.get("metrics"), "analysis.metrics");
                Set<String> names = new LinkedHashSet<>();
                for (int i = 0; i < items.size(); i++) {
                    Metric metric = metric(y, items.get(i), "analysis.metrics[" + i + "]", interval);
                    if (!names.add(metric.name())) {
                        throw y.fail(items.get(i), "analysis.metrics[" + i + "].name", "another metric is named " + metric.name());
                    }
                    metrics.add(metric);
                }
            }
        }
        OnFailure onFailure = OnFailure.ROLLBACK_ALL;
        if (top.containsKey("onFailure")) {
            String value = y.text(top.get("onFailure"), "onFailure");
            onFailure = switch (value) {
                case "rollback-all" -> OnFailure.ROLLBACK_ALL;
                case "rollback-stage" -> OnFailure.ROLLBACK_STAGE;
                default -> throw y.fail(top.get("onFailure"), "onFailure", "'" + value + "' is neither rollback-all nor rollback-stage");
            };
        }
        if (ab != null && metrics.isEmpty()) {
            throw y.fail(top.get("ab"), "ab", "an A/B rollout needs analysis metrics to compare its plans on");
        }
        return new RolloutSpec(plan, seed, pinnedIn, pinnedOut, baseline, stages, metrics, after, onFailure, ab);
    }

    private AbTest ab(YamlFields y, Node node, String plan) throws PlanFormatException {
        Map<String, Node> ab = y.mapping(node, "ab", AB);
        String other = y.required(ab, "plan", "ab.", "the id of the other signed plan");
        if (other.equals(plan)) {
            throw y.fail(ab.get("plan"), "ab.plan", "an A/B rollout compares two different plans, not " + plan + " with itself");
        }
        if (!ab.containsKey("arm")) {
            throw y.fail(node, "ab.arm", "how many endpoints each plan goes to (a count, or a share such as 10%)");
        }
        Amount arm = amount(y, ab.get("arm"), "ab.arm");
        if (arm.share() > 0.5) {
            throw y.fail(ab.get("arm"), "ab.arm", arm + " per arm is more than half: two arms cannot both have it");
        }
        Duration bake = ab.containsKey("bake") ? y.duration(ab.get("bake"), "ab.bake") : Duration.ZERO;
        return new AbTest(other, arm, bake);
    }

    private List<Stage> stages(YamlFields y, Node node, Node root) throws PlanFormatException {
        if (node == null) {
            throw y.fail(root, "stages", "stages are needed: a canary and waves, the last reaching 100%");
        }
        List<Node> items = y.sequence(node, "stages");
        if (items.isEmpty()) {
            throw y.fail(node, "stages", "at least one stage is needed");
        }
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "stages[" + i + "]";
            Map<String, Node> stage = y.mapping(items.get(i), path, STAGE);
            boolean canary = stage.containsKey("canary");
            if (canary == stage.containsKey("wave")) {
                throw y.fail(items.get(i), path, "a stage is either a canary or a wave");
            }
            if (canary && i > 0) {
                throw y.fail(stage.get("canary"), path + ".canary", "only the first stage can be a canary");
            }
            String key = canary ? "canary" : "wave";
            Amount reach = amount(y, stage.get(key), path + "." + key);
            Duration bake = stage.containsKey("bake") ? y.duration(stage.get("bake"), path + ".bake") : Duration.ZERO;
            if (!stages.isEmpty()) {
                Amount previous = stages.get(stages.size() - 1).reach();
                boolean sameKind = (previous.count() > 0) == (reach.count() > 0);
                if (sameKind && (reach.count() > 0 ? reach.count() <= previous.count() : reach.share() <= previous.share())) {
                    throw y.fail(stage.get(key), path + "." + key, "each stage must reach more endpoints than the one before (" + previous + ")");
                }
            }
            stages.add(new Stage(canary ? Stage.Kind.CANARY : Stage.Kind.WAVE, reach, bake));
        }
        Stage last = stages.get(stages.size() - 1);
        if (last.reach().share() != 1.0) {
            Node lastNode = items.get(items.size() - 1);
            throw y.fail(lastNode, "stages[" + (items.size() - 1) + "]", "the last stage must reach every target: wave: 100%");
        }
        return stages;
    }

    private Metric metric(YamlFields y, Node node, String path, Duration defaultInterval) throws PlanFormatException {
        Map<String, Node> m = y.mapping(node, path, METRIC);
        String name = y.required(m, "name", path + ".", "a name");
        if (!name.matches("[A-Za-z0-9_.-]{1,60}")) {
            throw y.fail(m.get("name"), path + ".name", "'" + name + "' is not a name (letters, digits, _ . -, at most 60)");
        }
        String measureText = y.required(m, "measure", path + ".", "what it measures");
        Measure measure;
        try {
            measure = Measure.parse(measureText);
        } catch (IllegalArgumentException e) {
            throw y.fail(m.get("measure"), path + ".measure", e.getMessage());
        }
        Duration interval = m.containsKey("interval") ? positive(y, m.get("interval"), path + ".interval") : defaultInterval;
        int count = m.containsKey("count") ? (int) y.number(m.get("count"), path + ".count", 1, 10_000) : 1;
        Condition success = condition(y, m, "success", path);
        Condition failure = condition(y, m, "failure", path);
        if (success == null && failure == null) {
            throw y.fail(node, path, "a success or a failure condition is needed");
        }
        int failureLimit = m.containsKey("failureLimit") ? (int) y.number(m.get("failureLimit"), path + ".failureLimit", 0, 10_000) : 0;
        int inconclusiveLimit = m.containsKey("inconclusiveLimit")
                ? (int) y.number(m.get("inconclusiveLimit"), path + ".inconclusiveLimit", 0, 10_000) : 0;
        Metric.Comparison comparison = null;
        if (m.containsKey("compare")) {
            Map<String, Node> c = y.mapping(m.get("compare"), path + ".compare", Set.of("alpha", "worse"));
            double alpha = c.containsKey("alpha") ? y.decimal(c.get("alpha"), path + ".compare.alpha") : 0.05;
            if (alpha <= 0 || alpha >= 0.5) {
                throw y.fail(c.get("alpha"), path + ".compare.alpha", alpha + " is not a significance level between 0 and 0.5");
            }
            String worse = y.required(c, "worse", path + ".compare.", "which way is worse (higher or lower)");
            if (!worse.equals("higher") && !worse.equals("lower")) {
                throw y.fail(c.get("worse"), path + ".compare.worse", "'" + worse + "' is neither higher nor lower");
            }
            comparison = new Metric.Comparison(alpha, worse.equals("higher"));
        }
        return new Metric(name, measure, interval, count, success, failure, failureLimit, inconclusiveLimit, comparison);
    }

    private Condition condition(YamlFields y, Map<String, Node> m, String key, String path) throws PlanFormatException {
        String text = y.optional(m, key, path + ".");
        if (text == null) {
            return null;
        }
        try {
            return Condition.compile(text);
        } catch (IllegalArgumentException e) {
            throw y.fail(m.get(key), path + "." + key, e.getMessage());
        }
    }

    private Amount amount(YamlFields y, Node node, String path) throws PlanFormatException {
        String text = y.text(node, path).trim();
        try {
            if (text.endsWith("%")) {
                double percent = Double.parseDouble(text.substring(0, text.length() - 1).trim());
                if (!(percent > 0 && percent <= 100)) {
                    throw y.fail(node, path, text + " is not a share between 0% and 100%");
                }
                return Amount.share(percent / 100);
            }
            return Amount.count((int) y.number(node, path, 1, 1_000_000));
        } catch (NumberFormatException e) {
            throw y.fail(node, path, "'" + text + "' is neither a count nor a share such as 10%");
        }
    }

    private Duration positive(YamlFields y, Node node, String path) throws PlanFormatException {
        Duration d = y.duration(node, path);
        if (d.isZero()) {
            throw y.fail(node, path, "an interval must be longer than zero");
        }
        return d;
    }

    private List<String> ids(YamlFields y, Node node, String path) throws PlanFormatException {
        List<String> ids = new ArrayList<>();
        if (node == null) {
            return ids;
        }
        List<Node> items = y.sequence(node, path);
        for (int i = 0; i < items.size(); i++) {
            String id = y.text(items.get(i), path + "[" + i + "]").trim();
            if (id.isEmpty()) {
                throw y.fail(items.get(i), path + "[" + i + "]", "an endpoint id is empty");
            }
            ids.add(id);
        }
        return ids;
    }
}
