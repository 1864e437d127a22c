package io.twinbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.sim.run.TwinFiles;

/** A twin's files as a hostile twin lays them out: links out of its root, a FIFO, a huge file. */
class TwinFilesTest {

    @TempDir
    Path dir;

    @Test
    void linksResolveInsideTheTwinsRootNeverOnThisHost() throws Exception {
        Path host = Files.writeString(dir.resolve("host-secret"), "the analyst's secret");
        Path root = Files.createDirectories(dir.resolve("twin"));
        Files.createDirectories(root.resolve("run/twinbench"));
        Files.writeString(root.resolve("run/twinbench/web.pid"), "42\n");
        Files.createSymbolicLink(root.resolve("run/twinbench/abs.pid"), host);
        Files.createSymbolicLink(root.resolve("run/twinbench/up.pid"), Path.of("../../../host-secret"));
        Files.createSymbolicLink(root.resolve("etc"), dir);
        TwinFiles twin = TwinFiles.under(root.toString());

        assertArrayEquals("42\n".getBytes(StandardCharsets.US_ASCII), twin.read("run/twinbench/web.pid", 32).orElseThrow());
        assertTrue(assertThrows(IOException.class, () -> twin.read("run/twinbench/abs.pid", 64)).getMessage().contains("it is a link"),
                "the file itself may not be a link");
        assertTrue(assertThrows(IOException.class, () -> twin.read("run/twinbench/up.pid", 64)).getMessage().contains("it is a link"));
        // a link on the way is followed, but inside the twin's root: the twin's /…/host-secret does not exist
        assertEquals(Optional.empty(), twin.read("etc/host-secret", 64));
        assertEquals(Optional.empty(), twin.read("../host-secret", 64), "'..' stops at the twin's root");
    }

    @Test
    void aFifoDoesNotBlockAndAHugeFileIsRefused() throws Exception {
        Path root = Files.createDirectories(dir.resolve("twin"));
        assertEquals(0, new ProcessBuilder("mkfifo", root.resolve("fifo").toString()).start().waitFor());
        Files.write(root.resolve("huge"), new byte[100_000]);
        TwinFiles twin = TwinFiles.under(root.toString());
        // would block for ever if the FIFO were opened as files usually are
        assertArrayEquals(new byte[0], org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> twin.read("fifo", 64).orElseThrow()), "a FIFO without a writer reads as empty");
        IOException huge = assertThrows(IOException.class, () -> twin.read("huge", 1000));
        assertTrue(huge.getMessage().contains("larger than 1000 bytes"), huge.getMessage());
    }
}
