package io.twinbench.sim.image;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import io.twinbench.inventory.ArchiveLimits;
import io.twinbench.inventory.SecretRedactor;

/**
 * Writes an endpoint's root filesystem (a directory, or a tar archive plain or gzip) as the tar a
 * twin image is imported from, in one pass: the twin's configuration replaces the files it
 * changed, and the twin's entry point is added, written from the unit files met on the way.
 * Owners, modes, links and hard links are kept; device nodes, FIFOs and sockets are left out
 * (the engine gives every container its own /dev), and no entry may leave the root.
 */
public final class TwinRootArchive {

    /** Larger configuration files are copied as they are: nobody edits those through a twin. */
    private static final int MAX_CONFIG_BYTES = 1 << 20;
    private static final Pattern UNIT = Pattern.compile("(?:etc|lib|usr/lib)/systemd/system/([^/]+\\.service)");
    private static final Pattern ENABLED = Pattern.compile("etc/systemd/system/[^/]+\\.(?:wants|requires)/([^/]+\\.service)");

    private final Path source;
    private final ArchiveLimits limits;
    private final Map<String, TwinConfigFile> config = new HashMap<>();
    private final Set<String> services;

    /**
     * @param config   the twin's configuration files; those whose hash differs from the image's are replaced
     * @param services the services to start, by unit name; null starts those enabled in the image
     */
    public TwinRootArchive(Path source, List<TwinConfigFile> config, Set<String> services) {
        this(source, config, services, ArchiveLimits.DEFAULT);
    }

    /** limits: most entries and bytes the root may have, so a crafted archive cannot fill the engine's disk. */
    public TwinRootArchive(Path source, List<TwinConfigFile> config, Set<String> services, ArchiveLimits limits) {
        this.source = source;
        this.limits = limits;
        config.forEach(c -> this.config.put(relative(c.path()), c));
        this.services = services == null ? null : Set.copyOf(services);
    }

    /** What went into the archive. */
    public record Written(long entries, long bytes, List<String> configApplied, List<ServiceUnit> started, List<String> notInImage,
            List<String> bootSteps, List<String> leftOut) {
    }

    public Written writeTo(OutputStream target) throws IOException {
        Pass pass = new Pass(target);
        if (Files.isDirectory(source)) {
            // a root given as a link to its directory is that directory: the walk does not follow links inside it
            pass.walk(source.toRealPath());
        } else if (Files.isRegularFile(source)) {
            pass.copyTar(source);
        } else {
            throw new IOException(source + ": no such directory or tar archive");
        }
        return pass.finish();
    }

    /** One writing of the archive, with what it met on the way. */
    private final class Pass {
        private final TarArchiveOutputStream tar;
        private final Map<String, String> inodes = new HashMap<>();
        private final Map<String, List<String>> units = new TreeMap<>();
        private final Map<String, Integer> unitPrecedence = new HashMap<>();
        private final Set<String> enabled = new TreeSet<>();
        private final Set<String> seenConfig = new TreeSet<>();
        private final List<String> applied = new ArrayList<>();
        private final List<String> leftOut = new ArrayList<>();
        private final List<String> logDirectories = new ArrayList<>();
        private final ArchiveLimits.Meter meter = limits.meter();
        private long entries;
        private long bytes;

        Pass(OutputStream target) {
            tar = new TarArchiveOutputStream(target, 10240, StandardCharsets.UTF_8.name());
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            tar.setAddPaxHeadersForNonAsciiNames(true);
        }

        void walk(Path root) throws IOException {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(root)) {
                        entry(root, dir);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    entry(root, file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw new IOException("cannot read " + file + " in the root filesystem: " + e.getMessage()
                            + " (read it as a user who can, or give a tar archive made by one)", e);
                }
            });
        }

        private void entry(Path root, Path file) throws IOException {
            String name = root.relativize(file).toString();
            if (ours(name)) {
                return;
            }
            Map<String, Object> unix = Files.readAttributes(file, "unix:mode,uid,gid,size,ino,dev,nlink,lastModifiedTime",
                    LinkOption.NOFOLLOW_LINKS);
            int mode = (Integer) unix.get("mode");
            int type = mode & 0170000;
            meter.count(String.valueOf(source.getFileName()), name, type == 0100000 ? (Long) unix.get("size") : 0);
            TarArchiveEntry entry;
            if (type == 0040000) {
                entry = new TarArchiveEntry(name + "/", TarConstants.LF_DIR);
            } else if (type == 0120000) {
                entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
                entry.setLinkName(Files.readSymbolicLink(file).toString());
                noteLink(name, entry.getLinkName());
            } else if (type == 0100000) {
                String inode = unix.get("dev") + ":" + unix.get("ino");
                String first = (Integer) unix.get("nlink") > 1 ? inodes.putIfAbsent(inode, name) : null;
                if (first != null) {
                    entry = new TarArchiveEntry(name, TarConstants.LF_LINK);
                    entry.setLinkName(first);
                } else {
                    entry = new TarArchiveEntry(name);
                    entry.setSize((Long) unix.get("size"));
                }
            } else {
                leftOut.add("/" + name);
                return;
            }
            entry.setMode(mode & 07777);
            entry.setUserId((Integer) unix.get("uid"));
            entry.setGroupId((Integer) unix.get("gid"));
            entry.setModTime(((FileTime) unix.get("lastModifiedTime")).toMillis());
            if (hasContent(entry)) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), 1 << 16)) {
                    put(entry, in);
                } catch (java.nio.file.AccessDeniedException e) {
                    throw new IOException("cannot read " + file + " in the root filesystem: permission denied"
                            + " (read it as a user who can, or give a tar archive made by one)", e);
                }
            } else {
                put(entry, null);
            }
        }

        void copyTar(Path archive) throws IOException {
            try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), 1 << 16)) {
                raw.mark(2);
                boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
                raw.reset();
                try (TarArchiveInputStream in = new TarArchiveInputStream(gzip ? new GzipCompressorInputStream(raw) : raw)) {
                    for (TarArchiveEntry entry; (entry = in.getNextEntry()) != null;) {
                        meter.count(String.valueOf(archive.getFileName()), entry.getName(), entry.isFile() ? entry.getSize() : 0);
                        String name = normalise(entry.getName());
                        if (name == null) {
                            throw new IOException(archive + ": entry '" + entry.getName() + "' leaves the root filesystem");
                        }
                        if (name.isEmpty() || ours(name)) {
                            continue;
                        }
                        if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
                            leftOut.add("/" + name);
                            continue;
                        }
                        TarArchiveEntry copy = new TarArchiveEntry(entry.isDirectory() ? name + "/" : name, entry.getLinkFlag());
                        copy.setMode(entry.getMode() & 07777);
                        copy.setUserId(entry.getLongUserId());
                        copy.setGroupId(entry.getLongGroupId());
                        copy.setModTime(entry.getModTime());
                        if (entry.isSymbolicLink()) {
                            copy.setLinkName(entry.getLinkName());
                            noteLink(name, entry.getLinkName());
                        } else if (entry.isLink()) {
                            String target = normalise(entry.getLinkName());
                            if (target == null) {
                                throw new IOException(archive + ": hard link '" + name + "' points out of the root filesystem");
                            }
                            copy.setLinkName(target);
                        } else if (hasContent(entry)) {
                            copy.setSize(entry.getSize());
                        }
                        put(copy, hasContent(copy) ? in : null);
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IOException(archive + ": not a readable tar archive (" + e.getMessage() + ")", e);
            }
        }

        private void noteLink(String name, String target) {
            Matcher wanted = ENABLED.matcher(name);
            if (wanted.matches()) {
                enabled.add(wanted.group(1));
            }
        }

        private void put(TarArchiveEntry entry, InputStream content) throws IOException {
            String name = entry.getName();
            if (entry.isDirectory() && name.startsWith("var/log/") && !name.equals("var/log/")) {
                logDirectories.add(String.format("%o %d %d /%s", entry.getMode() & 07777, entry.getLongUserId(), entry.getLongGroupId(),
                        name.substring(0, name.length() - 1)));
            }
            Matcher unit = UNIT.matcher(name);
            TwinConfigFile twin = config.get(name);
            boolean capture = unit.matches() && entry.getSize() <= MAX_CONFIG_BYTES;
            if (content != null && (capture || (twin != null && entry.getSize() <= MAX_CONFIG_BYTES))) {
                byte[] original = content.readNBytes((int) entry.getSize());
                byte[] written = original;
                if (twin != null && seenConfig.add(name)) {
                    written = configured(twin, original);
                    entry.setSize(written.length);
                }
                if (capture) {
                    keepUnit(unit.group(1), name, written);
                }
                content = new ByteArrayInputStream(written);
            }
            tar.putArchiveEntry(entry);
            if (content != null) {
                bytes += content.transferTo(tar);
            }
            tar.closeArchiveEntry();
            entries++;
        }

        /** A unit in /etc overrides the packaged one of the same name, as in systemd. */
        private void keepUnit(String unit, String path, byte[] content) {
            int precedence = path.startsWith("etc/") ? 2 : path.startsWith("lib/") ? 1 : 0;
            if (precedence >= unitPrecedence.getOrDefault(unit, -1)) {
                unitPrecedence.put(unit, precedence);
                units.put(unit, new String(content, StandardCharsets.UTF_8).lines().toList());
            }
        }

        private byte[] configured(TwinConfigFile twin, byte[] original) throws IOException {
            if (twin.sha256() == null || twin.sha256().equalsIgnoreCase(sha256(original))) {
                return original;
            }
            if (twin.content() == null) {
                throw new IOException("the twin's " + twin.path() + " differs from the image's, and the twin holds only its hash:"
                        + " the image cannot be given the twin's configuration (allow its content in the image policy)");
            }
            if (twin.content().contains(SecretRedactor.MASK)) {
                throw new IOException("the twin's " + twin.path() + " differs from the image's, and its stored content has masked secrets ("
                        + SecretRedactor.MASK + "): the image cannot be given the twin's configuration");
            }
            applied.add(twin.path());
            String text = twin.content();
            return (text.endsWith("\n") ? text : text + "\n").getBytes(StandardCharsets.UTF_8);
        }

        Written finish() throws IOException {
            for (TwinConfigFile twin : config.values()) {
                String name = relative(twin.path());
                if (!seenConfig.contains(name) && twin.content() != null && !twin.content().contains(SecretRedactor.MASK)) {
                    byte[] text = configured(new TwinConfigFile(twin.path(), "", twin.content()), new byte[0]);
                    seenConfig.add(name);
                    TarArchiveEntry added = new TarArchiveEntry(name);
                    added.setMode(0644);
                    added.setSize(text.length);
                    put(added, new ByteArrayInputStream(text));
                }
            }
            Set<String> wanted = services != null ? services : enabled;
            List<ServiceUnit> started = new ArrayList<>();
            List<String> notInImage = new ArrayList<>();
            List<String> bootSteps = new ArrayList<>();
            for (String name : new TreeSet<>(wanted)) {
                List<String> lines = units.get(name);
                if (lines == null) {
                    notInImage.add(name);
                    continue;
                }
                ServiceUnit unit = ServiceUnit.parse(name, lines);
                if (unit.bootStep() != null) {
                    bootSteps.add(name + ": " + unit.bootStep());
                } else if (unit.startable()) {
                    started.add(unit);
                }
            }
            List<ServiceUnit> ordered = TwinInitScript.order(started);
            TarArchiveEntry dir = new TarArchiveEntry(".twinbench/", TarConstants.LF_DIR);
            dir.setMode(0755);
            put(dir, null);
            add(TwinInitScript.PATH, 0755, TwinInitScript.render(ordered, logDirectories));
            StringBuilder list = new StringBuilder();
            ordered.forEach(u -> list.append(u.name()).append('\n'));
            add(".twinbench/services", 0644, list.toString());
            tar.finish();
            applied.sort(null);
            leftOut.sort(null);
            return new Written(entries, bytes, List.copyOf(applied), ordered, notInImage, bootSteps, List.copyOf(leftOut));
        }

        private void add(String name, int mode, String text) throws IOException {
            byte[] content = text.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry(name);
            entry.setMode(mode);
            entry.setSize(content.length);
            put(entry, new ByteArrayInputStream(content));
        }
    }

    /** What an earlier build added: written afresh, never copied (the engine refuses a path twice). */
    private static boolean ours(String name) {
        return name.equals(".twinbench") || name.startsWith(".twinbench/");
    }

    /** A regular file's entry: commons-compress calls any entry whose name lacks a slash a file, links included. */
    private static boolean hasContent(TarArchiveEntry entry) {
        byte flag = entry.getLinkFlag();
        return flag == TarConstants.LF_NORMAL || flag == TarConstants.LF_OLDNORM || flag == TarConstants.LF_CONTIG;
    }

    /** The path inside the root without its leading "./" or "/", or null when it climbs out. */
    static String normalise(String name) {
        String path = name.replace('\\', '/');
        while (path.startsWith("./") || path.startsWith("/")) {
            path = path.startsWith("./") ? path.substring(2) : path.substring(1);
        }
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.equals(".")) {
            return "";
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                return null;
            }
        }
        return path;
    }

    private static String relative(String path) {
        String name = normalise(path);
        return name == null ? path : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
