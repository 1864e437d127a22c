package io.twinbench.cli.internal.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `twinbench bench-case`: a case of ten million system-call and packet events, built the way a
 * gathering builds one (evidence files, a pcapng, the index), then opened, paged after zooms and
 * scrolls, filtered by text, exported and verified, with the bare costs beside them.
 */
@Command(name = "bench-case", mixinStandardHelpOptions = true,
        description = "Benchmark forensic cases: open, page after a zoom or scroll, text filter, export and verify of a 10-million-event case.")
public final class CaseBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--events", defaultValue = "10000000", description = "System-call and packet events in the case (default: ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to build the case (default: a temporary folder, removed afterwards); a case built there before is measured again.")
    Path dir;

    @Option(names = "--compare-h2", defaultValue = "2000000", paramLabel = "EVENTS",
            description = "Also load this many events into H2 and DuckDB and time the timeline's questions on each (0: skip; default ${DEFAULT-VALUE}).")
    int compare;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("twinbench bench-case: Java %s, %d cores, %d events%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                events);
        Path work = dir != null ? dir : Files.createTempDirectory("twinbench-bench-case");
        try {
            new CaseBench(work, events, out).run();
            if (compare > 0) {
                new IndexStoreComparison(work, compare, out).run();
            }
        } finally {
            if (dir == null) {
                try (var walk = Files.walk(work)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
        out.flush();
        return 0;
    }
}
