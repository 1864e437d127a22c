package io.twinbench.remedy.apply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** The few host metrics a check may bound, read from /proc: cpu and memory as used fractions, load1. */
final class HostMetrics {

    private final Host host;
    private long[] lastCpu;

    HostMetrics(Host host) {
        this.host = host;
    }

    double sample(String metric) throws IOException {
        switch (metric) {
            case "load1":
                return Double.parseDouble(read("/proc/loadavg").split("\\s+")[0]);
            case "memory": {
                long total = 0;
                long available = 0;
                for (String line : read("/proc/meminfo").split("\n")) {
                    if (line.startsWith("MemTotal:")) {
                        total = kib(line);
                    } else if (line.startsWith("MemAvailable:")) {
                        available = kib(line);
                    }
                }
                return total == 0 ? 0 : 1.0 - (double) available / total;
            }
            default:
                return cpu();
        }
    }

    private double cpu() throws IOException {
        String[] fields = read("/proc/stat").split("\n")[0].trim().split("\\s+");
        long idle = Long.parseLong(fields[4]) + (fields.length > 5 ? Long.parseLong(fields[5]) : 0);
        long total = 0;
        for (int i = 1; i < fields.length && i <= 8; i++) {
            total += Long.parseLong(fields[i]);
        }
        long[] now = {total, idle};
        long[] before = lastCpu;
        lastCpu = now;
        if (before == null || now[0] == before[0]) {
            return 0;
        }
        return 1.0 - (double) (now[1] - before[1]) / (now[0] - before[0]);
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    private String read(String path) throws IOException {
        return Files.readString(host.file(path), StandardCharsets.UTF_8);
    }
}
