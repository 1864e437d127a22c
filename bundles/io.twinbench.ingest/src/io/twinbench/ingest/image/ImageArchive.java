package io.twinbench.ingest.image;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import io.twinbench.inventory.ArchiveLimits;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Unpacks from a root-filesystem tar (plain or gzip) only what the inventory reads, as plain
 * files under a scratch directory: no device nodes, nothing outside the scratch directory,
 * nothing executed, and no links at all (a .wants/.requires link, whose name is all "enabled"
 * needs, becomes an empty file). The archive's entries and their sizes are capped.
 */
final class ImageArchive {

    static final long MAX_ENTRY_BYTES = 64L << 20;
    /** Most bytes extracted from one archive: the inventory reads a few files, not the image. */
    static final long MAX_EXTRACTED_BYTES = 1L << 30;
    private static final List<String> ALWAYS = List.of("var/lib/dpkg/status", "etc/passwd", "etc/os-release", "usr/lib/os-release",
            "etc/systemd/system/", "lib/systemd/system/", "usr/lib/systemd/system/");

    private ImageArchive() {
    }

    static boolean looksLikeTar(Path file) throws IOException {
        try (InputStream in = open(file)) {
            byte[] header = in.readNBytes(512);
            return header.length == 512 && new String(header, 257, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("ustar");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Extracts the entries the inventory needs into scratch; returns how many files it wrote.
     * Nothing but plain files and directories is ever created, so no later entry can be written
     * through a link; every parent is checked to be a directory of scratch's own all the same.
     */
    static int extract(Path archive, Path scratch, List<String> configPaths, ArchiveLimits limits) throws IOException {
        int written = 0;
        long writtenBytes = 0;
        ArchiveLimits.Meter meter = limits.meter();
        String label = String.valueOf(archive.getFileName());
        try (TarArchiveInputStream tar = new TarArchiveInputStream(open(archive))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null;) {
                meter.count(label, entry.getName(), entry.isFile() ? entry.getSize() : 0);
                String name = normalise(entry.getName());
                if (name == null || !wanted(name, configPaths)) {
                    continue;
                }
                boolean marker = entry.isSymbolicLink() && (name.contains(".wants/") || name.contains(".requires/"));
                boolean regular = entry.isFile() && !entry.isSymbolicLink() && !entry.isLink() && !entry.isCharacterDevice()
                        && !entry.isBlockDevice() && !entry.isFIFO();
                if (!(regular && entry.getSize() <= MAX_ENTRY_BYTES) && !marker) {
                    continue;
                }
                Path target = confined(scratch, name, label);
                if (regular) {
                    writtenBytes += entry.getSize();
                    if (writtenBytes > MAX_EXTRACTED_BYTES) {
                        throw new IOException(label + ": the files an inventory reads hold more than " + (MAX_EXTRACTED_BYTES >> 20)
                                + " MiB (at '" + entry.getName() + "')");
                    }
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    // a unit's enablement is the link's name alone: kept as an empty file, never as a link on this machine
                    Files.deleteIfExists(target);
                    Files.createFile(target);
                }
                written++;
            }
        }
        return written;
    }

    /**
     * Where an entry goes under scratch, with its parent directories made: refused, naming the
     * entry, when a part of the way is anything but a directory (a file from an earlier entry).
     */
    private static Path confined(Path scratch, String name, String label) throws IOException {
        Path dir = scratch;
        String[] parts = name.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].isEmpty() || parts[i].equals(".")) {
                continue;
            }
            dir = dir.resolve(parts[i]);
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(dir);
            } else if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(label + ": entry '" + name + "' would be written through '" + scratch.relativize(dir)
                        + "', which is not a directory");
            }
        }
        Path target = dir.resolve(parts[parts.length - 1]);
        if (Files.isSymbolicLink(target) || Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(label + ": entry '" + name + "' would replace a directory");
        }
        return target;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(4);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b ? new GzipCompressorInputStream(in) : in;
    }

    /** The entry's path relative to the image root, or null when it tries to leave it. */
    private static String normalise(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("./") || n.startsWith("/")) {
            n = n.startsWith("./") ? n.substring(2) : n.substring(1);
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return null;
            }
        }
        return n.isEmpty() ? null : n;
    }

    private static boolean wanted(String name, List<String> configPaths) {
        for (String prefix : ALWAYS) {
            if (prefix.endsWith("/") ? name.startsWith(prefix) : name.equals(prefix)) {
                return true;
            }
        }
        for (String configured : configPaths) {
            String c = configured.startsWith("/") ? configured.substring(1) : configured;
            if (name.equals(c) || name.startsWith(c.endsWith("/") ? c : c + "/")) {
                return true;
            }
        }
        return false;
    }
}
