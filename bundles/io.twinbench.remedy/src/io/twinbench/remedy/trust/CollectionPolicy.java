package io.twinbench.remedy.trust;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.jr.ob.JSON;

import io.twinbench.remedy.trust.ShadowOrder.Fields;

/**
 * What agents may collect and send, as the workspace's twin management policies say, signed by
 * the approvers so an agent takes it from nobody else. It only narrows what an agent's own
 * command line collects: which inventory sections travel (null: all), which configuration paths
 * are recorded (null: all the agent records) and whether their contents may travel, which
 * application logs are followed (null: all the agent follows), whether system calls may be
 * traced, and more secret patterns masked before anything leaves. serial grows with each policy
 * the workspace issues, so an agent never goes back to an older one; source says which policy
 * versions made it.
 */
public record CollectionPolicy(long serial, Instant issued, String source, List<String> sections, boolean configContents, List<String> configPaths,
        List<String> logs, boolean syscalls, List<String> redact) {

    public static final String PAYLOAD_TYPE = "application/vnd.twinbench.collection-policy+json";
    private static final int MAX_ITEMS = 200;

    public CollectionPolicy {
        Fields.check(serial >= 1, "serial", serial + " is not a serial number (1 or more)");
        Fields.check(issued != null, "issued", "the time it was issued is missing");
        Fields.check(source != null && source.length() <= 2000, "source", "the policies that made it are missing");
        sections = sections == null ? null : checked(sections, "sections", s -> s.matches("[a-z]{1,40}"), "is not a section name");
        configPaths = configPaths == null ? null : checked(configPaths, "configPaths", CollectionPolicy::absolute, "is not an absolute path without '..'");
        logs = logs == null ? null : checked(logs, "logs", CollectionPolicy::absolute, "is not an absolute path without '..'");
        redact = checked(redact == null ? List.of() : redact, "redact", CollectionPolicy::compiles, "is not a regular expression of at most 500 characters that needs at least one character");
    }

    /** Nothing narrowed: what an agent collects when the policy that restricted it is withdrawn. */
    public static CollectionPolicy unrestricted(long serial, Instant issued, String source) {
        return new CollectionPolicy(serial, issued, source, null, true, null, null, true, List.of());
    }

    public boolean sectionAllowed(String section) {
        return sections == null || sections.contains(section);
    }

    /** A configuration file may be recorded when it is one of the paths or under one. */
    public boolean configPathAllowed(String path) {
        return configPaths == null || configPaths.stream().anyMatch(p -> path.equals(p) || path.startsWith(p.endsWith("/") ? p : p + "/"));
    }

    public boolean logAllowed(String file) {
        return logs == null || logs.contains(file);
    }

    /** The policy without its serial and issue time: two policies with the same rules compare equal. */
    public Map<String, Object> rules() {
        Map<String, Object> map = new LinkedHashMap<>();
        if (sections != null) {
            map.put("sections", sections);
        }
        map.put("configContents", configContents);
        if (configPaths != null) {
            map.put("configPaths", configPaths);
        }
        if (logs != null) {
            map.put("logs", logs);
        }
        map.put("syscalls", syscalls);
        map.put("redact", redact);
        return map;
    }

    /** The policy as a DSSE envelope for approvers to sign. */
    public Envelope unsigned() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("_type", "twinbench-collection-policy");
        map.put("serial", serial);
        map.put("issued", issued.toString());
        map.put("source", source);
        map.putAll(rules());
        try {
            return new Envelope(PAYLOAD_TYPE, JSON.std.asBytes(map), List.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What an envelope claims its serial is, before anything about it is trusted (0 when unreadable). */
    public static long claimedSerial(Envelope envelope) {
        try {
            return JSON.std.mapFrom(envelope.payload()).get("serial") instanceof Number n ? Math.max(0, n.longValue()) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The policy an envelope carries, its signatures not checked (see {@link CollectionPolicyVerifier}). */
    public static CollectionPolicy contents(Envelope envelope) throws TrustException {
        if (!PAYLOAD_TYPE.equals(envelope.payloadType())) {
            throw new TrustException(TrustException.Reason.MALFORMED, "payload type " + envelope.payloadType() + " is not a collection policy");
        }
        try {
            Map<String, Object> map = JSON.std.mapFrom(envelope.payload());
            if (!"twinbench-collection-policy".equals(map.get("_type"))) {
                throw new TrustException(TrustException.Reason.MALFORMED, "not a Twinbench collection policy");
            }
            return new CollectionPolicy(((Number) map.get("serial")).longValue(), Instant.parse((String) map.get("issued")), (String) map.get("source"),
                    texts(map.get("sections")), !Boolean.FALSE.equals(map.get("configContents")), texts(map.get("configPaths")), texts(map.get("logs")),
                    !Boolean.FALSE.equals(map.get("syscalls")), texts(map.get("redact")));
        } catch (IOException | RuntimeException e) {
            throw new TrustException(TrustException.Reason.MALFORMED, "not a valid collection policy: " + e.getMessage());
        }
    }

    private static List<String> texts(Object value) {
        if (!(value instanceof List<?> list)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    private static List<String> checked(List<String> items, String field, java.util.function.Predicate<String> valid, String problem) {
        Fields.check(items.size() <= MAX_ITEMS, field, "more than " + MAX_ITEMS + " entries");
        for (String item : items) {
            Fields.check(item != null && valid.test(item), field, "'" + item + "' " + problem);
        }
        return List.copyOf(items);
    }

    private static boolean absolute(String path) {
        return path.startsWith("/") && path.length() <= 4096 && !path.contains("/../") && !path.endsWith("/..") && path.indexOf('\0') < 0;
    }

    private static boolean compiles(String pattern) {
        if (pattern.isEmpty() || pattern.length() > 500) {
            return false;
        }
        try {
            // a pattern that matches nothing at all would mask between every two characters
            return !Pattern.compile(pattern).matcher("").matches();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
