package io.twinbench.remedy.apply;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.stream.Stream;

import io.twinbench.remedy.plan.Check;

/**
 * Runs a plan's checks on the endpoint. Network and process checks are tried again for up to
 * {@link #SETTLE} since a service just restarted takes a moment to answer; a metric is sampled
 * every second over its period. Each answer says what was seen.
 */
public final class CheckRunner {

    static final Duration SETTLE = Duration.ofSeconds(15);
    private final Host host;
    private final HostMetrics metrics;

    public CheckRunner(Host host) {
        this.host = host;
        this.metrics = new HostMetrics(host);
    }

    public record Result(Check check, boolean passed, String observed) {
    }

    public Result run(Check check) throws InterruptedException {
        if (check instanceof Check.Metric metric) {
            return metric(metric);
        }
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Result result;
        do {
            result = once(check);
            if (result.passed() || check instanceof Check.FileHash) {
                return result;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        return result;
    }

    private Result once(Check check) {
        try {
            if (check instanceof Check.TcpPort tcp) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(tcp.host(), tcp.port()), 2_000);
                    return new Result(check, true, "connected");
                }
            } else if (check instanceof Check.Http http) {
                HttpURLConnection connection = (HttpURLConnection) URI.create(http.url()).toURL().openConnection(java.net.Proxy.NO_PROXY);
                connection.setInstanceFollowRedirects(false);
                connection.setConnectTimeout(2_000);
                connection.setReadTimeout(5_000);
                int status = connection.getResponseCode();
                connection.disconnect();
                return new Result(check, status == http.status(), "status " + status);
            } else if (check instanceof Check.ProcessRuns process) {
                boolean runs = processRuns(process.name());
                return new Result(check, runs, runs ? "running" : "no process named " + process.name());
            } else if (check instanceof Check.ServiceRuns service) {
                boolean active = new ServiceManager(host).active(service.name());
                return new Result(check, active, active ? "running" : "not running");
            }
            Check.FileHash file = (Check.FileHash) check;
            String sha = sha256(host.file(file.path()));
            return new Result(check, sha.equals(file.sha256()), "SHA-256 " + sha);
        } catch (IOException e) {
            return new Result(check, false, e.getClass().getSimpleName().replace("Exception", "") + ": " + e.getMessage());
        }
    }

    private boolean processRuns(String name) throws IOException {
        try (Stream<Path> entries = Files.list(host.file("/proc"))) {
            return entries.filter(p -> p.getFileName().toString().matches("\\d+")).anyMatch(p -> {
                try {
                    return Files.readString(p.resolve("comm"), StandardCharsets.UTF_8).strip().equals(name);
                } catch (IOException e) {
                    return false; // the process ended while we looked
                }
            });
        }
    }

    private Result metric(Check.Metric check) throws InterruptedException {
        double worst = Double.NaN;
        long samples = Math.max(1, check.period().toSeconds());
        try {
            for (long i = 0; i < samples; i++) {
                double value = metrics.sample(check.metric());
                boolean out = check.min() != null && value < check.min() || check.max() != null && value > check.max();
                if (out) {
                    return new Result(check, false, String.format("%s was %.3f after %d s", check.metric(), value, i));
                }
                worst = Double.isNaN(worst) ? value : Math.max(worst, value);
                Thread.sleep(1_000);
            }
        } catch (IOException e) {
            return new Result(check, false, "cannot read " + check.metric() + ": " + e.getMessage());
        }
        return new Result(check, true, String.format("%s at most %.3f over %d s", check.metric(), worst, samples));
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 << 10];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
