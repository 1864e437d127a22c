package io.twinbench.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * What a case is about: its name, who opened it, and each gathering added to it (an endpoint
 * and a time range). nextId numbers the timeline's events across gatherings, so annotations keep
 * pointing at the same events when more are added.
 */
public record CaseDefinition(String id, String name, String createdBy, Instant created, List<Gathering> gatherings, long nextId) {

    public record Gathering(String endpoint, Instant from, Instant to, Instant at, String summary) {
    }

    public CaseDefinition {
        gatherings = List.copyOf(gatherings);
    }

    public List<String> endpoints() {
        return gatherings.stream().map(Gathering::endpoint).distinct().sorted().toList();
    }

    public CaseDefinition with(Gathering g, long newNextId) {
        List<Gathering> all = new ArrayList<>(gatherings);
        all.add(g);
        return new CaseDefinition(id, name, createdBy, created, all, newNextId);
    }

    public void write(Path file) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id);
        map.put("name", name);
        map.put("createdBy", createdBy);
        map.put("created", created.toString());
        map.put("nextId", nextId);
        List<Object> list = new ArrayList<>();
        for (Gathering g : gatherings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("endpoint", g.endpoint());
            m.put("from", g.from().toString());
            m.put("to", g.to().toString());
            m.put("at", g.at().toString());
            m.put("summary", g.summary());
            list.add(m);
        }
        map.put("gatherings", list);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asBytes(map));
        } catch (IOException e) {
            throw new CaseException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static CaseDefinition read(Path file) {
        try {
            if (Files.size(file) > 4 << 20) {
                throw new CaseException(file + " is larger than 4 MiB: not a case definition");
            }
            Map<String, Object> map = JSON.std.mapFrom(Files.readAllBytes(file));
            List<Gathering> gatherings = new ArrayList<>();
            if (map.get("gatherings") instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> m) {
                        gatherings.add(new Gathering(text(m, "endpoint", file), instant(m, "from", file), instant(m, "to", file), instant(m, "at", file),
                                String.valueOf(m.get("summary"))));
                    }
                }
            }
            return new CaseDefinition(text(map, "id", file), text(map, "name", file), String.valueOf(map.get("createdBy")),
                    instant(map, "created", file), gatherings, map.get("nextId") instanceof Number n ? n.longValue() : 0);
        } catch (IOException e) {
            throw new CaseException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String text(Map<?, ?> m, String field, Path file) {
        if (!(m.get(field) instanceof String s)) {
            throw new CaseException(file + ": field '" + field + "' is missing or not text");
        }
        return s;
    }

    private static Instant instant(Map<?, ?> m, String field, Path file) {
        try {
            return Instant.parse(text(m, field, file));
        } catch (java.time.format.DateTimeParseException e) {
            throw new CaseException(file + ": field '" + field + "' is not a time: " + e.getParsedString());
        }
    }
}
