package io.twinbench.policy.document;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.twinbench.remedy.trust.CollectionPolicy;

/**
 * A twin management policy's collection.* settings as the collection policy agents take: checked
 * when the document is read (a path or pattern an agent would refuse is named with its line),
 * and turned into the policy the workspace signs.
 */
public final class CollectionSettings {

    public static final String PREFIX = "collection.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CollectionSettings() {
    }

    /** The collection policy these settings make (settings outside collection.* are ignored); what they leave unset restricts nothing. */
    public static CollectionPolicy of(Map<String, PolicyDocument.Setting> settings, long serial, Instant issued, String source) {
        return new CollectionPolicy(serial, issued, source, list(settings, "sections"), flag(settings, "config.contents"), list(settings, "config.paths"),
                list(settings, "logs"), flag(settings, "syscalls"), Optional.ofNullable(list(settings, "redact")).orElse(List.of()));
    }

    /** Refuses settings an agent could not take, naming the file, line and field. */
    static void check(String file, Map<String, PolicyDocument.Setting> settings) throws PolicyFormatException {
        Map<String, PolicyDocument.Setting> mine = new TreeMap<>();
        settings.forEach((key, setting) -> {
            if (key.startsWith(PREFIX)) {
                mine.put(key, setting);
            }
        });
        if (mine.isEmpty()) {
            return;
        }
        try {
            of(mine, 1, Instant.EPOCH, file);
        } catch (IllegalArgumentException e) {
            PolicyDocument.Setting at = mine.get(PREFIX + fieldOf(e.getMessage()));
            PolicyDocument.Setting where = at != null ? at : mine.values().iterator().next();
            throw new PolicyFormatException(List.of(new PolicyFormatException.Problem(file, where.line(), where.field(), e.getMessage())));
        }
    }

    /** CollectionPolicy names its fields as the signed statement has them: configPaths is collection.config.paths here. */
    private static String fieldOf(String message) {
        if (message.contains("'configPaths'")) {
            return "config.paths";
        }
        for (String field : List.of("sections", "logs", "redact")) {
            if (message.contains("'" + field + "'")) {
                return field;
            }
        }
        return "";
    }

    private static boolean flag(Map<String, PolicyDocument.Setting> settings, String key) {
        PolicyDocument.Setting s = settings.get(PREFIX + key);
        return s == null || Boolean.parseBoolean(s.value());
    }

    private static List<String> list(Map<String, PolicyDocument.Setting> settings, String key) {
        PolicyDocument.Setting s = settings.get(PREFIX + key);
        if (s == null) {
            return null;
        }
        try {
            List<String> items = new ArrayList<>();
            JSON.readTree(s.value()).forEach(node -> items.add(node.asText()));
            return items;
        } catch (IOException e) {
            throw new IllegalStateException("the schema lets only lists of text through " + s.field(), e);
        }
    }
}
