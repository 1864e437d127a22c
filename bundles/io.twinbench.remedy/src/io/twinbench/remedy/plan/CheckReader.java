package io.twinbench.remedy.plan;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;

/** Reads one check of a plan. */
final class CheckReader {

    private static final Set<String> TCP_KEYS = Set.of("tcp");
    private static final Set<String> HTTP_KEYS = Set.of("http", "status");
    private static final Set<String> NAME_KEYS = Set.of("process", "service");
    private static final Set<String> FILE_KEYS = Set.of("file", "sha256");
    private static final Set<String> METRIC_KEYS = Set.of("metric", "min", "max", "for");
    private static final Set<String> METRICS = Set.of("cpu", "memory", "load1");
    private final YamlFields fields;

    CheckReader(YamlFields fields) {
        this.fields = fields;
    }

    Check check(Node node, String path, List<String> kinds) throws PlanFormatException {
        Map<String, Node> keys = fields.mapping(node, path, null);
        String kind = kinds.stream().filter(keys::containsKey).findFirst()
                .orElseThrow(() -> fields.fail(node, path, "a check starts with one of " + String.join(", ", kinds)));
        String p = path + ".";
        switch (kind) {
            case "tcp" -> {
                fields.mapping(node, path, TCP_KEYS);
                String address = fields.text(keys.get("tcp"), p + "tcp");
                int colon = address.lastIndexOf(':');
                if (colon <= 0) {
                    throw fields.fail(keys.get("tcp"), p + "tcp", "'" + address + "' is not HOST:PORT");
                }
                int port = port(keys.get("tcp"), p + "tcp", address.substring(colon + 1));
                return new Check.TcpPort(address.substring(0, colon), port);
            }
            case "http" -> {
                fields.mapping(node, path, HTTP_KEYS);
                String url = fields.text(keys.get("http"), p + "http");
                try {
                    URI uri = new URI(url);
                    if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
                        throw fields.fail(keys.get("http"), p + "http", "'" + url + "' is not an http:// URL");
                    }
                } catch (URISyntaxException e) {
                    throw fields.fail(keys.get("http"), p + "http", "'" + url + "' is not a URL: " + e.getReason());
                }
                int status = keys.containsKey("status") ? (int) fields.number(keys.get("status"), p + "status", 100, 599) : 200;
                return new Check.Http(url, status);
            }
            case "process", "service" -> {
                fields.mapping(node, path, NAME_KEYS);
                String name = fields.text(keys.get(kind), p + kind);
                if (!name.matches("[A-Za-z0-9@._:-]{1,200}")) {
                    throw fields.fail(keys.get(kind), p + kind, "'" + name + "' is not a " + kind + " name");
                }
                return kind.equals("process") ? new Check.ProcessRuns(name) : new Check.ServiceRuns(name);
            }
            case "file" -> {
                fields.mapping(node, path, FILE_KEYS);
                String file = PlanReader.absolutePath(fields, keys.get("file"), p + "file");
                String sha = fields.required(keys, "sha256", p, "the SHA-256 the file must have").toLowerCase(Locale.ROOT);
                if (!sha.matches("[0-9a-f]{64}")) {
                    throw fields.fail(keys.get("sha256"), p + "sha256", "not 64 hex digits");
                }
                return new Check.FileHash(file, sha);
            }
            default -> {
                fields.mapping(node, path, METRIC_KEYS);
                String metric = fields.text(keys.get("metric"), p + "metric");
                if (!METRICS.contains(metric)) {
                    throw fields.fail(keys.get("metric"), p + "metric", "'" + metric + "' is not one of cpu, load1, memory");
                }
                Double min = keys.containsKey("min") ? fields.decimal(keys.get("min"), p + "min") : null;
                Double max = keys.containsKey("max") ? fields.decimal(keys.get("max"), p + "max") : null;
                if (min == null && max == null) {
                    throw fields.fail(keys.get("metric"), p + "max", "give min, max or both");
                }
                Duration period = keys.containsKey("for") ? fields.duration(keys.get("for"), p + "for") : Duration.ofSeconds(10);
                if (period.compareTo(Duration.ofHours(1)) > 0) {
                    throw fields.fail(keys.get("for"), p + "for", "at most 1h");
                }
                return new Check.Metric(metric, min, max, period);
            }
        }
    }

    private int port(Node node, String field, String text) throws PlanFormatException {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw fields.fail(node, field, "'" + text + "' is not a port (1…65535)");
        }
    }
}
