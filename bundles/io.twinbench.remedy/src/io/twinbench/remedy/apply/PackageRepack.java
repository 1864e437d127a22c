package io.twinbench.remedy.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Packs an installed Debian package again from what the endpoint holds (as dpkg-repack does):
 * its files as they are now, its control fields and maintainer scripts from the dpkg database.
 * Installing the result gives back exactly the files the endpoint had, conffiles included.
 */
final class PackageRepack {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final Set<String> INFO_FILES = Set.of("preinst", "postinst", "prerm", "postrm", "config", "templates", "triggers",
            "shlibs", "symbols", "conffiles", "md5sums");
    private static final Set<String> STATUS_ONLY_FIELDS = Set.of("Status", "Conffiles", "Config-Version");
    private final Host host;

    PackageRepack(Host host) {
        this.host = host;
    }

    void repack(String name, Path deb) throws IOException, StepException {
        Path staging = deb.resolveSibling(deb.getFileName() + ".root");
        delete(staging);
        Path control = staging.resolve("DEBIAN");
        Files.createDirectories(control);
        Files.writeString(control.resolve("control"), controlFields(name));
        copyInfoFiles(name, control);
        for (String path : query("-L", name).split("\n")) {
            if (path.startsWith("/") && !path.equals("/.")) {
                copyEntry(host.file(path), staging.resolve(path.substring(1)));
            }
        }
        Host.CommandResult built = host.run(List.of("dpkg-deb", "-Zgzip", "-z1", "--build", host.endpointPath(staging), host.endpointPath(deb)),
                TIMEOUT);
        delete(staging);
        if (!built.ok()) {
            throw new StepException("cannot pack the installed " + name + " again for a rollback: " + ServiceManager.tail(built.output()));
        }
        Durable.force(deb);
    }

    private String query(String option, String name) throws IOException, StepException {
        Host.CommandResult result = host.run(List.of("dpkg-query", option, name), TIMEOUT);
        if (!result.ok()) {
            throw new StepException("dpkg-query " + option + " " + name + " failed: " + ServiceManager.tail(result.output()));
        }
        return result.output();
    }

    private String controlFields(String name) throws IOException, StepException {
        StringBuilder control = new StringBuilder();
        boolean skipping = false;
        for (String line : query("-s", name).split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            boolean continuation = line.startsWith(" ") || line.startsWith("\t");
            if (!continuation) {
                int colon = line.indexOf(':');
                skipping = colon > 0 && STATUS_ONLY_FIELDS.contains(line.substring(0, colon));
            }
            if (!skipping) {
                control.append(line).append('\n');
            }
        }
        return control.toString();
    }

    private void copyInfoFiles(String name, Path control) throws IOException {
        Path info = host.file("/var/lib/dpkg/info");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(info)) {
            list.forEach(files::add);
        }
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            int dot = fileName.lastIndexOf('.');
            if (dot < 0 || !INFO_FILES.contains(fileName.substring(dot + 1))) {
                continue;
            }
            String owner = fileName.substring(0, dot);
            if ((owner.equals(name) || owner.startsWith(name + ":")) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.copy(file, control.resolve(fileName.substring(dot + 1)), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void copyEntry(Path from, Path to) throws IOException {
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS) || !Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            return; // a file the administrator deleted stays deleted in the copy too
        }
        createParents(from, to);
        if (Files.isSymbolicLink(from)) {
            Files.createSymbolicLink(to, Files.readSymbolicLink(from));
        } else if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(to);
            FileOwnership.of(from).applyTo(to);
        } else if (Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            FileOwnership.of(from).applyTo(to);
        }
    }

    private static void createParents(Path from, Path to) throws IOException {
        List<Path[]> missing = new ArrayList<>();
        for (Path f = from.getParent(), t = to.getParent(); t != null && !Files.exists(t); f = f.getParent(), t = t.getParent()) {
            missing.add(0, new Path[] {f, t});
        }
        for (Path[] pair : missing) {
            Files.createDirectory(pair[1]);
            if (Files.isDirectory(pair[0])) {
                FileOwnership.of(pair[0]).applyTo(pair[1]);
            }
        }
    }

    static void delete(Path tree) throws IOException {
        if (!Files.exists(tree, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
