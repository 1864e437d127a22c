package io.twinbench.cli.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.twinbench.ingest.image.ImageImporter;
import io.twinbench.inventory.ImagePolicy;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench image`: a twin from a system image given offline, and the twin images built from them. */
@Command(name = "image", mixinStandardHelpOptions = true,
        description = {"System images: import one as a twin; build, list, remove and prune twin images in the local Docker engine."},
        subcommands = {ImageCommand.Import.class, TwinImageCommands.Build.class, TwinImageCommands.ListImages.class,
                TwinImageCommands.Remove.class, TwinImageCommands.Prune.class})
public final class ImageCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Build a twin from a root filesystem: a directory (e.g. made by debootstrap) or a tar archive (plain or gzip).",
                    "Reads packages with their dependencies, systemd units with Requires/Wants/After, users and configuration",
                    "files by hash, with the same readers an agent uses at enrolment. Nothing in the image is executed."})
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Parameters(paramLabel = "DIR|TAR", description = "The image's root directory or tar archive.")
        Path source;

        @Option(names = "--id", paramLabel = "ID", description = "Twin id (default: image-<file name>).")
        String id;

        @Option(names = "--name", paramLabel = "NAME", description = "Twin name (default: the file name).")
        String name;

        @Override
        public Integer call() throws Exception {
            String base = source.toAbsolutePath().normalize().getFileName().toString();
            String twinId = id != null ? id : "image-" + base.toLowerCase(Locale.ROOT).replaceAll("\\.(tar|tgz|tar\\.gz)$", "").replaceAll("[^a-z0-9.-]", "-");
            try (TwinStore store = workspace.openStore()) {
                ImageImporter.Imported imported = new ImageImporter(ImagePolicy.defaults(), SecretRedactor.defaults(), Clock.systemUTC())
                        .importInto(store, source, twinId, name != null ? name : base);
                var out = spec.commandLine().getOut();
                out.printf("imported %s as twin %s (version %d): %d elements, %d dependencies%n", source, twinId, imported.version(),
                        imported.twin().getElements().size(), imported.twin().getDependencies().size());
                imported.itemsPerSection().forEach((section, count) -> out.printf("  %-12s %6d%n", section, count));
                imported.problems().forEach(p -> spec.commandLine().getErr().println("skipped " + p));
                return 0;
            }
        }
    }
}
