package io.twinbench.analysis.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.twinbench.store.TwinChange;
import io.twinbench.store.TwinStore;

/**
 * What appeared in an endpoint's inventory that its own history had never shown: a process
 * whose program never ran there before (by path, else name; a new pid of a known program is not
 * new), a listening port, a user or a systemd unit. The baseline is the history before the
 * period examined; the first appearance in the period is the finding, later ones are not.
 */
public final class EndpointNovelty {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HISTORY_LIMIT = 1_000_000;
    /** Inventory sections and the finding their new items make. */
    private static final Map<String, String> SECTIONS = Map.of("processes", "new-process", "listeners", "new-listener", "users", "new-user",
            "units", "new-unit");

    private final TwinStore store;

    public EndpointNovelty(TwinStore store) {
        this.store = store;
    }

    public List<SecurityFinding> find(String twinId, Instant baselineFrom, Instant from, Instant to) {
        Set<String> known = new HashSet<>();
        for (TwinChange c : store.inventories().changes(twinId, baselineFrom, from, HISTORY_LIMIT)) {
            if (c.change() != TwinChange.Kind.REMOVED && SECTIONS.containsKey(c.section())) {
                known.add(c.section() + " " + identity(c));
            }
        }
        boolean hasBaseline = !known.isEmpty();
        List<SecurityFinding> found = new ArrayList<>();
        for (TwinChange c : store.inventories().changes(twinId, from, to, HISTORY_LIMIT)) {
            String kind = SECTIONS.get(c.section());
            if (kind == null || c.change() != TwinChange.Kind.ADDED) {
                continue;
            }
            String identity = identity(c);
            if (known.add(c.section() + " " + identity) && hasBaseline) {
                found.add(new SecurityFinding(kind, c.itemKey(), c.at().toEpochMilli(), 1.0, describe(kind, identity, c)));
            }
        }
        return found;
    }

    /** A process is its program; everything else its item key. */
    private static String identity(TwinChange c) {
        if (!c.section().equals("processes")) {
            return c.itemKey();
        }
        JsonNode attributes = attributes(c.change() == TwinChange.Kind.REMOVED ? c.before() : c.after());
        String path = attributes.path("path").asText("");
        return path.isBlank() ? attributes.path("name").asText(c.itemKey()) : path;
    }

    private static JsonNode attributes(String json) {
        if (json == null) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    private static String describe(String kind, String identity, TwinChange c) {
        return switch (kind) {
            case "new-process" -> "a program never seen running on this endpoint: " + identity + " (" + c.itemKey() + ")";
            case "new-listener" -> "a listening port never open on this endpoint before: " + identity;
            case "new-user" -> "a user this endpoint never had: " + identity;
            default -> "a systemd unit this endpoint never had: " + identity;
        } + ", reported by " + c.source();
    }
}
