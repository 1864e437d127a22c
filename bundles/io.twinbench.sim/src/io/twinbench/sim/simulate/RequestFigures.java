package io.twinbench.sim.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.twinbench.sim.scenario.RequestReplay;

/**
 * What playing requests against a twin's service showed: how many were asked for, sent and
 * answered, by status, how long answers took, and when the service first fell behind (a second
 * in which it failed requests or in which fewer than 90 % of the asked requests could be sent
 * because answers came late), in seconds from the phase's start; -1 when it kept up. Requests
 * still waiting when the phase ended are unfinished: neither answered nor failed.
 */
public record RequestFigures(String target, int rate, int clients, long asked, long sent, long answered, long refused, long timedOut,
        long serverErrors, long unfinished, Map<String, Long> statuses, double p50Millis, double p95Millis, double p99Millis, double maxMillis,
        double fellBehindAtSeconds) {

    private static final double KEPT_UP = 0.9;

    public RequestFigures {
        statuses = Map.copyOf(statuses);
    }

    public long failed() {
        return refused + timedOut + serverErrors;
    }

    public double answeredPerSecond(double seconds) {
        return seconds <= 0 ? 0 : answered / seconds;
    }

    /** The script's lines ("ok|timeout|refused START_US LATENCY_US [status line]") over a replay of the given length. */
    static RequestFigures parse(RequestReplay replay, String output, double seconds) {
        int windows = Math.max(1, (int) Math.floor(seconds));
        long[] sentIn = new long[windows];
        boolean[] failedIn = new boolean[windows];
        List<Long> latencies = new ArrayList<>();
        Map<String, Long> statuses = new TreeMap<>();
        long sent = 0;
        long answered = 0;
        long refused = 0;
        long timedOut = 0;
        long serverErrors = 0;
        long done = 0;
        for (String line : output.lines().toList()) {
            String[] words = line.strip().split(" ", 4);
            if (words.length == 2 && words[0].equals("send") && words[1].matches("\\d+")) {
                sent++;
                sentIn[(int) Math.min(windows - 1, Long.parseLong(words[1]) / 1_000_000)]++;
                continue;
            }
            if (words.length < 3 || !words[1].matches("\\d+") || !words[2].matches("\\d+")) {
                continue;
            }
            long start = Long.parseLong(words[1]);
            long latency = Long.parseLong(words[2]);
            int window = (int) Math.min(windows - 1, start / 1_000_000);
            done++;
            switch (words[0]) {
                case "ok" -> {
                    answered++;
                    latencies.add(latency);
                    String status = status(words.length > 3 ? words[3] : "");
                    statuses.merge(status, 1L, Long::sum);
                    if (status.startsWith("5")) {
                        serverErrors++;
                        failedIn[window] = true;
                    }
                }
                case "timeout" -> {
                    timedOut++;
                    failedIn[window] = true;
                }
                case "refused" -> {
                    refused++;
                    failedIn[window] = true;
                }
                default -> done--;
            }
        }
        double fellBehind = -1;
        for (int w = 0; w < windows && fellBehind < 0; w++) {
            // the last second may be cut short by the phase's end; the first has the clients starting
            boolean whole = w > 0 && (w + 1) <= seconds;
            if (failedIn[w] || whole && sentIn[w] < KEPT_UP * replay.rate()) {
                fellBehind = w;
            }
        }
        latencies.sort(null);
        return new RequestFigures(replay.target(), replay.rate(), replay.clients(), Math.round(replay.rate() * seconds), sent, answered, refused,
                timedOut, serverErrors, Math.max(0, sent - done), statuses, millis(latencies, 0.50), millis(latencies, 0.95), millis(latencies, 0.99),
                latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1) / 1000.0, fellBehind);
    }

    /** "HTTP/1.1 404 Not Found" is 404; a protocol that is not HTTP is its first word. */
    private static String status(String line) {
        String[] words = line.strip().split("\\s+");
        if (words.length >= 2 && words[0].startsWith("HTTP/")) {
            return words[1];
        }
        return words[0].isEmpty() ? "(empty)" : words[0].length() > 24 ? words[0].substring(0, 24) : words[0];
    }

    private static double millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s: %d asked, %d sent, %d answered %s, %d failed%s; latency p50 %.1f ms, p99 %.1f ms%s", target,
                asked, sent, answered, statuses, failed(), unfinished == 0 ? "" : ", " + unfinished + " unanswered at the end", p50Millis, p99Millis, fellBehindAtSeconds < 0 ? "" : ", fell behind " + fellBehindAtSeconds + " s in");
    }
}
