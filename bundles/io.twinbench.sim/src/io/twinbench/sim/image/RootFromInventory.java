package io.twinbench.sim.image;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.twinbench.inventory.InstalledPackages;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.ElementKind;
import io.twinbench.model.twin.OperatingSystem;
import io.twinbench.model.twin.SoftwarePackage;
import io.twinbench.model.twin.Twin;

/**
 * A root filesystem for a twin that has no image of its own, only what its agent captured: the
 * same Debian or Ubuntu release with the same packages, installed by debootstrap from a mirror,
 * into a cache keyed by release and package set. A package the mirror does not have is left out
 * and named; packages the mirror has at another version than the endpoint's are named too, since
 * a mirror carries only a release's newest. The twin's captured configuration is applied when the
 * image is built from the root, as for any root.
 */
public final class RootFromInventory {

    /** What debootstrap says when asked for packages its mirror lacks. */
    private static final Pattern MISSING = Pattern.compile("Couldn't find these debs: (.+)");
    private static final int MOST_ATTEMPTS = 4;

    /** The root made (or found in the cache) and how it differs from the endpoint's packages. */
    public record Made(Path root, String suite, int packages, List<String> notInMirror, List<String> otherVersion, boolean reused, Duration took) {
    }

    private final Path cache;
    private final String mirror;

    /**
     * @param cache  where roots are kept, one directory per release and package set
     * @param mirror a Debian or Ubuntu mirror (http://deb.debian.org/debian)
     */
    public RootFromInventory(Path cache, String mirror) {
        this.cache = cache;
        this.mirror = mirror;
    }

    /** The release a twin's operating system names, as debootstrap knows it (bookworm, jammy); an IOException says why there is none. */
    public static String suite(Twin twin) throws IOException {
        OperatingSystem os = twin.elementsOfKind(ElementKind.OPERATING_SYSTEM).stream().map(OperatingSystem.class::cast).findFirst()
                .orElseThrow(() -> new IOException("twin " + twin.getId() + " has no operating system in its inventory: the release to install is unknown"));
        String family = String.valueOf(os.getFamily()).toLowerCase(Locale.ROOT);
        if (!family.contains("debian") && !family.contains("ubuntu")) {
            throw new IOException("twin " + twin.getId() + " runs " + os.getFamily() + ": only Debian and Ubuntu roots can be made from an inventory"
                    + " (with debootstrap); build its image from a root filesystem instead");
        }
        Matcher codename = Pattern.compile("\\(([A-Za-z]+)").matcher(String.valueOf(os.getVersion()));
        if (!codename.find()) {
            throw new IOException("twin " + twin.getId() + ": the version of " + os.getFamily() + " (" + os.getVersion()
                    + ") names no release, such as 12 (bookworm)");
        }
        return codename.group(1).toLowerCase(Locale.ROOT);
    }

    /** The dpkg packages of the twin, by name with the endpoint's version, of this machine's architecture or none. */
    static Map<String, String> packages(Twin twin) {
        Map<String, String> packages = new TreeMap<>();
        for (Element element : twin.elementsOfKind(ElementKind.PACKAGE)) {
            SoftwarePackage p = (SoftwarePackage) element;
            String arch = p.getArchitecture();
            boolean dpkg = p.getManager() == null || p.getManager().equals("dpkg");
            if (dpkg && p.getName() != null && (arch == null || arch.equals("all") || arch.equals("amd64"))) {
                packages.put(p.getName(), p.getVersion() == null ? "" : p.getVersion());
            }
        }
        return packages;
    }

    public Made make(Twin twin, Consumer<String> progress, BooleanSupplier cancelled) throws IOException {
        long started = System.nanoTime();
        String suite = suite(twin);
        Map<String, String> wanted = packages(twin);
        Path root = cache.resolve(suite + "-" + key(wanted.keySet()));
        Path complete = root.resolve(".twinbench-complete");
        List<String> notInMirror = new ArrayList<>();
        boolean reused = Files.isRegularFile(complete);
        if (reused) {
            notInMirror.addAll(Files.readAllLines(complete).stream().filter(l -> !l.isBlank()).toList());
        } else {
            Set<String> include = new TreeSet<>(wanted.keySet());
            for (int attempt = 1;; attempt++) {
                deleteTree(root);
                Files.createDirectories(root);
                List<String> missing = debootstrap(suite, include, root, progress, cancelled);
                if (missing.isEmpty()) {
                    break;
                }
                if (attempt == MOST_ATTEMPTS) {
                    throw new IOException("debootstrap still misses packages after " + attempt + " attempts: " + String.join(", ", missing));
                }
                progress.accept("the mirror has no " + String.join(", ", missing) + ": leaving them out");
                notInMirror.addAll(missing);
                include.removeAll(missing);
            }
            Files.writeString(complete, String.join("\n", notInMirror) + "\n");
        }
        List<String> otherVersion = new ArrayList<>();
        Map<String, String> installed = InstalledPackages.versions(root);
        wanted.forEach((name, version) -> {
            String got = installed.get(name);
            if (got != null && !version.isEmpty() && !got.equals(version)) {
                otherVersion.add(name + " " + got + " (the endpoint has " + version + ")");
            }
        });
        return new Made(root, suite, wanted.size(), List.copyOf(notInMirror), otherVersion, reused, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Runs debootstrap; returns the packages it could not find (then nothing was installed), empty when it made the root. */
    private List<String> debootstrap(String suite, Set<String> include, Path root, Consumer<String> progress, BooleanSupplier cancelled)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("debootstrap", "--variant=minbase", "--force-check-gpg", "--keyring=" + keyring(suite)));
        if (!include.isEmpty()) {
            command.add("--include=" + String.join(",", include));
        }
        command.addAll(List.of(suite, root.toString(), mirror));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("debootstrap cannot run (as root: apt install debootstrap): " + e.getMessage(), e);
        }
        List<String> tail = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Thread reader = Thread.ofPlatform().daemon().name("debootstrap-output").start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null;) {
                    synchronized (tail) {
                        tail.add(line);
                        if (tail.size() > 20) {
                            tail.remove(0);
                        }
                    }
                    Matcher m = MISSING.matcher(line);
                    if (m.find()) {
                        synchronized (missing) {
                            missing.addAll(List.of(m.group(1).trim().split("\\s+")));
                        }
                    }
                    progress.accept(line);
                }
            } catch (IOException e) {
                // the process ended; its exit status tells
            }
        });
        try {
            while (!process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    stop(process);
                    deleteTree(root);
                    throw new CancellationException("cancelled");
                }
            }
            reader.join(5000);
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            try {
                deleteTree(root);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new CancellationException("interrupted");
        }
        synchronized (missing) {
            if (!missing.isEmpty()) {
                return List.copyOf(missing);
            }
        }
        if (process.exitValue() != 0) {
            String last;
            synchronized (tail) {
                last = String.join("\n", tail);
            }
            deleteTree(root);
            throw new IOException("debootstrap of " + suite + " from " + mirror + " failed (exit " + process.exitValue() + "):\n" + last);
        }
        return List.of();
    }

    /**
     * Kills debootstrap and everything it started, and waits until they are gone: a dpkg still
     * unpacking would write into the tree while it is deleted.
     */
    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> started = process.descendants().toList();
        started.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        for (ProcessHandle child : started) {
            try {
                child.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // gone already, or stuck in the kernel: the deletion below says what it could not remove
            }
        }
    }

    private static String key(Set<String> packages) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(String.join("\n", packages).getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        MountedRoot.delete(dir);
    }

    /** Ubuntu's releases by code name, whose Release files Ubuntu's keyring signs. */
    private static final Set<String> UBUNTU = Set.of("bionic", "focal", "jammy", "kinetic", "lunar", "mantic", "noble", "oracular", "plucky",
            "questing");

    /**
     * The keyring the mirror's Release file must be signed with: what the packages are checked
     * against, so a mirror (or whoever sits between) cannot hand the twin other software.
     */
    public static String keyring(String suite) throws IOException {
        Path keyring = UBUNTU.contains(suite) ? Path.of("/usr/share/keyrings/ubuntu-archive-keyring.gpg")
                : Path.of("/usr/share/keyrings/debian-archive-keyring.gpg");
        if (!Files.isRegularFile(keyring)) {
            throw new IOException("cannot check the mirror's signatures: " + keyring + " is missing (apt install "
                    + (UBUNTU.contains(suite) ? "ubuntu-keyring" : "debian-archive-keyring") + ")");
        }
        return keyring.toString();
    }

    /** Where roots made from inventories are kept: twinbench/roots in the user's cache directory. */
    public static Path defaultCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("twinbench").resolve("roots");
    }

    /** The Debian mirror apt on this machine uses, else deb.debian.org. */
    public static String debianMirror() {
        List<Path> sources = new ArrayList<>(List.of(Path.of("/etc/apt/sources.list")));
        try (Stream<Path> d = Files.list(Path.of("/etc/apt/sources.list.d"))) {
            d.sorted().forEach(sources::add);
        } catch (IOException e) {
            // no such directory: the main list, or the default
        }
        Pattern uri = Pattern.compile("(https?://\\S+/debian)/?(\\s|$)");
        for (Path file : sources) {
            try {
                for (String line : Files.readAllLines(file)) {
                    Matcher m = uri.matcher(line.strip());
                    if (!line.strip().startsWith("#") && m.find() && !m.group(1).contains("security")) {
                        return m.group(1);
                    }
                }
            } catch (IOException e) {
                // unreadable: try the next
            }
        }
        return "http://deb.debian.org/debian";
    }
}
