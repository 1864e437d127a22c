package io.twinbench.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import io.twinbench.sim.image.RootFromInventory;
import io.twinbench.sim.image.ServiceUnit;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.image.TwinImageBuilder;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.sim.image.TwinImageRequests;
import io.twinbench.store.TwinSnapshots;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench image build|list|remove|prune`: the twin images in the local Docker engine. */
final class TwinImageCommands {

    private TwinImageCommands() {
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Build the twin's image from the endpoint's root filesystem (a directory or tar archive, plain or gzip),",
                    "or with --from-inventory from what its agent captured (the same Debian or Ubuntu release and packages, installed",
                    "by debootstrap from a mirror; needs root): the twin's changed configuration files replace the image's, and the",
                    "entry point starts the services the twin enables from their own unit files. Tagged twinbench/<twin>:v<version>."})
    static final class Build implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Mixin
        DockerOption docker;
        @Option(names = "--twin", required = true, paramLabel = "ID", description = "The twin whose image to build.")
        String twinId;
        @Parameters(paramLabel = "ROOT", arity = "0..1", description = "The endpoint's root filesystem: a directory or a tar archive.")
        Path root;
        @Option(names = "--from-inventory", description = "Make the root from the twin's captured inventory with debootstrap instead.")
        boolean fromInventory;
        @Option(names = "--mirror", paramLabel = "URL", description = "The mirror debootstrap installs from (default: the one apt uses here, else deb.debian.org).")
        String mirror;

        @Override
        public Integer call() throws Exception {
            if ((root == null) == !fromInventory) {
                throw new IllegalArgumentException("give either the endpoint's ROOT or --from-inventory");
            }
            TwinSnapshots.Versioned twin;
            try (TwinStore store = workspace.openStore()) {
                twin = store.snapshots().latestVersion(twinId)
                        .orElseThrow(() -> new IllegalArgumentException("no twin '" + twinId + "' in " + workspace.workspace()));
            }
            PrintWriter out = spec.commandLine().getOut();
            Path source = root;
            if (fromInventory) {
                RootFromInventory.Made made = new RootFromInventory(RootFromInventory.defaultCache(), mirror != null ? mirror : RootFromInventory.debianMirror())
                        .make(twin.twin(), line -> {
                            if (line.startsWith("I: Retrieving Release") || line.startsWith("I: Base system") || line.startsWith("the mirror has no")) {
                                out.println("  " + line);
                                out.flush();
                            }
                        }, () -> false);
                out.printf("root %s: %s with %d of the endpoint's packages in %.0f s%s%n", made.root(), made.suite(), made.packages() - made.notInMirror().size(),
                        made.took().toMillis() / 1000.0, made.reused() ? " (made before, from the cache)" : "");
                if (!made.notInMirror().isEmpty()) {
                    out.printf("  not in the mirror, left out: %s%n", String.join(", ", made.notInMirror()));
                }
                if (!made.otherVersion().isEmpty()) {
                    out.printf("  %d at another version than the endpoint's, e.g. %s%n", made.otherVersion().size(), made.otherVersion().get(0));
                }
                source = made.root();
            }
            TwinImageBuilder.Built built = new TwinImageBuilder(docker.engine(), Clock.systemUTC())
                    .build(TwinImageRequests.of(twin.twin(), twin.version(), source), () -> false);
            out.printf("built %s (%s) in %.1f s: %,d entries, %s of files%n", built.image().reference(), shortId(built.image().id()),
                    built.took().toMillis() / 1000.0, built.archive().entries(), size(built.archive().bytes()));
            out.printf("  services started by its entry point: %s%n", names(built.archive().started()));
            if (!built.archive().notInImage().isEmpty()) {
                out.printf("  services of the twin without a unit file in the image (not started): %s%n", String.join(", ", built.archive().notInImage()));
            }
            if (!built.archive().bootSteps().isEmpty()) {
                out.printf("  steps of systemd's own boot, which a twin does not run: %s%n", String.join("; ", built.archive().bootSteps()));
            }
            out.printf("  configuration the twin changed, applied: %s%n",
                    built.archive().configApplied().isEmpty() ? "none" : String.join(", ", built.archive().configApplied()));
            if (!built.archive().leftOut().isEmpty()) {
                out.printf("  left out: %d device nodes, FIFOs or sockets (the engine gives each container its own /dev)%n",
                        built.archive().leftOut().size());
            }
            return 0;
        }

        private static String names(List<ServiceUnit> units) {
            return units.isEmpty() ? "none" : String.join(", ", units.stream().map(ServiceUnit::name).toList());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the twin images in the engine, newest first.")
    static final class ListImages implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DockerOption docker;

        @Override
        public Integer call() throws Exception {
            List<TwinImage> images = new TwinImageRegistry(docker.engine(), Clock.systemUTC()).list();
            PrintWriter out = spec.commandLine().getOut();
            if (images.isEmpty()) {
                out.println("no twin images (build one with ./twinbench image build --twin ID ROOT)");
                return 0;
            }
            out.printf("%-40s %-14s %-24s %10s %10s  %s%n", "IMAGE", "ID", "TWIN", "SIZE", "AGE", "ROOT");
            Instant now = Instant.now();
            for (TwinImage image : images) {
                out.printf("%-40s %-14s %-24s %10s %10s  %s%n", image.reference(), shortId(image.id()), image.twinId() + " v" + image.twinVersion(),
                        size(image.sizeBytes()), image.ageText(now), image.source());
            }
            return 0;
        }
    }

    @Command(name = "remove", aliases = "rm", mixinStandardHelpOptions = true, description = "Remove a twin image by reference or id.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DockerOption docker;
        @Parameters(paramLabel = "IMAGE", description = "twinbench/<twin>:v<version>, or the image id.")
        String image;

        @Override
        public Integer call() throws Exception {
            if (!new TwinImageRegistry(docker.engine(), Clock.systemUTC()).remove(image)) {
                spec.commandLine().getErr().println("twinbench: no twin image " + image + " (./twinbench image list shows them)");
                return 1;
            }
            spec.commandLine().getOut().println("removed " + image);
            return 0;
        }
    }

    @Command(name = "prune", mixinStandardHelpOptions = true,
            description = "Remove twin images the retention does not keep; each twin's newest image always stays.")
    static final class Prune implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DockerOption docker;
        @Option(names = "--keep", defaultValue = "3", paramLabel = "N", description = "Images kept per twin (default: ${DEFAULT-VALUE}).")
        int keep;
        @Option(names = "--max-age", paramLabel = "DAYS", description = "Also remove images older than this many days.")
        Integer maxAgeDays;

        @Override
        public Integer call() throws Exception {
            List<TwinImage> removed = new TwinImageRegistry(docker.engine(), Clock.systemUTC())
                    .prune(new TwinImageRegistry.Retention(keep, maxAgeDays == null ? null : Duration.ofDays(maxAgeDays)));
            PrintWriter out = spec.commandLine().getOut();
            removed.forEach(i -> out.println("removed " + i.reference() + " (" + size(i.sizeBytes()) + ")"));
            out.printf("pruned %d twin images, %s%n", removed.size(), size(removed.stream().mapToLong(TwinImage::sizeBytes).sum()));
            return 0;
        }
    }

    static String shortId(String id) {
        String hex = id.startsWith("sha256:") ? id.substring(7) : id;
        return hex.substring(0, Math.min(12, hex.length()));
    }

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes >= 1L << 30 ? String.format("%.1f GiB", bytes / (double) (1L << 30))
                : bytes >= 1L << 20 ? String.format("%.1f MiB", bytes / (double) (1L << 20)) : String.format("%.1f KiB", bytes / 1024.0);
    }

}
