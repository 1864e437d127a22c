package io.twinbench.ingest.image;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.twinbench.inventory.ArchiveLimits;
import io.twinbench.sim.image.TwinRootArchive;

/**
 * Root-filesystem archives as a hostile endpoint or image would make them, for import and for a
 * twin image build: refused with an IOException or read; nothing is ever written outside the
 * scratch directory, and no link is ever made on this machine.
 */
class ImageArchiveFuzzTest {

    private static final ArchiveLimits LIMITS = new ArchiveLimits(10_000, 64L << 20);

    @FuzzTest
    void rootArchives(byte[] data) throws IOException {
        // in memory where there is a tmpfs: a file system round trip per input would be most of the fuzzer's time
        Path shm = Path.of("/dev/shm");
        Path dir = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "twinbench-fuzz")
                : Files.createTempDirectory("twinbench-fuzz");
        try {
            Path archive = Files.write(dir.resolve("root.tar"), data);
            Path scratch = Files.createDirectory(dir.resolve("scratch"));
            try {
                ImageArchive.extract(archive, scratch, List.of("/etc/ssh/", "/etc/app.conf"), LIMITS);
            } catch (IOException e) {
                // refused with the entry it was at
            }
            try (Stream<Path> made = Files.walk(dir)) {
                for (Path p : made.toList()) {
                    if (Files.isSymbolicLink(p)) {
                        throw new IllegalStateException("a link was made on this machine: " + p);
                    }
                    if (!p.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize())) {
                        throw new IllegalStateException("written outside the scratch directory: " + p);
                    }
                }
            }
            try {
                new TwinRootArchive(archive, List.of(), null, LIMITS).writeTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // refused with the entry it was at
            }
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
