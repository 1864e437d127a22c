package io.twinbench.agent;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.jr.ob.JSON;

import io.twinbench.remedy.apply.CheckRunner;
import io.twinbench.remedy.apply.LocalHost;
import io.twinbench.remedy.apply.PlanRunner;
import io.twinbench.remedy.apply.Steps;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanFormatException;
import io.twinbench.remedy.plan.PlanReader;

/**
 * A plan tried on an executable twin, inside the twin's container: the same steps and checks the
 * agent runs on an endpoint, applied to the twin's root, each step printed as a line of JSON,
 * with the twin's state before and after (listening ports, processes, memory used, load). No
 * signature and no confirmation: the twin is thrown away afterwards.
 * Usage: java -cp twinbench-agent.jar io.twinbench.agent.PlanTrial PLAN.json ARTIFACT-DIR
 * Exit 0 when the plan applied and every check passed, 2 when it was rolled back.
 */
public final class PlanTrial {

    private PlanTrial() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Plan plan;
        try {
            plan = new PlanReader().read(Path.of(args[0]));
        } catch (PlanFormatException e) {
            out.println(JSON.std.asString(Map.of("outcome", "refused", "reason", e.getMessage())));
            System.exit(3);
            return;
        }
        Path artifacts = Path.of(args[1]);
        LocalHost host = new LocalHost(Path.of("/"));
        Path state = Files.createTempDirectory("twinbench-trial");
        out.println(JSON.std.asString(Map.of("before", snapshot())));
        PlanRunner runner = new PlanRunner(state, new Steps(host, artifacts::resolve), new CheckRunner(host), progress -> {
            try {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("kind", progress.kind().name());
                line.put("index", progress.index());
                line.put("state", progress.state());
                line.put("detail", progress.detail());
                out.println(JSON.std.asString(line));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, Clock.systemUTC());
        PlanRunner.Outcome outcome = runner.apply(plan);
        out.println(JSON.std.asString(Map.of("after", snapshot())));
        Map<String, Object> end = new LinkedHashMap<>();
        end.put("outcome", outcome.applied() ? "applied" : "rolled-back");
        end.put("reason", outcome.reason() == null ? "" : outcome.reason());
        out.println(JSON.std.asString(end));
        System.exit(outcome.applied() ? 0 : 2);
    }

    /** The twin's own memory (its control group: /proc/meminfo in a container is the host's), else the machine's. */
    private static long memoryUsedKiB() throws IOException {
        for (String file : new String[] {"/sys/fs/cgroup/memory.current", "/sys/fs/cgroup/memory/memory.usage_in_bytes"}) {
            Path path = Path.of(file);
            if (Files.isReadable(path)) {
                return Long.parseLong(Files.readString(path).trim()) / 1024;
            }
        }
        long total = 0;
        long available = 0;
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                total = Long.parseLong(line.replaceAll("[^0-9]", ""));
            } else if (line.startsWith("MemAvailable:")) {
                available = Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return total - available;
    }

    /** What an analyst compares before and after: listening ports, processes, memory used and load. */
    static Map<String, Object> snapshot() throws IOException {
        Map<String, Object> state = new LinkedHashMap<>();
        TreeSet<Integer> ports = new TreeSet<>();
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && f[3].equals("0A")) {
                    ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
                }
            }
        }
        state.put("listening", ports.stream().toList());
        try (var entries = Files.list(Path.of("/proc"))) {
            state.put("processes", entries.filter(p -> p.getFileName().toString().matches("\\d+")).count());
        }
        state.put("memoryUsedKiB", memoryUsedKiB());
        state.put("load1", Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        return state;
    }
}
