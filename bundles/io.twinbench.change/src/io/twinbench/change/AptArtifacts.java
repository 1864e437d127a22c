package io.twinbench.change;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.twinbench.remedy.plan.Artifact;
import io.twinbench.remedy.plan.PlanDocument;

/**
 * Package artifacts fetched from the mirror apt uses on this machine, so endpoints need no
 * repository access: {@code apt-get download} fetches each .deb and checks it against the signed
 * index, and its SHA-256 is checked once more against what {@code apt-cache show} says of that
 * version before it is pinned in a plan. Only package names and versions of Debian's syntax reach
 * apt, always as an argument vector.
 */
public final class AptArtifacts {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9+.-]{0,199}");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z.+~:-]{1,200}");
    private static final long TIMEOUT_SECONDS = 300;

    private AptArtifacts() {
    }

    /** Fetches each package ({@code name} or {@code name=version}) into the directory; returns the artifacts to pin, in order. */
    public static List<Artifact> fetch(List<String> packages, Path into) throws IOException, InterruptedException {
        for (String p : packages) {
            String[] parts = p.split("=", 2);
            if (!NAME.matcher(parts[0]).matches() || parts.length == 2 && !VERSION.matcher(parts[1]).matches()) {
                throw new IllegalArgumentException("'" + p + "' is not a package name, or name=version");
            }
        }
        Files.createDirectories(into);
        Path scratch = Files.createTempDirectory("twinbench-apt");
        try {
            List<String> argv = new ArrayList<>(List.of("apt-get", "download", "-q"));
            argv.addAll(packages);
            String output = run(argv, scratch);
            List<Artifact> artifacts = new ArrayList<>();
            try (Stream<Path> files = Files.list(scratch)) {
                for (Path deb : files.filter(f -> f.getFileName().toString().endsWith(".deb")).sorted().toList()) {
                    byte[] data = Files.readAllBytes(deb);
                    String sha256 = PlanDocument.sha256(data);
                    String[] nameVersion = deb.getFileName().toString().split("_");
                    String version = java.net.URLDecoder.decode(nameVersion[1], StandardCharsets.UTF_8);
                    String indexed = indexedSha256(nameVersion[0], version, scratch);
                    if (!sha256.equals(indexed)) {
                        throw new IOException(deb.getFileName() + " does not match apt's index (SHA-256 " + sha256 + ", index says " + indexed + ")");
                    }
                    Files.move(deb, into.resolve(deb.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    artifacts.add(new Artifact(deb.getFileName().toString(), sha256, data.length));
                }
            }
            if (artifacts.size() != packages.size()) {
                throw new IOException("apt-get download fetched " + artifacts.size() + " of " + packages.size() + " package(s): " + output);
            }
            return artifacts;
        } finally {
            try (Stream<Path> left = Files.list(scratch)) {
                for (Path f : left.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(scratch);
        }
    }

    private static String indexedSha256(String name, String version, Path dir) throws IOException, InterruptedException {
        String show = run(List.of("apt-cache", "show", "--no-all-versions", name + "=" + version), dir);
        Matcher m = Pattern.compile("(?m)^SHA256: ([0-9a-f]{64})$").matcher(show);
        if (!m.find()) {
            throw new IOException("apt's index has no SHA-256 for " + name + " " + version);
        }
        return m.group(1);
    }

    private static String run(List<String> argv, Path dir) throws IOException, InterruptedException {
        // output to a file, so that the wait below is what bounds a command that hangs
        Path output = Files.createTempFile("twinbench-apt", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("LC_ALL", "C");
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new IOException(argv.get(0) + " is not installed here: fetching packages needs apt (Debian or Ubuntu)", e);
            }
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", argv) + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", argv) + " failed (exit " + process.exitValue() + "): "
                        + (text.length() > 2000 ? text.substring(text.length() - 2000) : text));
            }
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
