package io.twinbench.analysis.predict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.twinbench.inventory.ItemBuilder;
import io.twinbench.inventory.Sections;
import io.twinbench.store.TwinChange;
import io.twinbench.store.TwinStore;

/**
 * When each service of a twin restarted, read from its history: a service that comes back
 * active after being inactive or failed, or whose main process is another one than before,
 * restarted at the time the change arrived.
 */
public final class ServiceRestarts {

    private static final String STATE = "state";
    /** The unit's main process: the process that is part of it (LiveHost writes the edge from the service's side). */
    private static final String MAIN_PROCESS = ItemBuilder.IN + "part-of";
    private static final Set<String> DOWN = Set.of("INACTIVE", "FAILED", "UNKNOWN");
    private static final int MAX_CHANGES = 200_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    private final TwinStore store;

    public ServiceRestarts(TwinStore store) {
        this.store = store;
    }

    /** Service element id to its restart times in [from, to), ascending. */
    public Map<String, long[]> between(String twinId, Instant from, Instant to) {
        Map<String, List<Long>> restarts = new TreeMap<>();
        for (TwinChange change : store.inventories().changes(twinId, Sections.SERVICES, from, to, MAX_CHANGES)) {
            if (change.change() == TwinChange.Kind.CHANGED && restarted(attributes(change.before()), attributes(change.after()))) {
                restarts.computeIfAbsent(change.itemKey(), k -> new ArrayList<>()).add(change.at().toEpochMilli());
            }
        }
        Map<String, long[]> result = new TreeMap<>();
        restarts.forEach((service, times) -> result.put(service, times.stream().mapToLong(Long::longValue).toArray()));
        return result;
    }

    static boolean restarted(Map<String, String> before, Map<String, String> after) {
        if (!"ACTIVE".equals(after.get(STATE))) {
            return false;
        }
        if (before.containsKey(STATE) && DOWN.contains(before.get(STATE))) {
            return true;
        }
        String was = before.get(MAIN_PROCESS);
        String is = after.get(MAIN_PROCESS);
        return was != null && is != null && !Objects.equals(was, is);
    }

    private static Map<String, String> attributes(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, ATTRIBUTES);
        } catch (JsonProcessingException e) {
            // a history entry the store holds but cannot be read says nothing about restarts
            return Map.of();
        }
    }
}
