package io.twinbench.remedy.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a remediation plan from YAML or JSON (one schema; JSON is YAML too). Every problem
 * names the file, the line and the field:
 *
 * <pre>
 * id: harden-ssh
 * title: No root login over SSH
 * reason: CIS 5.2.10; root logged in from 203.0.113.7 last week
 * targets:
 *   endpoints: [web-01, web-02]     # agent ids, or
 *   selector: web-*                 # a hostname glob, resolved to ids when the plan is approved
 * confirmTimeout: 2m                # the endpoint undoes the plan unless the workbench confirms in time
 * artifacts:                        # files that travel with the plan, pinned by SHA-256
 *   - {name: hello_2.12_amd64.deb, sha256: 3f…, size: 53412}
 * actions:
 *   - edit: /etc/ssh/sshd_config
 *     style: sshd                   # or ini (with section:)
 *     set: {PermitRootLogin: "no"}
 *     remove: [X11Forwarding]
 *   - write: /etc/issue.net
 *     content: "Authorised use only\n"
 *     owner: root
 *     group: root
 *     mode: "0644"
 *   - package: hello
 *     upgrade: hello_2.12_amd64.deb # install: ARTIFACT, upgrade: ARTIFACT or remove: true
 *   - service: ssh
 *     do: restart                   # enable, disable, start, stop or restart
 *   - sysctl: net.ipv4.tcp_syncookies
 *     value: "1"
 *   - account: backup                # lock or unlock its password
 *     do: lock
 *   - limit: nofile                  # a process limit (pam_limits), in its own file under /etc/security/limits.d
 *     for: www-data                  # a user, @group or *
 *     type: hard                     # soft, hard or - (both, the default)
 *     value: 65536
 *   - firewall: add                 # add or remove, in nftables table inet twinbench
 *     chain: input                  # input, output or forward
 *     protocol: tcp                 # tcp, udp, icmp or icmpv6 (optional)
 *     port: 23                      # destination port or range 8000-8080 (tcp or udp)
 *     from: 203.0.113.0/24          # source address or prefix (optional); to: the destination
 *     verdict: drop                 # accept, drop or reject
 * checks:
 *   - tcp: 127.0.0.1:22
 *   - http: http://127.0.0.1/
 *     status: 200
 *   - process: sshd
 *   - service: ssh
 *   - file: /etc/ssh/sshd_config
 *     sha256: 9c…
 *   - metric: cpu                   # cpu or memory (used fraction 0…1) or load1
 *     max: 0.9
 *     for: 30s
 * </pre>
 */
public final class PlanReader {

    private static final Set<String> PLAN_KEYS = Set.of("id", "title", "reason", "targets", "confirmTimeout", "artifacts", "actions",
            "checks", "version", "expires");
    private static final Set<String> TARGET_KEYS = Set.of("endpoints", "selector");
    private static final Set<String> ARTIFACT_KEYS = Set.of("name", "sha256", "size");
    private static final Set<String> WRITE_KEYS = Set.of("write", "content", "artifact", "owner", "group", "mode", "why");
    private static final Set<String> EDIT_KEYS = Set.of("edit", "style", "section", "set", "remove", "why");
    private static final Set<String> PACKAGE_KEYS = Set.of("package", "install", "upgrade", "remove", "why");
    private static final Set<String> SERVICE_KEYS = Set.of("service", "do", "why");
    private static final Set<String> SYSCTL_KEYS = Set.of("sysctl", "value", "why");
    private static final Set<String> ACCOUNT_KEYS = Set.of("account", "do", "why");
    private static final Set<String> LIMIT_KEYS = Set.of("limit", "for", "type", "value", "why");
    private static final Set<String> FIREWALL_KEYS = Set.of("firewall", "chain", "protocol", "port", "from", "to", "verdict", "why");
    private static final Set<String> LIMIT_ITEMS = Set.of("core", "data", "fsize", "memlock", "nofile", "rss", "stack", "cpu", "nproc", "as",
            "maxlogins", "maxsyslogins", "priority", "locks", "sigpending", "msgqueue", "nice", "rtprio");
    private static final List<String> ACTION_KINDS = List.of("write", "edit", "package", "service", "sysctl", "account", "limit",
            "firewall");
    private static final List<String> CHECK_KINDS = List.of("tcp", "http", "process", "service", "file", "metric");
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    static final Pattern ARTIFACT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+~-]{0,199}");
    private static final Pattern SERVICE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9@._-]{0,199}");
    private static final Pattern PACKAGE = Pattern.compile("[a-z0-9][a-z0-9+.-]{0,199}");
    private static final Pattern SYSCTL = Pattern.compile("[a-z0-9_][a-z0-9_.-]{0,199}(?<!\\.)");
    private static final Pattern CONFIG_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,200}");
    private static final Pattern ACCOUNT = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
    static final int MAX_ACTIONS = 1_000;
    static final int MAX_CONTENT = 4 << 20;

    public Plan read(Path file) throws IOException, PlanFormatException {
        return read(file.toString(), YamlFields.readAll(file));
    }

    public Plan read(String file, String text) throws PlanFormatException {
        YamlFields fields = new YamlFields(file);
        return read(fields, file, fields.compose(text));
    }

    /**
     * A plan already parsed as JSON (maps, lists, strings, numbers, booleans), as an agent has its
     * signed statement's predicate: read with the same rules, without the YAML parser, which would
     * cost the agent 150 classes more while it applies. Problems name the field; a parsed tree has no lines.
     */
    public Plan readParsed(String file, Object json) throws PlanFormatException {
        YamlFields fields = new YamlFields(file);
        return read(fields, file, fields.tree(json, ""));
    }

    private Plan read(YamlFields fields, String file, Node root) throws PlanFormatException {
        Map<String, Node> top = fields.mapping(root, "", PLAN_KEYS);
        String defaultId = Path.of(file).getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
        String id = top.containsKey("id") ? fields.text(top.get("id"), "id") : defaultId;
        if (!ID.matcher(id).matches()) {
            throw fields.fail(top.get("id"), "id", "'" + id + "' is not an id (letters, digits, '.', '_', '-'; at most 100)");
        }
        String title = fields.required(top, "title", "", "a title");
        String reason = fields.optional(top, "reason", "");
        Targets targets = targets(fields, top.get("targets"), root);
        Duration confirm = top.containsKey("confirmTimeout") ? fields.duration(top.get("confirmTimeout"), "confirmTimeout")
                : Plan.DEFAULT_CONFIRM_TIMEOUT;
        if (confirm.compareTo(Duration.ofSeconds(1)) < 0 || confirm.compareTo(Duration.ofDays(1)) > 0) {
            throw fields.fail(top.get("confirmTimeout"), "confirmTimeout", "must be between 1 s and 1 day");
        }
        List<Artifact> artifacts = artifacts(fields, top.get("artifacts"));
        Node actionsNode = top.get("actions");
        if (actionsNode == null) {
            throw fields.fail(root, "actions", "a plan needs a list of at least one action");
        }
        List<Node> actionNodes = fields.sequence(actionsNode, "actions");
        if (actionNodes.isEmpty() || actionNodes.size() > MAX_ACTIONS) {
            throw fields.fail(actionsNode, "actions", "a plan needs between 1 and " + MAX_ACTIONS + " actions");
        }
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < actionNodes.size(); i++) {
            actions.add(action(fields, actionNodes.get(i), "actions[" + i + "]", artifacts));
        }
        List<Check> checks = new ArrayList<>();
        if (top.containsKey("checks")) {
            List<Node> checkNodes = fields.sequence(top.get("checks"), "checks");
            for (int i = 0; i < checkNodes.size(); i++) {
                checks.add(new CheckReader(fields).check(checkNodes.get(i), "checks[" + i + "]", CHECK_KINDS));
            }
        }
        long version = top.containsKey("version") ? fields.number(top.get("version"), "version", 0, Long.MAX_VALUE) : 0;
        Instant expires = null;
        if (top.containsKey("expires")) {
            try {
                expires = Instant.parse(fields.text(top.get("expires"), "expires"));
            } catch (DateTimeParseException e) {
                throw fields.fail(top.get("expires"), "expires", "not a UTC time such as 2026-12-06T12:00:00Z");
            }
        }
        return new Plan(id, title, reason, targets, actions, checks, confirm, artifacts, version, expires);
    }

    private Targets targets(YamlFields fields, Node node, Node root) throws PlanFormatException {
        if (node == null) {
            throw fields.fail(root, "targets", "a plan needs targets: endpoints (agent ids) or a selector");
        }
        Map<String, Node> keys = fields.mapping(node, "targets", TARGET_KEYS);
        List<String> endpoints = new ArrayList<>();
        if (keys.containsKey("endpoints")) {
            List<Node> ids = fields.sequence(keys.get("endpoints"), "targets.endpoints");
            for (int i = 0; i < ids.size(); i++) {
                String id = fields.text(ids.get(i), "targets.endpoints[" + i + "]");
                if (!ID.matcher(id).matches()) {
                    throw fields.fail(ids.get(i), "targets.endpoints[" + i + "]", "'" + id + "' is not an agent id");
                }
                endpoints.add(id);
            }
        }
        String selector = fields.optional(keys, "selector", "targets.");
        if (endpoints.isEmpty() && (selector == null || selector.isBlank())) {
            throw fields.fail(node, "targets", "name at least one endpoint or give a selector");
        }
        return new Targets(endpoints, selector);
    }

    private List<Artifact> artifacts(YamlFields fields, Node node) throws PlanFormatException {
        List<Artifact> artifacts = new ArrayList<>();
        if (node == null) {
            return artifacts;
        }
        List<Node> items = fields.sequence(node, "artifacts");
        for (int i = 0; i < items.size(); i++) {
            String path = "artifacts[" + i + "].";
            Map<String, Node> keys = fields.mapping(items.get(i), "artifacts[" + i + "]", ARTIFACT_KEYS);
            String name = fields.required(keys, "name", path, "a name");
            if (!ARTIFACT_NAME.matcher(name).matches()) {
                throw fields.fail(keys.get("name"), path + "name", "'" + name + "' is not a plain file name");
            }
            String sha = fields.required(keys, "sha256", path, "a SHA-256").toLowerCase(Locale.ROOT);
            if (!sha.matches("[0-9a-f]{64}")) {
                throw fields.fail(keys.get("sha256"), path + "sha256", "not 64 hex digits");
            }
            long size = keys.containsKey("size") ? fields.number(keys.get("size"), path + "size", 0, 1L << 34) : -1;
            if (artifacts.stream().anyMatch(a -> a.name().equals(name))) {
                throw fields.fail(keys.get("name"), path + "name", "artifact " + name + " is listed twice");
            }
            artifacts.add(new Artifact(name, sha, size));
        }
        return artifacts;
    }

    private Action action(YamlFields fields, Node node, String path, List<Artifact> artifacts) throws PlanFormatException {
        Map<String, Node> keys = fields.mapping(node, path, null);
        String kind = ACTION_KINDS.stream().filter(keys::containsKey).findFirst()
                .orElseThrow(() -> fields.fail(node, path, "an action starts with one of " + String.join(", ", ACTION_KINDS)));
        String p = path + ".";
        return switch (kind) {
            case "write" -> write(fields, fields.mapping(node, path, WRITE_KEYS), p, artifacts);
            case "edit" -> edit(fields, fields.mapping(node, path, EDIT_KEYS), p);
            case "package" -> packageAction(fields, fields.mapping(node, path, PACKAGE_KEYS), p, artifacts);
            case "service" -> {
                Map<String, Node> k = fields.mapping(node, path, SERVICE_KEYS);
                String name = matching(fields, k, "service", p, SERVICE, "a service name");
                String op = fields.required(k, "do", p, "what to do (enable, disable, start, stop or restart)");
                yield new Action.Service(name, operation(fields, k.get("do"), p + "do", op, Action.ServiceOperation.class),
                        fields.optional(k, "why", p));
            }
            case "account" -> {
                Map<String, Node> k = fields.mapping(node, path, ACCOUNT_KEYS);
                String name = matching(fields, k, "account", p, ACCOUNT, "an account name");
                String op = fields.required(k, "do", p, "what to do (lock or unlock)");
                if (!op.equals("lock") && !op.equals("unlock")) {
                    throw fields.fail(k.get("do"), p + "do", "'" + op + "' is not one of lock, unlock");
                }
                yield new Action.Account(name, op.equals("lock"), fields.optional(k, "why", p));
            }
            case "limit" -> {
                Map<String, Node> k = fields.mapping(node, path, LIMIT_KEYS);
                String item = fields.required(k, "limit", p, "a limit (nofile, nproc, core, …)");
                if (!LIMIT_ITEMS.contains(item)) {
                    throw fields.fail(k.get("limit"), p + "limit", "'" + item + "' is not one of " + String.join(", ", new java.util.TreeSet<>(LIMIT_ITEMS)));
                }
                String domain = fields.required(k, "for", p, "whom it limits (a user, @group or *)");
                if (!domain.matches("\\*|@?[a-z_][a-z0-9_-]{0,31}")) {
                    throw fields.fail(k.get("for"), p + "for", "'" + domain + "' is not a user, @group or *");
                }
                String type = k.containsKey("type") ? fields.text(k.get("type"), p + "type") : "-";
                if (!type.equals("soft") && !type.equals("hard") && !type.equals("-")) {
                    throw fields.fail(k.get("type"), p + "type", "'" + type + "' is not soft, hard or - (both)");
                }
                String value = fields.required(k, "value", p, "a value");
                if (!value.matches("-?\\d{1,18}|unlimited|infinity")) {
                    throw fields.fail(k.get("value"), p + "value", "'" + value + "' is not a number, unlimited or infinity");
                }
                yield new Action.Limit(domain, type, item, value, fields.optional(k, "why", p));
            }
            case "firewall" -> firewall(fields, fields.mapping(node, path, FIREWALL_KEYS), p);
            default -> {
                Map<String, Node> k = fields.mapping(node, path, SYSCTL_KEYS);
                String key = matching(fields, k, "sysctl", p, SYSCTL, "a sysctl key");
                String value = fields.required(k, "value", p, "a value");
                singleLine(fields, k.get("value"), p + "value", value);
                yield new Action.Sysctl(key, value.trim(), fields.optional(k, "why", p));
            }
        };
    }

    private static Action firewall(YamlFields fields, Map<String, Node> k, String p) throws PlanFormatException {
        String op = fields.required(k, "firewall", p, "what to do (add or remove)");
        if (!op.equals("add") && !op.equals("remove")) {
            throw fields.fail(k.get("firewall"), p + "firewall", "'" + op + "' is not one of add, remove");
        }
        String chain = fields.required(k, "chain", p, "a chain (input, output or forward)");
        String verdict = fields.required(k, "verdict", p, "a verdict (accept, drop or reject)");
        try {
            return new Action.Firewall(op.equals("add"), new FirewallRule(chain, fields.optional(k, "protocol", p), fields.optional(k, "port", p),
                    fields.optional(k, "from", p), fields.optional(k, "to", p), verdict), fields.optional(k, "why", p));
        } catch (IllegalArgumentException e) {
            // the rule names the field it refuses first: "port: …"
            String field = e.getMessage().substring(0, Math.max(0, e.getMessage().indexOf(':')));
            Node at = k.containsKey(field) ? k.get(field) : k.get("firewall");
            throw fields.fail(at, p + (k.containsKey(field) ? field : "firewall"), e.getMessage().substring(e.getMessage().indexOf(':') + 1).strip());
        }
    }

    private Action write(YamlFields fields, Map<String, Node> keys, String p, List<Artifact> artifacts) throws PlanFormatException {
        String path = absolutePath(fields, keys.get("write"), p + "write");
        String content = fields.optional(keys, "content", p);
        String artifact = fields.optional(keys, "artifact", p);
        if ((content == null) == (artifact == null)) {
            throw fields.fail(keys.get("write"), p + "content", "give either content or artifact");
        }
        if (content != null && content.length() > MAX_CONTENT) {
            throw fields.fail(keys.get("content"), p + "content", "more than " + MAX_CONTENT + " characters: ship it as an artifact");
        }
        if (artifact != null) {
            knownArtifact(fields, keys.get("artifact"), p + "artifact", artifact, artifacts);
        }
        String owner = account(fields, keys, "owner", p);
        String group = account(fields, keys, "group", p);
        Integer mode = null;
        if (keys.containsKey("mode")) {
            String text = fields.text(keys.get("mode"), p + "mode");
            if (!text.matches("0?[0-7]{3,4}")) {
                throw fields.fail(keys.get("mode"), p + "mode", "'" + text + "' is not an octal mode such as \"0644\"");
            }
            mode = Integer.parseInt(text, 8);
            if ((mode & 07000) != 0) {
                throw fields.fail(keys.get("mode"), p + "mode", "set-user-ID, set-group-ID and sticky bits are not written by plans");
            }
        }
        return new Action.WriteFile(path, content, artifact, owner, group, mode, fields.optional(keys, "why", p));
    }

    private Action edit(YamlFields fields, Map<String, Node> keys, String p) throws PlanFormatException {
        String path = absolutePath(fields, keys.get("edit"), p + "edit");
        String styleText = fields.required(keys, "style", p, "a style (sshd or ini)");
        Action.ConfigStyle style = operation(fields, keys.get("style"), p + "style", styleText, Action.ConfigStyle.class);
        String section = fields.optional(keys, "section", p);
        if (section != null && (style != Action.ConfigStyle.INI || !section.matches("[^\\]\\[\\r\\n]{1,200}"))) {
            throw fields.fail(keys.get("section"), p + "section", "a section belongs to an ini file and is one line without brackets");
        }
        Map<String, String> set = new LinkedHashMap<>();
        if (keys.containsKey("set")) {
            for (Map.Entry<String, Node> e : fields.mapping(keys.get("set"), p + "set", null).entrySet()) {
                String field = p + "set." + e.getKey();
                if (!CONFIG_KEY.matcher(e.getKey()).matches()) {
                    throw fields.fail(e.getValue(), field, "not a configuration key");
                }
                String value = fields.text(e.getValue(), field);
                singleLine(fields, e.getValue(), field, value);
                set.put(e.getKey(), value);
            }
        }
        List<String> remove = new ArrayList<>();
        if (keys.containsKey("remove")) {
            List<Node> items = fields.sequence(keys.get("remove"), p + "remove");
            for (int i = 0; i < items.size(); i++) {
                String key = fields.text(items.get(i), p + "remove[" + i + "]");
                if (!CONFIG_KEY.matcher(key).matches()) {
                    throw fields.fail(items.get(i), p + "remove[" + i + "]", "not a configuration key");
                }
                remove.add(key);
            }
        }
        if (set.isEmpty() && remove.isEmpty()) {
            throw fields.fail(keys.get("edit"), p + "set", "an edit sets or removes at least one key");
        }
        return new Action.EditConfig(path, style, section, set, remove, fields.optional(keys, "why", p));
    }

    private Action packageAction(YamlFields fields, Map<String, Node> keys, String p, List<Artifact> artifacts) throws PlanFormatException {
        String name = matching(fields, keys, "package", p, PACKAGE, "a Debian package name");
        List<String> ops = List.of("install", "upgrade", "remove").stream().filter(keys::containsKey).toList();
        if (ops.size() != 1) {
            throw fields.fail(keys.get("package"), p + "install", "a package action has exactly one of install, upgrade or remove");
        }
        Action.PackageOperation op = Action.PackageOperation.valueOf(ops.get(0).toUpperCase(Locale.ROOT));
        String artifact = null;
        if (op != Action.PackageOperation.REMOVE) {
            artifact = fields.text(keys.get(ops.get(0)), p + ops.get(0));
            knownArtifact(fields, keys.get(ops.get(0)), p + ops.get(0), artifact, artifacts);
        } else if (!"true".equals(fields.text(keys.get("remove"), p + "remove"))) {
            throw fields.fail(keys.get("remove"), p + "remove", "write remove: true");
        }
        return new Action.Package(name, op, artifact, fields.optional(keys, "why", p));
    }

    private static void knownArtifact(YamlFields fields, Node node, String field, String name, List<Artifact> artifacts)
            throws PlanFormatException {
        if (artifacts.stream().noneMatch(a -> a.name().equals(name))) {
            throw fields.fail(node, field, "artifact " + name + " is not listed under artifacts");
        }
    }

    private static String account(YamlFields fields, Map<String, Node> keys, String key, String p) throws PlanFormatException {
        String value = fields.optional(keys, key, p);
        if (value != null && !ACCOUNT.matcher(value).matches()) {
            throw fields.fail(keys.get(key), p + key, "'" + value + "' is not an account name");
        }
        return value;
    }

    private static String matching(YamlFields fields, Map<String, Node> keys, String key, String p, Pattern pattern, String what)
            throws PlanFormatException {
        String value = fields.required(keys, key, p, what);
        if (!pattern.matcher(value).matches()) {
            throw fields.fail(keys.get(key), p + key, "'" + value + "' is not " + what);
        }
        return value;
    }

    static String absolutePath(YamlFields fields, Node node, String field) throws PlanFormatException {
        String path = fields.text(node, field);
        if (!path.startsWith("/") || path.contains("\0") || path.contains("\n") || path.length() > 4096
                || List.of(path.split("/")).stream().anyMatch(s -> s.equals("..") || s.equals("."))) {
            throw fields.fail(node, field, "'" + path + "' is not an absolute path without . or ..");
        }
        return path;
    }

    private static void singleLine(YamlFields fields, Node node, String field, String value) throws PlanFormatException {
        if (value.contains("\n") || value.contains("\r") || value.contains("\0")) {
            throw fields.fail(node, field, "a value is one line");
        }
    }

    static <E extends Enum<E>> E operation(YamlFields fields, Node node, String field, String text, Class<E> type)
            throws PlanFormatException {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fields.fail(node, field, "'" + text + "' is not one of " + String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }
}
