package io.twinbench.sim.image;

import java.time.Duration;
import java.time.Instant;

/** A twin image in the local engine: which twin and version it replicates, how big and how old it is. */
public record TwinImage(String id, String reference, String twinId, long twinVersion, long sizeBytes, Instant created, String source) {

    public static final String LABEL_TWIN = "io.twinbench.twin";
    public static final String LABEL_VERSION = "io.twinbench.twin.version";
    public static final String LABEL_SOURCE = "io.twinbench.source";

    public Duration age(Instant now) {
        return Duration.between(created, now);
    }

    /** The repository a twin's images are tagged in: Docker allows only lower-case letters, digits and . _ - there. */
    public static String repository(String twinId) {
        String name = twinId.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[._-]+|[._-]+$", "");
        return "twinbench/" + (name.isEmpty() ? "twin" : name);
    }

    public static String reference(String twinId, long version) {
        return repository(twinId) + ":v" + version;
    }
}
