package io.twinbench.remedy.trust;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * An order to mirror part of an endpoint: which session it opens, for which endpoint, until when
 * (the agent stops by itself at that moment), what to follow (systemd units, process names, pids,
 * with their children; TCP ports), what to capture, how many bytes per second may leave, how much
 * of each HTTP body, and where the service writes its TLS key log, if it does. It changes nothing
 * on the endpoint, but what it captures is sensitive, so approvers sign it as they sign plans.
 */
public record ShadowOrder(String session, String endpoint, Instant issued, Instant expires, Scope scope, List<String> capture, long bytesPerSecond,
        int bodyBytes, String tlsKeyLog) {

    public static final String PAYLOAD_TYPE = "application/vnd.twinbench.shadow-order+json";
    public static final List<String> SOURCES = List.of("syscalls", "packets", "http");

    /** What the session follows: processes (with their children) and ports. */
    public record Scope(List<String> units, List<String> names, List<Integer> pids, List<Integer> ports) {
        public Scope {
            units = List.copyOf(units);
            names = List.copyOf(names);
            pids = List.copyOf(pids);
            ports = List.copyOf(ports);
            for (String unit : units) {
                Fields.check(unit.matches("[A-Za-z0-9@_.:\\\\-]{1,200}"), "scope.units", "'" + unit + "' is not a unit name");
            }
            for (String name : names) {
                Fields.check(name.matches("[^/\\x00-\\x1f]{1,15}"), "scope.names", "'" + name + "' is not a process name (at most 15 characters, no /)");
            }
            for (int pid : pids) {
                Fields.check(pid > 0, "scope.pids", pid + " is not a process id");
            }
            for (int port : ports) {
                Fields.check(port > 0 && port < 65536, "scope.ports", port + " is not a TCP port");
            }
            Fields.check(!(units.isEmpty() && names.isEmpty() && pids.isEmpty() && ports.isEmpty()), "scope",
                    "name at least one unit, process name, pid or port");
        }
    }

    public ShadowOrder {
        Fields.check(session != null && session.matches("[A-Za-z0-9._-]{1,100}"), "session", "'" + session + "' is not a session id");
        Fields.check(endpoint != null && !endpoint.isBlank() && endpoint.length() <= 200, "endpoint", "the endpoint is missing");
        Fields.check(issued != null && expires != null && expires.isAfter(issued), "expires", "the order must end after it was issued");
        Fields.check(scope != null, "scope", "the scope is missing");
        capture = List.copyOf(capture);
        Fields.check(!capture.isEmpty() && SOURCES.containsAll(capture), "capture", capture + " is not a choice of " + SOURCES);
        Fields.check(bytesPerSecond >= 1024, "bytesPerSecond", "a budget below 1 KiB per second mirrors nothing useful");
        Fields.check(bodyBytes >= 0 && bodyBytes <= 1 << 20, "bodyBytes", bodyBytes + " is not between 0 and 1 MiB");
        Fields.check(tlsKeyLog == null || tlsKeyLog.startsWith("/") && tlsKeyLog.length() <= 4096, "tlsKeyLog", "the key log must be an absolute path");
    }

    public boolean captures(String source) {
        return capture.contains(source);
    }

    /** The order as a DSSE envelope for approvers to sign. */
    public Envelope unsigned() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("_type", "twinbench-shadow-order");
        map.put("session", session);
        map.put("endpoint", endpoint);
        map.put("issued", issued.toString());
        map.put("expires", expires.toString());
        map.put("scope", Map.of("units", scope.units(), "names", scope.names(), "pids", scope.pids(), "ports", scope.ports()));
        map.put("capture", capture);
        map.put("bytesPerSecond", bytesPerSecond);
        map.put("bodyBytes", bodyBytes);
        if (tlsKeyLog != null) {
            map.put("tlsKeyLog", tlsKeyLog);
        }
        try {
            return new Envelope(PAYLOAD_TYPE, JSON.std.asBytes(map), List.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The order an envelope carries, its signatures not checked (see {@link ShadowOrderVerifier}). */
    public static ShadowOrder contents(Envelope envelope) throws TrustException {
        if (!PAYLOAD_TYPE.equals(envelope.payloadType())) {
            throw new TrustException(TrustException.Reason.MALFORMED, "payload type " + envelope.payloadType() + " is not a shadow order");
        }
        try {
            Map<String, Object> map = JSON.std.mapFrom(envelope.payload());
            if (!"twinbench-shadow-order".equals(map.get("_type")) || !(map.get("scope") instanceof Map<?, ?> scope)) {
                throw new TrustException(TrustException.Reason.MALFORMED, "not a Twinbench shadow order");
            }
            return new ShadowOrder(text(map, "session"), text(map, "endpoint"), Instant.parse(text(map, "issued")), Instant.parse(text(map, "expires")),
                    new Scope(texts(scope.get("units")), texts(scope.get("names")), numbers(scope.get("pids")), numbers(scope.get("ports"))),
                    texts(map.get("capture")), ((Number) map.get("bytesPerSecond")).longValue(), ((Number) map.get("bodyBytes")).intValue(),
                    map.get("tlsKeyLog") instanceof String s ? s : null);
        } catch (IOException | RuntimeException e) {
            throw new TrustException(TrustException.Reason.MALFORMED, "not a valid shadow order: " + e.getMessage());
        }
    }

    private static String text(Map<String, Object> map, String field) {
        if (!(map.get(field) instanceof String value)) {
            throw new IllegalArgumentException("field '" + field + "' is missing");
        }
        return value;
    }

    private static List<String> texts(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }

    private static List<Integer> numbers(Object value) {
        List<Integer> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                out.add(((Number) o).intValue());
            }
        }
        return out;
    }

    /** Field checks with the field's name in the message. */
    static final class Fields {
        private Fields() {
        }

        static void check(boolean holds, String field, String message) {
            if (!holds) {
                throw new IllegalArgumentException("field '" + field + "': " + message);
            }
        }
    }
}
