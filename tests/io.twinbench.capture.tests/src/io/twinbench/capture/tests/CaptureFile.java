package io.twinbench.capture.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.twinbench.capture.net.TcpSegment;
import io.twinbench.capture.pcap.Packet;
import io.twinbench.capture.pcap.PcapReader;

/**
 * Waits on what tcpdump has written so far. Stopped any sooner, a loaded machine's tcpdump drops
 * what it had not yet read from the kernel, and the test would judge a capture cut short.
 */
final class CaptureFile {

    private CaptureFile() {
    }

    /** Until the segments tcpdump wrote to {@code pcap} satisfy {@code written}, at most 30 s. */
    static void await(Path pcap, Predicate<List<TcpSegment>> written, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (written.test(segments(pcap))) {
                return;
            }
            Thread.sleep(100);
        }
        fail("tcpdump did not write " + what + " within 30 s");
    }

    /** Both ends' FIN of {@code connections} connections. */
    static Predicate<List<TcpSegment>> closed(int connections) {
        return segments -> segments.stream().filter(s -> s.has(TcpSegment.FIN)).count() >= 2L * connections;
    }

    private static List<TcpSegment> segments(Path pcap) {
        List<TcpSegment> segments = new ArrayList<>();
        try (PcapReader reader = new PcapReader(Files.newInputStream(pcap))) {
            Packet p;
            while ((p = reader.next()) != null) {
                TcpSegment segment = TcpSegment.of(p);
                if (segment != null) {
                    segments.add(segment);
                }
            }
        } catch (IOException e) {
            // the file's header not written yet
        }
        return segments;
    }
}
