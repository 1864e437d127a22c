package io.twinbench.ingest.collector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** Where a workspace keeps its signed root of trust for plans: beside its certificate authority, in .twinbench/trust/root.json. */
public final class TrustRootFile {

    private TrustRootFile() {
    }

    /** The root's file for a workspace's .twinbench directory. */
    public static Path in(Path twinbenchDirectory) {
        return twinbenchDirectory.resolve("trust").resolve("root.json");
    }

    /** Reads the root each time it is asked, so one made or rotated while the collector runs is sent from then on. */
    public static Supplier<Optional<byte[]>> reader(Path file) {
        return () -> {
            try {
                return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        };
    }
}
