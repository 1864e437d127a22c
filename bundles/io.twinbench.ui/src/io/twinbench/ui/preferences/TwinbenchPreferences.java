package io.twinbench.ui.preferences;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import io.twinbench.sim.docker.DockerEngineProbe;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.store.StoreLocation;

/** The analyst's settings, read once per use from the workspace's preferences. */
public final class TwinbenchPreferences {

    public static final String NODE = "io.twinbench.ui";
    public static final String DATABASE_DIRECTORY = "databaseDirectory";
    public static final String DOCKER_ENDPOINT = "dockerEndpoint";
    public static final String COLLECTOR_BIND = "collectorBind";
    public static final String SNAPSHOT_HOURLY_DAYS = "snapshotHourlyDays";
    public static final String SNAPSHOT_DAILY_DAYS = "snapshotDailyDays";
    public static final String DEFAULT_COLLECTOR_BIND = "127.0.0.1";
    public static final String COLLECTOR_PORT = "collectorPort";
    public static final int DEFAULT_COLLECTOR_PORT = 7443;
    public static final String OTLP_PORT = "otlpPort";
    public static final int DEFAULT_OTLP_PORT = 4318;
    /** Twin images Prune keeps per twin, newest first, and the age beyond which it removes them too (0: any age). */
    public static final String IMAGES_KEPT = "imagesKept";
    public static final int DEFAULT_IMAGES_KEPT = 3;
    public static final String IMAGES_MAX_AGE_DAYS = "imagesMaxAgeDays";

    private final IEclipsePreferences node;
    private final Path workspace;

    public TwinbenchPreferences(IEclipsePreferences node, Path workspace) {
        this.node = node;
        this.workspace = workspace;
    }

    public static TwinbenchPreferences fromInstanceScope() {
        Path workspace;
        try {
            workspace = Path.of(Platform.getInstanceLocation().getURL().toURI());
        } catch (Exception e) {
            workspace = Path.of(System.getProperty("user.home"), "twinbench-workspace");
        }
        return new TwinbenchPreferences(InstanceScope.INSTANCE.getNode(NODE), workspace);
    }

    public Path workspace() {
        return workspace;
    }

    /** The embedded H2 database in the workspace, unless the analyst chose a directory or TWINBENCH_DB_URL names a PostgreSQL server. */
    public StoreLocation storeLocation() {
        String directory = node.get(DATABASE_DIRECTORY, "");
        return directory.isBlank() ? StoreLocation.fromEnvironment(System.getenv(), workspace)
                : StoreLocation.h2File(Path.of(directory).resolve("twinbench"));
    }

    /**
     * Where agents reach this workbench's collector and OTLP receiver; port 0 turns either off.
     * Loopback unless the analyst opens it (or -Dtwinbench.collectorBind): an analyst's desktop is
     * not a server on every network it joins.
     */
    public String collectorBind() {
        return node.get(COLLECTOR_BIND, System.getProperty("twinbench.collectorBind", DEFAULT_COLLECTOR_BIND));
    }

    /** How the hourly retention thins twin snapshots: one an hour for the first days, then one a day. */
    public io.twinbench.store.RetentionPolicy retention() {
        io.twinbench.store.RetentionPolicy d = io.twinbench.store.RetentionPolicy.DEFAULT;
        return new io.twinbench.store.RetentionPolicy(d.raw(), d.rollupWidth(), d.rollups(), d.events(), d.history(),
                java.time.Duration.ofDays(Math.max(0, node.getInt(SNAPSHOT_HOURLY_DAYS, (int) d.hourlySnapshots().toDays()))),
                java.time.Duration.ofDays(Math.max(0, node.getInt(SNAPSHOT_DAILY_DAYS, (int) d.dailySnapshots().toDays()))));
    }

    public int collectorPort() {
        return node.getInt(COLLECTOR_PORT, Integer.getInteger("twinbench.collectorPort", DEFAULT_COLLECTOR_PORT));
    }

    /** The OTLP/HTTP receiver's port; 0 turns it off. */
    public int otlpPort() {
        return node.getInt(OTLP_PORT, Integer.getInteger("twinbench.otlpPort", DEFAULT_OTLP_PORT));
    }

    /** The workspace's certificate authority for agents, the same one `./twinbench serve` and `enroll-token` use. */
    public Path certificateAuthorityDirectory() {
        return workspace.resolve(".twinbench/ca");
    }

    /** What Prune in the Twin Images view keeps: the newest images of each twin, and none older than the age when one is set. */
    public TwinImageRegistry.Retention imageRetention() {
        int days = node.getInt(IMAGES_MAX_AGE_DAYS, 0);
        return new TwinImageRegistry.Retention(Math.max(1, node.getInt(IMAGES_KEPT, DEFAULT_IMAGES_KEPT)), days > 0 ? Duration.ofDays(days) : null);
    }

    public String dockerEndpoint() {
        return node.get(DOCKER_ENDPOINT, DockerEngineProbe.DEFAULT_ENDPOINT);
    }
}
