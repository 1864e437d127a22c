package io.twinbench.sim.image;

import java.time.Duration;
import java.time.Instant;

/** A twin image in the local engine: which twin and version it replicates, how big and how old it is. */
public record TwinImage(String id, String reference, String twinId, long twinVersion, long sizeBytes, Instant created, String source) {

    public static final String LABEL_TWIN = "io.twinbench.twin";
    public static final String LABEL_VERSION = "io.twinbench.twin.version";
    public static final String LABEL_SOURCE = "io.twinbench.source";
    /** Marks a trial's container, and the image of a twin a plan changed in one: never a twin image of its own. */
    public static final String LABEL_TRIAL = "io.twinbench.trial";

    public Duration age(Instant now) {
        return Duration.between(created, now);
    }

    /** The age as the image lists show it: "45 s", "12 min", "5 h", "3 days". */
    public String ageText(Instant now) {
        return ageText(age(now));
    }

    /** An age as the image and container lists show it. */
    public static String ageText(Duration age) {
        long s = Math.max(0, age.toSeconds());
        return s < 120 ? s + " s" : s < 7200 ? s / 60 + " min" : s < 172_800 ? s / 3600 + " h" : s / 86_400 + " days";
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
