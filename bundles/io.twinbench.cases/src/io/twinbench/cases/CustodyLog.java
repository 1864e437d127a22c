package io.twinbench.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.jr.ob.JSON;

/**
 * Who did what to a case, each entry chained to the one before by hash: the hash of an entry is
 * SHA-256 over its fields and the previous entry's hash, so altering, removing or reordering an
 * entry breaks every hash after it, and verification names the first entry that no longer fits.
 */
public final class CustodyLog {

    public record Entry(long seq, Instant at, String actor, String action, String detail, String digest, String previous, String hash) {
    }

    /** Where the chain holds or first breaks (0: intact), and why. */
    public record Check(boolean intact, long brokenAt, String reason, int entries, String head) {
    }

    public static final String GENESIS = "0".repeat(64);

    private final Path file;

    public CustodyLog(Path file) {
        this.file = file;
    }

    /** Appends an entry chained to the last one. digest names what the action concerned (a manifest, the annotations), or "". */
    public Entry append(String actor, String action, String detail, String digest, Instant at) {
        List<Entry> entries = entries();
        Check check = verify(entries);
        if (!check.intact()) {
            throw new CaseException(file + ": the custody chain is broken at entry " + check.brokenAt() + " (" + check.reason()
                    + "); a case whose custody cannot be proved is not extended");
        }
        String previous = entries.isEmpty() ? GENESIS : entries.get(entries.size() - 1).hash();
        long seq = entries.size() + 1L;
        Entry e = new Entry(seq, at, actor, action, detail, digest, previous, hash(seq, at, actor, action, detail, digest, previous));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("at", e.at().toString());
        m.put("actor", e.actor());
        m.put("action", e.action());
        m.put("detail", e.detail());
        m.put("digest", e.digest());
        m.put("previous", e.previous());
        m.put("hash", e.hash());
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, (JSON.std.asString(m) + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e2) {
            throw new CaseException("cannot extend the custody log " + file + ": " + e2.getMessage(), e2);
        }
        return e;
    }

    public List<Entry> entries() {
        if (!Files.exists(file)) {
            return new ArrayList<>();
        }
        try {
            return parse(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new CaseException("cannot read the custody log " + file + ": " + e.getMessage(), e);
        }
    }

    static List<Entry> parse(String file, byte[] content) {
        List<Entry> entries = new ArrayList<>();
        {
            int line = 0;
            for (String text : new String(content, StandardCharsets.UTF_8).split("\n")) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    Map<String, Object> m = JSON.std.mapFrom(text);
                    entries.add(new Entry(m.get("seq") instanceof Number n ? n.longValue() : -1, Instant.parse(String.valueOf(m.get("at"))),
                            String.valueOf(m.get("actor")), String.valueOf(m.get("action")), String.valueOf(m.get("detail")),
                            String.valueOf(m.get("digest")), String.valueOf(m.get("previous")), String.valueOf(m.get("hash"))));
                } catch (IOException | RuntimeException e) {
                    throw new CaseException(file + " line " + line + ": not a custody entry (" + e.getMessage() + ")");
                }
            }
            return entries;
        }
    }

    public Check verify() {
        try {
            return verify(entries());
        } catch (CaseException e) {
            return new Check(false, 0, e.getMessage(), 0, "");
        }
    }

    static Check verify(List<Entry> entries) {
        String previous = GENESIS;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.seq() != i + 1) {
                return new Check(false, i + 1, "entry " + (i + 1) + " is numbered " + e.seq() + ": an entry was removed or moved", entries.size(), "");
            }
            if (!e.previous().equals(previous)) {
                return new Check(false, e.seq(), "entry " + e.seq() + " does not follow the entry before it", entries.size(), "");
            }
            String expected = hash(e.seq(), e.at(), e.actor(), e.action(), e.detail(), e.digest(), e.previous());
            if (!expected.equals(e.hash())) {
                return new Check(false, e.seq(), "entry " + e.seq() + " (" + e.action() + " by " + e.actor() + ") was altered after it was written",
                        entries.size(), "");
            }
            previous = e.hash();
        }
        return new Check(true, 0, "", entries.size(), previous);
    }

    static String hash(long seq, Instant at, String actor, String action, String detail, String digest, String previous) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String field : List.of(Long.toString(seq), at.toString(), actor, action, detail, digest, previous)) {
                byte[] b = field.getBytes(StandardCharsets.UTF_8);
                sha.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
                sha.update(b);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
