package io.twinbench.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.twinbench.ingest.host.LocalTwinCapture;
import io.twinbench.ingest.host.LocalMachineProbe;
import io.twinbench.model.io.TwinXmi;
import io.twinbench.model.twin.Twin;
import io.twinbench.store.TwinStore;
import io.twinbench.store.TwinSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench twin ...`: the twins of a workspace. */
@Command(name = "twin", mixinStandardHelpOptions = true, description = "List, export, import and capture twins.")
public final class TwinCommand {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    enum ListFormat { table, json }

    enum ExportFormat { json, xmi }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the twins of the workspace.")
    int list(@Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).") ListFormat format)
            throws IOException {
        try (TwinStore store = workspace.openStore()) {
            List<TwinSummary> twins = store.snapshots().list();
            PrintWriter out = spec.commandLine().getOut();
            if (format == ListFormat.json) {
                new TwinJsonWriter().writeSummaries(twins, out);
                out.println();
            } else {
                out.printf("%-32s %-36s %9s %9s  %s%n", "ID", "NAME", "ELEMENTS", "EDGES", "UPDATED");
                for (TwinSummary t : twins) {
                    out.printf("%-32s %-36s %9d %9d  %s%n", t.id(), t.name(), t.elementCount(), t.dependencyCount(), t.updated());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write one twin as JSON or XMI.")
    int export(@Parameters(paramLabel = "ID", description = "The twin's id (see twin list).") String id,
            @Option(names = "--format", defaultValue = "json", description = "json or xmi (default: ${DEFAULT-VALUE}).") ExportFormat format,
            @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.") Path output)
            throws IOException {
        try (TwinStore store = workspace.openStore()) {
            Twin twin = store.snapshots().latest(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "no twin with id '" + id + "' in " + workspace.workspace() + " (see: twinbench twin list)"));
            try (OutputStream out = output == null ? new UncloseableStream(System.out) : Files.newOutputStream(output)) {
                if (format == ExportFormat.xmi) {
                    new TwinXmi().write(twin, out);
                } else {
                    new TwinJsonWriter().writeTwin(twin, out);
                }
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Add a twin from an XMI file to the workspace.")
    int importTwin(@Parameters(paramLabel = "FILE") Path file) throws IOException {
        Twin twin = new TwinXmi().load(file);
        try (TwinStore store = workspace.openStore()) {
            long version = store.snapshots().save(twin);
            spec.commandLine().getOut().printf("imported %s (%d elements) as version %d%n", twin.getId(), twin.getElements().size(), version);
            return 0;
        }
    }

    @Command(name = "capture", mixinStandardHelpOptions = true, description = "Capture a twin of this machine into the workspace.")
    int capture() {
        try (TwinStore store = workspace.openStore()) {
            LocalTwinCapture.Captured captured = new LocalTwinCapture(new LocalMachineProbe()).into(store);
            Twin twin = captured.twin();
            spec.commandLine().getOut().printf("captured %s: %d elements, %d dependencies (version %d)%n", twin.getId(),
                    twin.getElements().size(), twin.getDependencies().size(), captured.version());
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = {"Remove a twin and everything the workspace holds of it:",
            "snapshots, telemetry, events, anomalies, inventory and history."})
    int delete(@Parameters(paramLabel = "ID") String id,
            @picocli.CommandLine.Option(names = "--revoke", description = "Also revoke the agent of that id, so it cannot make the twin again.")
            boolean revoke) {
        try (TwinStore store = workspace.openStore()) {
            var agent = store.enrollments().agent(id).filter(a -> !a.isRevoked());
            if (revoke && agent.isPresent()) {
                store.enrollments().revoke(id, java.time.Instant.now());
            }
            if (!store.deleteTwin(id)) {
                throw new ParameterException(spec.commandLine(), "no twin with id '" + io.twinbench.protocol.Printable.of(id) + "'");
            }
            spec.commandLine().getOut().println("deleted " + id + " with its telemetry, events, anomalies, inventory and history"
                    + (revoke && agent.isPresent() ? "; agent " + id + " revoked" : ""));
            if (!revoke && agent.isPresent()) {
                spec.commandLine().getErr().println("twinbench: agent " + id + " is still enrolled: what it sends next makes a new twin"
                        + " (revoke it with: twinbench agent revoke " + id + ")");
            }
            return 0;
        }
    }

    /** Lets try-with-resources flush standard output without closing it. */
    private static final class UncloseableStream extends java.io.FilterOutputStream {
        UncloseableStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
