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
 * When each service of a twin restarted, read from its history. Where the agent reports
 * systemd's restart counter (NRestarts), its rise between two readings is that many restarts,
 * spread evenly over the time between them: restarts faster than the inventory is read are all
 * counted. Without the counter, a service that comes back active after being inactive or failed,
 * or whose main process is another one than before, restarted at the time the change arrived.
 */
public final class ServiceRestarts {

    private static final String STATE = "state";
    private static final String RESTARTS = "restarts";
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
        Map<String, Long> seenAt = new java.util.HashMap<>();
        for (TwinChange change : store.inventories().changes(twinId, Sections.SERVICES, from, to, MAX_CHANGES).stream()
                .sorted(java.util.Comparator.comparing(TwinChange::at)).toList()) {
            long at = change.at().toEpochMilli();
            long previous = seenAt.getOrDefault(change.itemKey(), from.toEpochMilli());
            seenAt.put(change.itemKey(), at);
            if (change.change() != TwinChange.Kind.CHANGED) {
                continue;
            }
            Map<String, String> before = attributes(change.before());
            Map<String, String> after = attributes(change.after());
            long counted = counted(before, after);
            List<Long> times = restarts.computeIfAbsent(change.itemKey(), k -> new ArrayList<>());
            if (counted > 0) {
                for (long i = 1; i <= Math.min(counted, MAX_PER_CHANGE); i++) {
                    times.add(previous + (at - previous) * i / Math.min(counted, MAX_PER_CHANGE));
                }
            } else if (counted < 0 && restarted(before, after)) {
                times.add(at);
            }
        }
        restarts.values().removeIf(List::isEmpty);
        Map<String, long[]> result = new TreeMap<>();
        restarts.forEach((service, times) -> result.put(service, times.stream().mapToLong(Long::longValue).toArray()));
        return result;
    }

    /** Restarts at most spread from one change: a counter that jumped by millions is not laid out one by one. */
    private static final long MAX_PER_CHANGE = 1_000;

    /** The rise of systemd's restart counter between the readings; -1 when either has none (or it was reset, e.g. by a reboot). */
    static long counted(Map<String, String> before, Map<String, String> after) {
        String was = before.get(RESTARTS);
        String is = after.get(RESTARTS);
        if (was == null || is == null || !was.matches("\\d{1,18}") || !is.matches("\\d{1,18}")) {
            return -1;
        }
        long rise = Long.parseLong(is) - Long.parseLong(was);
        return rise >= 0 ? rise : -1;
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
