package io.twinbench.agent;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.twinbench.protocol.Sample;
import io.twinbench.protocol.TelemetryBatch;
import oshi.SystemInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `java -jar twinbench-agent.jar`: collects this endpoint's telemetry into its on-disk outbox. */
@Command(name = "twinbench-agent", mixinStandardHelpOptions = true, version = "Twinbench agent 0.1.0",
        description = {"Collects this endpoint's CPU, memory, disk, file-system and network metrics every interval and",
                "keeps them, numbered, in a bounded on-disk spool until the workbench acknowledges them."},
        footer = {"", "Examples:", "  java -jar twinbench-agent.jar --once            print one batch as JSON and exit",
                "  java -jar twinbench-agent.jar --spool /var/lib/twinbench-agent/spool"})
public final class AgentMain implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(AgentMain.class.getName());

    @Spec
    CommandSpec spec;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "5",
            description = "Seconds between two collections (default: ${DEFAULT-VALUE}).")
    int intervalSeconds;

    @Option(names = "--spool", paramLabel = "DIR", description = "Directory of the on-disk outbox (default: ${DEFAULT-VALUE}).")
    Path spool = defaultSpool();

    @Option(names = "--spool-max-bytes", paramLabel = "BYTES", defaultValue = "268435456",
            description = "Most bytes the outbox may hold; when full the oldest unacknowledged batches are dropped and "
                    + "counted in the log (default: ${DEFAULT-VALUE}).")
    long spoolMaxBytes;

    @Option(names = "--once", description = "Collect one batch (two readings a second apart, so CPU load is known), "
            + "print it as JSON and exit; the spool is not touched.")
    boolean once;

    @Option(names = "--count", paramLabel = "N", defaultValue = "0",
            description = "Stop after N collections (default: run until stopped).")
    long count;

    public static void main(String[] args) {
        System.exit(new CommandLine(new AgentMain()).execute(args));
    }

    static Path defaultSpool() {
        return "root".equals(System.getProperty("user.name")) ? Path.of("/var/lib/twinbench-agent/spool")
                : Path.of(System.getProperty("user.home"), ".twinbench-agent", "spool");
    }

    @Override
    public Integer call() throws Exception {
        if (intervalSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--interval must be at least 1 second");
        }
        SystemInfo system = new SystemInfo();
        HostCollector collector = new HostCollector(system.getHardware(), system.getOperatingSystem(), Clock.systemUTC());
        if (once) {
            collector.collect();
            Thread.sleep(1000);
            PrintWriter out = spec.commandLine().getOut();
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(new TelemetryBatch(collector.collect())));
            out.flush();
            return 0;
        }
        try (DiskSpool outbox = new DiskSpool(spool, spoolMaxBytes, Math.min(4L << 20, Math.max(64 << 10, spoolMaxBytes / 16)))) {
            LOG.info("collecting every " + intervalSeconds + " s into " + spool + " (" + outbox.lastSeq() + " frames so far, "
                    + outbox.ackedSeq() + " acknowledged)");
            for (long n = 0; count == 0 || n < count; n++) {
                List<Sample> samples = collector.collect();
                outbox.append(new TelemetryBatch(samples));
                if (count == 0 || n + 1 < count) {
                    Thread.sleep(intervalSeconds * 1000L);
                }
            }
        }
        return 0;
    }
}
