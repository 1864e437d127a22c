package io.twinbench.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * A case's annotations as JSON lines, one per annotation, rewritten whole on each round so the
 * file always holds exactly the current set. Each round is entered in the custody log with the
 * file's digest.
 */
public final class Annotations {

    public static final int MAX = 100_000;

    private final Path file;
    private final CustodyLog custody;

    public Annotations(CaseFolder folder) {
        this.file = folder.annotations();
        this.custody = new CustodyLog(folder.custody());
    }

    public List<Annotation> all() {
        List<Annotation> result = new ArrayList<>();
        if (!Files.exists(file)) {
            return result;
        }
        try {
            int line = 0;
            for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                if (result.size() >= MAX) {
                    throw new CaseException(file + ": more than " + MAX + " annotations");
                }
                try {
                    result.add(parse(JSON.std.mapFrom(text)));
                } catch (IOException | RuntimeException e) {
                    throw new CaseException(file + " line " + line + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new CaseException("cannot read " + file + ": " + e.getMessage(), e);
        }
        result.sort(Comparator.comparingLong(Annotation::from).thenComparing(Annotation::id));
        return result;
    }

    /** Adds or replaces annotations, removes those named, and enters the round in the custody log. */
    public void change(List<Annotation> put, List<String> remove, String actor, Instant now) {
        Map<String, Annotation> byId = new LinkedHashMap<>();
        for (Annotation a : all()) {
            byId.put(a.id(), a);
        }
        int added = 0;
        int changed = 0;
        for (Annotation a : put) {
            if (byId.put(a.id(), a) == null) {
                added++;
            } else {
                changed++;
            }
        }
        int removed = 0;
        for (String id : remove) {
            if (byId.remove(id) != null) {
                removed++;
            }
        }
        if (added + changed + removed == 0) {
            return;
        }
        StringBuilder out = new StringBuilder();
        for (Annotation a : byId.values()) {
            out.append(json(a)).append('\n');
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CaseException("cannot write " + file + ": " + e.getMessage(), e);
        }
        custody.append(actor, "annotated", added + " added, " + changed + " changed, " + removed + " removed; " + byId.size() + " in all",
                sha256(bytes), now);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Annotation a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("eventId", a.eventId());
        m.put("from", a.from());
        m.put("to", a.to());
        m.put("tags", a.tags());
        m.put("comment", a.comment());
        m.put("colour", a.colour());
        m.put("author", a.author());
        m.put("at", a.at().toString());
        try {
            return JSON.std.asString(m);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Annotation parse(Map<String, Object> m) {
        List<String> tags = new ArrayList<>();
        if (m.get("tags") instanceof List<?> list) {
            list.forEach(t -> tags.add(String.valueOf(t)));
        }
        return new Annotation(String.valueOf(m.get("id")), number(m, "eventId"), number(m, "from"), number(m, "to"), tags,
                (String) m.get("comment"), (String) m.get("colour"), (String) m.get("author"), Instant.parse(String.valueOf(m.get("at"))));
    }

    private static long number(Map<String, Object> m, String field) {
        if (!(m.get(field) instanceof Number n)) {
            throw new IllegalArgumentException("field '" + field + "' is not a number");
        }
        return n.longValue();
    }
}
