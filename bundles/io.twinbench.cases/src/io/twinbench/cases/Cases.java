package io.twinbench.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.jr.ob.JSON;

/** The cases of a workspace, each a folder under {@code cases/}: made here, or opened from a bundle. */
public final class Cases {

    /** A case as listed: its definition, how many events, and whether it opened as tampered (read-only). */
    public record Summary(CaseFolder folder, CaseDefinition definition, String status, List<String> problems) {

        public boolean readOnly() {
            return "tampered".equals(status);
        }
    }

    private final Path root;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Cases(Path workspace, Clock clock) {
        this.root = workspace.resolve("cases");
        this.clock = clock;
    }

    public Path root() {
        return root;
    }

    public CaseFolder create(String name, String actor) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a case needs a name of 1 to 200 characters");
        }
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        slug = slug.isEmpty() ? "case" : slug.substring(0, Math.min(40, slug.length()));
        byte[] r = new byte[3];
        random.nextBytes(r);
        CaseFolder folder = new CaseFolder(root.resolve(slug + "-" + HexFormat.of().formatHex(r)));
        Instant now = clock.instant();
        new CaseDefinition(folder.id(), name.strip(), actor, now, List.of(), 0).write(folder.definition());
        try {
            Files.createDirectories(folder.evidence());
        } catch (IOException e) {
            throw new CaseException("cannot create " + folder.evidence() + ": " + e.getMessage(), e);
        }
        new CustodyLog(folder.custody()).append(actor, "created", "case '" + name.strip() + "'", "", now);
        CaseIndex.open(folder.index(), false).close();
        return folder;
    }

    public List<Summary> list() {
        List<Summary> result = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return result;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (dir.getFileName().toString().startsWith(".")) {
                    continue;
                }
                try {
                    result.add(summary(new CaseFolder(dir)));
                } catch (CaseException e) {
                    // a folder that is not (or no longer) a case: listed by `case list` as such, skipped here
                }
            }
        } catch (IOException e) {
            throw new CaseException("cannot list " + root + ": " + e.getMessage(), e);
        }
        return result;
    }

    public Summary summary(CaseFolder folder) {
        CaseDefinition d = CaseDefinition.read(folder.definition());
        String status = "";
        List<String> problems = List.of();
        if (Files.exists(folder.verification())) {
            try {
                Map<String, Object> v = JSON.std.mapFrom(Files.readAllBytes(folder.verification()));
                status = String.valueOf(v.get("status"));
                problems = v.get("problems") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
            } catch (IOException e) {
                throw new CaseException("cannot read " + folder.verification() + ": " + e.getMessage(), e);
            }
        }
        return new Summary(folder, d, status, problems);
    }

    /** A case by id (or a unique prefix of one). */
    public CaseFolder folder(String id) {
        if (id != null && BagEntries.CASE_ID.matcher(id).matches() && Files.isDirectory(root.resolve(id))) {
            return new CaseFolder(root.resolve(id));
        }
        List<Summary> matches = list().stream().filter(s -> id != null && s.folder().id().startsWith(id)).toList();
        if (matches.size() == 1) {
            return matches.get(0).folder();
        }
        throw new CaseException(matches.isEmpty() ? "no case " + id + " in " + root : "'" + id + "' names " + matches.size() + " cases: give more of the id");
    }

    /** Refuses changes to a case that opened as tampered: its evidence is shown as it came, never added to. */
    public void requireWritable(CaseFolder folder) {
        Summary s = summary(folder);
        if (s.readOnly()) {
            throw new CaseException("case " + folder.id() + " opened as tampered and is read-only: " + String.join("; ", s.problems()));
        }
    }

    public Annotations annotations(CaseFolder folder) {
        return new Annotations(folder);
    }

    /** Opens the index for reading, building it from the timeline when this machine has none yet. */
    public CaseIndex index(CaseFolder folder, boolean readOnly) {
        if (!Files.exists(folder.index()) && Files.exists(folder.timeline())) {
            try (CaseIndex index = CaseIndex.open(folder.index(), false)) {
                index.loadTimeline(folder.timeline());
            }
        }
        return CaseIndex.open(folder.index(), readOnly);
    }

    /** What opening a bundle did. */
    public record Opened(CaseFolder folder, BundleCheck check, long events) {
    }

    /**
     * Opens a bundle into this workspace: verified while it is unpacked, its index rebuilt from its
     * timeline. A tampered bundle still opens, read-only, its differences recorded beside it.
     */
    public Opened open(Path bundle, String actor, LongConsumer progress) {
        try {
            Files.createDirectories(root);
            Path incoming = Files.createTempDirectory(root, ".incoming-");
            BundleCheck check;
            try {
                check = CaseBundle.read(bundle, incoming.resolve("bag"), progress);
            } catch (RuntimeException e) {
                deleteTree(incoming);
                throw e;
            }
            String id = check.caseId();
            Path target = root.resolve(id);
            for (int n = 2; Files.exists(target); n++) {
                target = root.resolve(id + "-" + n);
            }
            Files.move(incoming, target);
            CaseFolder folder = new CaseFolder(target);
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("status", check.status());
            v.put("bundle", bundle.toAbsolutePath().toString());
            v.put("signer", check.signer());
            v.put("problems", check.problems());
            v.put("at", clock.instant().toString());
            Files.write(folder.verification(), JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asBytes(v));
            if (!Files.exists(folder.definition())) {
                throw new CaseException(bundle + " has no data/case.json: opened at " + target + " but it is not a case");
            }
            long events = 0;
            if (Files.exists(folder.timeline())) {
                try (CaseIndex index = CaseIndex.open(folder.index(), false)) {
                    events = index.loadTimeline(folder.timeline());
                }
            }
            if (check.intact()) {
                new CustodyLog(folder.custody()).append(actor, "imported", "from " + bundle.getFileName() + ", verified, signed by " + check.signer(), "",
                        clock.instant());
            }
            return new Opened(folder, check, events);
        } catch (IOException e) {
            throw new CaseException("cannot open " + bundle + ": " + e.getMessage(), e);
        }
    }

    public CaseBuilder builder(CaseFolder folder, CaseIndex index) {
        return new CaseBuilder(folder, index, CaseDefinition.read(folder.definition()).nextId());
    }

    /** Records a gathering in the case's definition and custody log and rewrites the timeline. */
    public void gathered(CaseFolder folder, CaseIndex index, CaseDefinition.Gathering gathering, long nextId, String actor) {
        CaseDefinition d = CaseDefinition.read(folder.definition());
        d.with(gathering, nextId).write(folder.definition());
        index.writeTimeline(folder.timeline());
        new CustodyLog(folder.custody()).append(actor, "gathered", gathering.endpoint() + " from " + gathering.from() + " to " + gathering.to() + ": "
                + gathering.summary(), "", clock.instant());
    }


    static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // what is left is a hidden .incoming folder, skipped by list()
        }
    }
}
