package io.twinbench.cli.internal.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.twinbench.cli.internal.DockerOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `twinbench bench-shadow`: what shadowing costs and carries. System calls traced from a real
 * process, parsed, sent as the agent frames them and stored; bytes on the channel per mirrored
 * HTTP request, from a real capture on loopback; and, with a Docker engine and a root, mirrored
 * requests replayed into a twin, with the twin's service traced and untraced (what tracing costs it).
 */
@Command(name = "bench-shadow", mixinStandardHelpOptions = true,
        description = "Benchmark shadowing: system calls stored per second, bytes per mirrored request, requests replayed into a twin with and without tracing.")
public final class ShadowBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DockerOption docker;

    @Option(names = "--root", paramLabel = "DIR", description = "A Debian root with lighttpd (the tests' root): replays into a twin of it. Without it, no replay.")
    Path root;

    @Option(names = "--requests", defaultValue = "20000", description = "Mirrored requests replayed (default: ${DEFAULT-VALUE}).")
    int requests;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("twinbench bench-shadow: Java %s, %d cores%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        new SyscallStoreBench(out).run();
        new MirroredBytesBench(out).run();
        if (root != null) {
            new ReplayBench(docker.engine(), root, requests, out).run();
        } else {
            out.println("  replay into a twin: skipped (give --root DIR and a Docker engine)");
        }
        out.flush();
        return 0;
    }
}
