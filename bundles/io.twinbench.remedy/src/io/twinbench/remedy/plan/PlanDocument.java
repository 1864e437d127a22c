package io.twinbench.remedy.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * A plan as JSON in the schema {@link PlanReader} reads, with every key in a fixed order, so the
 * same plan always gives the same bytes and the same digest: the workbench signs these bytes'
 * digest and the agent, having read the plan back, writes it again and compares.
 */
public final class PlanDocument {

    private static final JSON JSON_WRITER = JSON.std;

    private PlanDocument() {
    }

    public static byte[] canonical(Plan plan) {
        try {
            return JSON_WRITER.asBytes(tree(plan));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indented, for files an analyst reads and edits. */
    public static String pretty(Plan plan) {
        try {
            return JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(tree(plan)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String digest(Plan plan) {
        return sha256(canonical(plan));
    }

    public static Map<String, Object> tree(Plan plan) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", plan.id());
        map.put("title", plan.title());
        map.put("reason", plan.reason());
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("endpoints", plan.targets().endpoints());
        if (!plan.targets().selector().isEmpty()) {
            targets.put("selector", plan.targets().selector());
        }
        map.put("targets", targets);
        map.put("confirmTimeout", plan.confirmTimeout().toMillis() + "ms");
        map.put("artifacts", plan.artifacts().stream().map(a -> ordered("name", a.name(), "sha256", a.sha256(), "size", a.size() < 0 ? null : a.size()))
                .toList());
        map.put("actions", plan.actions().stream().map(PlanDocument::action).toList());
        map.put("checks", plan.checks().stream().map(PlanDocument::check).toList());
        map.put("version", plan.version());
        if (plan.expires() != null) {
            map.put("expires", plan.expires().toString());
        }
        return map;
    }

    private static Map<String, Object> action(Action action) {
        Map<String, Object> map;
        if (action instanceof Action.WriteFile w) {
            map = ordered("write", w.path(), "content", w.content(), "artifact", w.artifact(), "owner", w.owner(),
                    "group", w.group(), "mode", w.mode() == null ? null : String.format("%04o", w.mode()));
        } else if (action instanceof Action.EditConfig e) {
            map = ordered("edit", e.path(), "style", lower(e.style()), "section", e.section().isEmpty() ? null : e.section(),
                    "set", e.set().isEmpty() ? null : e.set(), "remove", e.remove().isEmpty() ? null : e.remove());
        } else if (action instanceof Action.Package p) {
            map = ordered("package", p.name(), p.operation().word(), p.artifact() != null ? p.artifact() : "true");
        } else if (action instanceof Action.Service s) {
            map = ordered("service", s.name(), "do", s.operation().word());
        } else if (action instanceof Action.Account a) {
            map = ordered("account", a.name(), "do", a.lock() ? "lock" : "unlock");
        } else if (action instanceof Action.Limit l) {
            map = ordered("limit", l.item(), "for", l.domain(), "type", l.type(), "value", l.value());
        } else if (action instanceof Action.Firewall f) {
            FirewallRule r = f.rule();
            map = ordered("firewall", f.add() ? "add" : "remove", "chain", r.chain(), "protocol", r.protocol(), "port", r.port(), "from", r.from(),
                    "to", r.to(), "verdict", r.verdict());
        } else {
            Action.Sysctl s = (Action.Sysctl) action;
            map = ordered("sysctl", s.key(), "value", s.value());
        }
        if (action.why() != null) {
            map.put("why", action.why());
        }
        return map;
    }

    private static Map<String, Object> check(Check check) {
        if (check instanceof Check.TcpPort t) {
            return ordered("tcp", t.host() + ":" + t.port());
        } else if (check instanceof Check.Http h) {
            return ordered("http", h.url(), "status", h.status());
        } else if (check instanceof Check.ProcessRuns p) {
            return ordered("process", p.name());
        } else if (check instanceof Check.ServiceRuns s) {
            return ordered("service", s.name());
        } else if (check instanceof Check.FileHash f) {
            return ordered("file", f.path(), "sha256", f.sha256());
        }
        Check.Metric m = (Check.Metric) check;
        return ordered("metric", m.metric(), "min", m.min(), "max", m.max(), "for", m.period().toMillis() + "ms");
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Key, value, key, value…; null values are left out. */
    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1] instanceof List<?> l ? List.copyOf(l) : pairs[i + 1]);
            }
        }
        return map;
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
