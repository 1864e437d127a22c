package io.twinbench.shadow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.twinbench.store.ShadowRecordings;

/**
 * A session as the analyst reads it: the agent's word on what it can capture and why not, per
 * source what was captured, sent and dropped, and what the workbench holds of each side.
 */
public record ShadowStatus(ShadowRecordings.Session session, List<Capability> capabilities, List<SourceCount> counts, Recorded live, Recorded twin) {

    public record Capability(String source, boolean available, String detail) {
    }

    public record SourceCount(String source, long captured, long capturedBytes, long sent, long sentBytes, long dropped, long droppedBytes) {
    }

    /** What the store holds of one side. */
    public record Recorded(long syscalls, long exchanges, long packets) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static ShadowStatus of(ShadowRecordings.Session session, long[] live, long[] twin) {
        List<Capability> capabilities = new ArrayList<>();
        for (Map<String, Object> c : list(session.capabilities())) {
            capabilities.add(new Capability(String.valueOf(c.get("source")), Boolean.TRUE.equals(c.get("available")), String.valueOf(c.get("detail"))));
        }
        List<SourceCount> counts = new ArrayList<>();
        for (Map<String, Object> c : list(session.counts())) {
            counts.add(new SourceCount(String.valueOf(c.get("source")), number(c, "captured"), number(c, "capturedBytes"), number(c, "sent"),
                    number(c, "sentBytes"), number(c, "dropped"), number(c, "droppedBytes")));
        }
        return new ShadowStatus(session, capabilities, counts, new Recorded(live[0], live[1], live[2]), new Recorded(twin[0], twin[1], twin[2]));
    }

    /** What the agent last reported, without reading what the store holds (for lists of many sessions). */
    public static ShadowStatus reported(ShadowRecordings.Session session) {
        return of(session, new long[3], new long[3]);
    }

    public long dropped() {
        return counts.stream().mapToLong(SourceCount::dropped).sum();
    }

    private static List<Map<String, Object>> list(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private static long number(Map<String, Object> map, String key) {
        return map.get(key) instanceof Number n ? n.longValue() : 0;
    }
}
