package io.twinbench.ingest.image;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Unpacks from a root-filesystem tar (plain or gzip) only what the inventory reads, as plain
 * files under a scratch directory: no device nodes, nothing outside the scratch directory,
 * nothing executed, and no links but those in .wants/.requires directories, whose names are
 * all "enabled" needs (no reader follows a link).
 */
final class ImageArchive {

    static final long MAX_ENTRY_BYTES = 64L << 20;
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

    /** Extracts the entries the inventory needs into scratch; returns how many files it wrote. */
    static int extract(Path archive, Path scratch, List<String> configPaths) throws IOException {
        int written = 0;
        try (TarArchiveInputStream tar = new TarArchiveInputStream(open(archive))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null;) {
                String name = normalise(entry.getName());
                if (name == null || !wanted(name, configPaths)) {
                    continue;
                }
                Path target = scratch.resolve(name).normalize();
                if (!target.startsWith(scratch)) {
                    continue;
                }
                boolean marker = entry.isSymbolicLink() && (name.contains(".wants/") || name.contains(".requires/"));
                boolean regular = entry.isFile() && !entry.isSymbolicLink() && !entry.isLink() && !entry.isCharacterDevice()
                        && !entry.isBlockDevice() && !entry.isFIFO();
                if (regular && entry.getSize() <= MAX_ENTRY_BYTES) {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    written++;
                } else if (marker) {
                    // kept as the link it is (the readers never follow links), so a tar reads like its directory
                    Files.createDirectories(target.getParent());
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    written++;
                }
            }
        }
        return written;
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
