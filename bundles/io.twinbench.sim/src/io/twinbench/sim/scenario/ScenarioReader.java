package io.twinbench.sim.scenario;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a scenario from YAML or JSON (JSON is YAML too). Every problem names the file, the
 * line and the field:
 *
 * <pre>
 * name: web under load
 * phases:
 *   - name: baseline
 *     duration: 10s          # 500ms, 10s, 2m or a number of seconds
 *   - name: busy
 *     duration: 30s
 *     cpu: 2                 # busy workers
 *     memory: 256MiB         # held for the phase (KiB, MiB, GiB or bytes)
 *     disk: 32MiB            # written to the twin's scratch space
 *   - name: attack
 *     duration: 10s
 *     threat: fork-bomb      # cpu-miner, fork-bomb, disk-fill, privilege-escalation, port-scan, brute-force-login
 *   - name: slow network
 *     duration: 10s
 *     network:               # on the twin's loopback, through tc netem from the host
 *       latency: 100ms
 *       jitter: 10ms
 *       loss: 1%
 *   - name: web traffic
 *     duration: 20s
 *     requests:              # played against a service of the twin, on its loopback
 *       port: 80
 *       rate: 200            # requests per second, all clients together
 *       clients: 4           # connections at a time (default 4)
 *       http: [/, GET /index.html, HEAD /]   # or file: recorded.http (raw HTTP requests, each ending with an empty line)
 * </pre>
 */
public final class ScenarioReader {

    private static final Set<String> SCENARIO_KEYS = Set.of("name", "phases");
    private static final Set<String> PHASE_KEYS = Set.of("name", "duration", "cpu", "memory", "disk", "threat", "network", "requests");
    private static final Set<String> REQUEST_KEYS = Set.of("port", "rate", "clients", "http", "file");
    private static final Set<String> HTTP_METHODS = Set.of("GET", "HEAD", "DELETE", "OPTIONS");
    /** What the requests of one phase may add up to: they travel to the twin as the arguments of one command. */
    static final int MOST_REQUEST_BYTES = 256 * 1024;
    private static final Set<String> NETWORK_KEYS = Set.of("latency", "jitter", "loss");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%?");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|KB|KiB|K|MB|MiB|M|GB|GiB|G)?", Pattern.CASE_INSENSITIVE);
    static final Duration LONGEST_PHASE = Duration.ofHours(1);

    public Scenario read(Path file) throws IOException, ScenarioFormatException {
        return read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public Scenario read(String file, String text) throws ScenarioFormatException {
        Node root;
        try (Reader reader = new StringReader(text)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new ScenarioFormatException(file, line, null, "not valid YAML or JSON: " + e.getProblem());
        } catch (YAMLException | IOException e) {
            throw new ScenarioFormatException(file, 0, null, "not valid YAML or JSON: " + e.getMessage());
        }
        if (root == null) {
            throw new ScenarioFormatException(file, 0, null, "empty: a scenario needs a name and phases");
        }
        Map<String, Node> top = mapping(file, root, "the scenario", SCENARIO_KEYS);
        String name = top.containsKey("name") ? scalar(file, top.get("name"), "name") : Path.of(file).getFileName().toString();
        Node phasesNode = top.get("phases");
        if (!(phasesNode instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw new ScenarioFormatException(file, line(phasesNode != null ? phasesNode : root), "phases", "a list of at least one phase is needed");
        }
        List<Phase> phases = new ArrayList<>();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            phases.add(phase(file, items.get(i), "phases[" + i + "]", i));
        }
        return new Scenario(name, phases);
    }

    private Phase phase(String file, Node node, String path, int index) throws ScenarioFormatException {
        Map<String, Node> keys = mapping(file, node, path, PHASE_KEYS);
        String name = keys.containsKey("name") ? scalar(file, keys.get("name"), path + ".name") : "phase " + (index + 1);
        if (!keys.containsKey("duration")) {
            throw new ScenarioFormatException(file, line(node), path + ".duration", "every phase needs a duration (e.g. 30s)");
        }
        Duration duration = duration(file, keys.get("duration"), path + ".duration");
        int cpu = keys.containsKey("cpu") ? count(file, keys.get("cpu"), path + ".cpu", 256) : 0;
        long memory = keys.containsKey("memory") ? size(file, keys.get("memory"), path + ".memory") : 0;
        long disk = keys.containsKey("disk") ? size(file, keys.get("disk"), path + ".disk") : 0;
        Threat threat = null;
        if (keys.containsKey("threat")) {
            String key = scalar(file, keys.get("threat"), path + ".threat");
            threat = Threat.of(key).orElseThrow(() -> new ScenarioFormatException(file, line(keys.get("threat")), path + ".threat",
                    "unknown threat '" + key + "': one of " + String.join(", ", java.util.Arrays.stream(Threat.values()).map(Threat::key).toList())));
        }
        NetworkConditions network = keys.containsKey("network") ? network(file, keys.get("network"), path + ".network") : null;
        RequestReplay requests = keys.containsKey("requests") ? requests(file, keys.get("requests"), path + ".requests") : null;
        return new Phase(name, duration, cpu, memory, disk, threat, network, requests);
    }

    private static RequestReplay requests(String file, Node node, String path) throws ScenarioFormatException {
        Map<String, Node> keys = mapping(file, node, path, REQUEST_KEYS);
        if (!keys.containsKey("port")) {
            throw new ScenarioFormatException(file, line(node), path + ".port", "the port of the twin's service the requests go to is needed");
        }
        int port = count(file, keys.get("port"), path + ".port", 65535);
        if (port == 0) {
            throw new ScenarioFormatException(file, line(keys.get("port")), path + ".port", "from 1 to 65535 (got 0)");
        }
        int rate = keys.containsKey("rate") ? count(file, keys.get("rate"), path + ".rate", 5000) : 10;
        int clients = keys.containsKey("clients") ? count(file, keys.get("clients"), path + ".clients", 64) : 4;
        if (rate == 0 || clients == 0) {
            throw new ScenarioFormatException(file, line(node), path + (rate == 0 ? ".rate" : ".clients"), "at least 1");
        }
        if (keys.containsKey("http") == keys.containsKey("file")) {
            throw new ScenarioFormatException(file, line(node), path, "give the requests either as http (a list of paths) or as file (recorded requests)");
        }
        List<String> requests = keys.containsKey("http") ? httpRequests(file, keys.get("http"), path + ".http")
                : recordedRequests(file, keys.get("file"), path + ".file");
        int bytes = requests.stream().mapToInt(r -> r.getBytes(StandardCharsets.UTF_8).length).sum();
        if (bytes > MOST_REQUEST_BYTES) {
            throw new ScenarioFormatException(file, line(node), path, "the requests add up to " + bytes + " bytes, at most " + MOST_REQUEST_BYTES);
        }
        return new RequestReplay(port, rate, clients, requests);
    }

    /** "/path" or "METHOD /path" as HTTP/1.1 requests that ask the service to close the connection once it answered. */
    private static List<String> httpRequests(String file, Node node, String path) throws ScenarioFormatException {
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw new ScenarioFormatException(file, line(node), path, "a list of at least one path (/index.html) or method and path (HEAD /)");
        }
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            Node item = sequence.getValue().get(i);
            String text = scalar(file, item, path + "[" + i + "]");
            String[] words = text.split("\\s+");
            String method = words.length == 2 ? words[0].toUpperCase(Locale.ROOT) : "GET";
            String target = words[words.length - 1];
            if (words.length > 2 || !HTTP_METHODS.contains(method) || !target.startsWith("/") || target.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                throw new ScenarioFormatException(file, line(item), path + "[" + i + "]",
                        "'" + text + "' is no request: write a path (/index.html) or a method and a path (" + String.join(", ", new java.util.TreeSet<>(HTTP_METHODS)) + ")");
            }
            requests.add(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nUser-Agent: twinbench-replay\r\nConnection: close\r\n\r\n");
        }
        return requests;
    }

    /**
     * Raw HTTP requests as recorded, each ending with an empty line, next to the scenario; line
     * ends become CRLF as HTTP wants them. Bodies are not replayed: a request that announces one is refused.
     */
    private static List<String> recordedRequests(String file, Node node, String path) throws ScenarioFormatException {
        String name = scalar(file, node, path);
        Path parent = Path.of(file).toAbsolutePath().getParent();
        Path recorded = parent == null ? Path.of(name) : parent.resolve(name);
        List<String> lines;
        try {
            lines = Files.readAllLines(recorded, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioFormatException(file, line(node), path, "cannot read " + recorded + ": " + e.getMessage());
        }
        List<String> requests = new ArrayList<>();
        StringBuilder request = new StringBuilder();
        int startLine = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String text = i < lines.size() ? lines.get(i) : "";
            if (!text.isBlank()) {
                if (request.isEmpty()) {
                    startLine = i + 1;
                    if (!text.matches("[A-Z]+ \\S+ HTTP/1\\.[01]")) {
                        throw new ScenarioFormatException(recorded.toString(), startLine, path,
                                "'" + RequestReplay.summary(text) + "' is no HTTP request line (GET /path HTTP/1.1)");
                    }
                } else if (text.toLowerCase(Locale.ROOT).startsWith("content-length:") && !text.replaceAll("\\D", "").equals("0")
                        || text.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:")) {
                    throw new ScenarioFormatException(recorded.toString(), i + 1, path, "a request with a body: bodies are not replayed");
                }
                request.append(text).append("\r\n");
            } else if (!request.isEmpty()) {
                requests.add(request.append("\r\n").toString());
                request.setLength(0);
            }
        }
        if (requests.isEmpty()) {
            throw new ScenarioFormatException(recorded.toString(), 0, path, "no requests in it");
        }
        return requests;
    }

    private static NetworkConditions network(String file, Node node, String path) throws ScenarioFormatException {
        Map<String, Node> keys = mapping(file, node, path, NETWORK_KEYS);
        Duration latency = keys.containsKey("latency") ? delay(file, keys.get("latency"), path + ".latency") : Duration.ZERO;
        Duration jitter = keys.containsKey("jitter") ? delay(file, keys.get("jitter"), path + ".jitter") : Duration.ZERO;
        double loss = 0;
        if (keys.containsKey("loss")) {
            String text = scalar(file, keys.get("loss"), path + ".loss");
            Matcher m = PERCENT.matcher(text);
            if (!m.matches() || Double.parseDouble(m.group(1)) > 100) {
                throw new ScenarioFormatException(file, line(keys.get("loss")), path + ".loss", "'" + text + "' is no share: write 0.5% to 100%");
            }
            loss = Double.parseDouble(m.group(1));
        }
        if (jitter.compareTo(latency) > 0) {
            throw new ScenarioFormatException(file, line(node), path + ".jitter", "jitter larger than the latency it varies");
        }
        return new NetworkConditions(latency, jitter, loss);
    }

    private static Duration delay(String file, Node node, String path) throws ScenarioFormatException {
        String text = scalar(file, node, path);
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new ScenarioFormatException(file, line(node), path, "'" + text + "' is no delay: write 20ms or 1s");
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        Duration delay = Duration.ofMillis(Math.round(amount * switch (unit) {
            case "s" -> 1000;
            case "m", "min" -> 60_000;
            case "h" -> 3_600_000;
            default -> 1;
        }));
        if (delay.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new ScenarioFormatException(file, line(node), path, "at most 10s (got " + text + ")");
        }
        return delay;
    }

    private static Map<String, Node> mapping(String file, Node node, String path, Set<String> allowed) throws ScenarioFormatException {
        if (!(node instanceof MappingNode mapping)) {
            throw new ScenarioFormatException(file, line(node), path, "expected a mapping of keys to values");
        }
        Map<String, Node> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (key == null || !allowed.contains(key)) {
                throw new ScenarioFormatException(file, line(tuple.getKeyNode()), path + "." + key,
                        "unknown key: allowed are " + String.join(", ", allowed.stream().sorted().toList()));
            }
            keys.put(key, tuple.getValueNode());
        }
        return keys;
    }

    private static String scalar(String file, Node node, String path) throws ScenarioFormatException {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw new ScenarioFormatException(file, line(node), path, "expected a value");
        }
        return scalar.getValue().strip();
    }

    private static Duration duration(String file, Node node, String path) throws ScenarioFormatException {
        String text = scalar(file, node, path);
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new ScenarioFormatException(file, line(node), path, "'" + text + "' is no duration: write 500ms, 30s, 2m or 1h");
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        long millis = Math.round(amount * switch (unit) {
            case "ms" -> 1;
            case "m", "min" -> 60_000;
            case "h" -> 3_600_000;
            default -> 1000;
        });
        Duration duration = Duration.ofMillis(millis);
        if (duration.toMillis() < 1000 || duration.compareTo(LONGEST_PHASE) > 0) {
            throw new ScenarioFormatException(file, line(node), path, "a phase lasts from 1s to 1h (got " + text + ")");
        }
        return duration;
    }

    private static int count(String file, Node node, String path, int most) throws ScenarioFormatException {
        String text = scalar(file, node, path);
        try {
            int value = Integer.parseInt(text);
            if (value < 0 || value > most) {
                throw new ScenarioFormatException(file, line(node), path, "from 0 to " + most + " (got " + text + ")");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ScenarioFormatException(file, line(node), path, "'" + text + "' is no whole number");
        }
    }

    private static long size(String file, Node node, String path) throws ScenarioFormatException {
        String text = scalar(file, node, path);
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            throw new ScenarioFormatException(file, line(node), path, "'" + text + "' is no size: write 512KiB, 256MiB, 1GiB or bytes");
        }
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        long factor = switch (unit) {
            case "KB", "KIB", "K" -> 1L << 10;
            case "MB", "MIB", "M" -> 1L << 20;
            case "GB", "GIB", "G" -> 1L << 30;
            default -> 1;
        };
        return Math.round(Double.parseDouble(m.group(1)) * factor);
    }

    private static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
