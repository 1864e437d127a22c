package io.twinbench.ingest.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.twinbench.ingest.twin.InventoryTwinBuilder;
import io.twinbench.ingest.twin.TwinInventory;
import io.twinbench.inventory.ArchiveLimits;
import io.twinbench.inventory.ImagePolicy;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.inventory.SystemImage;
import io.twinbench.model.twin.Twin;
import io.twinbench.protocol.InventoryFull;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.store.TwinStore;

/**
 * Builds a twin from a root filesystem given offline, a directory (debootstrap) or a tar
 * archive, with the same readers an agent uses at enrolment and the same builder the
 * collector uses, and stores it with its inventory and history.
 */
public final class ImageImporter {

    private final ImagePolicy policy;
    private final ArchiveLimits limits;
    private final SecretRedactor redactor;
    private final Clock clock;

    public ImageImporter(ImagePolicy policy, SecretRedactor redactor, Clock clock) {
        this(policy, redactor, clock, ArchiveLimits.DEFAULT);
    }

    public ImageImporter(ImagePolicy policy, SecretRedactor redactor, Clock clock, ArchiveLimits limits) {
        this.limits = limits;
        this.policy = policy;
        this.redactor = redactor;
        this.clock = clock;
    }

    /** What the import produced; problems name items the model could not take. */
    public record Imported(Twin twin, long version, Map<String, Integer> itemsPerSection, List<String> problems) {
    }

    public Imported importInto(TwinStore store, Path source, String twinId, String name) throws IOException {
        List<Section> sections = read(source);
        Instant now = clock.instant();
        InventoryTwinBuilder.Result built = new InventoryTwinBuilder().build(twinId, name, "image " + source.getFileName(), sections, Date.from(now));
        // a second import of the same twin records what changed since the first, as an agent's full inventory would
        TwinInventory.Step step = new TwinInventory(twinId, store.inventories()).full(new InventoryFull(sections), "image " + source, now);
        Map<String, Integer> counts = new LinkedHashMap<>();
        sections.forEach(section -> counts.put(section.name(), section.items().size()));
        long version = store.inventories().writeWithSnapshot(built.twin(), step.writes(), now);
        return new Imported(built.twin(), version, counts, built.problems());
    }

    private List<Section> read(Path source) throws IOException {
        if (Files.isDirectory(source)) {
            if (!Files.isDirectory(source.resolve("etc")) && !Files.isDirectory(source.resolve("var"))) {
                throw new IOException(source + " does not look like a root filesystem (no etc/ or var/)");
            }
            return new SystemImage(source, policy, redactor).read();
        }
        if (!Files.isRegularFile(source)) {
            throw new IOException(source + " does not exist");
        }
        if (!ImageArchive.looksLikeTar(source)) {
            throw new IOException(source + " is neither a directory nor a tar archive (plain or gzip)");
        }
        Path scratch = Files.createTempDirectory("twinbench-image");
        try {
            if (ImageArchive.extract(source, scratch, policy.configPaths(), limits) == 0) {
                throw new IOException(source + " holds none of the files an inventory reads (var/lib/dpkg/status, etc/passwd, systemd units ...)");
            }
            return new SystemImage(scratch, policy, redactor).read();
        } finally {
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
