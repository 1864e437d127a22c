package io.twinbench.capture;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.twinbench.capture.net.PayloadMasking;
import io.twinbench.capture.net.TcpFlows;
import io.twinbench.capture.net.TcpSegment;
import io.twinbench.capture.pcap.Packet;
import io.twinbench.capture.pcap.PcapReader;
import io.twinbench.capture.pcap.PcapngSecretsFirst;
import io.twinbench.capture.pcap.PcapngWriter;

/**
 * A capture stream as a hostile endpoint's traffic could make it, through everything the agent
 * does with it: read as pcap, each frame decoded as TCP, masked, written as pcapng, put together
 * again, and the streams reassembled into HTTP. Nothing throws but a format error, nothing grows
 * past its bounds, and masking never changes a frame's length.
 */
class PacketCaptureFuzzTest {

    @FuzzTest
    void anyCapture(byte[] data) throws IOException {
        TcpFlows flows = new TcpFlows(new TcpFlows.Limits(64, 64 * 1024, new io.twinbench.capture.http.HttpReassembler.Limits(4096, 50, 4096)), Set.of(80));
        ByteArrayOutputStream pcapng = new ByteArrayOutputStream();
        try (PcapReader reader = new PcapReader(new ByteArrayInputStream(data)); PcapngWriter writer = new PcapngWriter(pcapng, "fuzz")) {
            Packet packet;
            while ((packet = reader.next()) != null) {
                Packet masked = PayloadMasking.mask(packet);
                if (masked.length() != packet.length()) {
                    throw new IllegalStateException("masking changed a frame's length");
                }
                writer.packet(masked);
                TcpSegment segment = TcpSegment.of(packet);
                if (segment != null) {
                    flows.accept(segment);
                }
            }
        } catch (io.twinbench.capture.pcap.PcapFormatException e) {
            return; // refused with its reason
        }
        flows.flush(0);
        byte[] file = pcapng.toByteArray();
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        long written = PcapngSecretsFirst.write(chunks -> chunks.accept(file), again);
        if (written != file.length) {
            throw new IllegalStateException("the pcapng put together again has " + written + " bytes, not " + file.length);
        }
    }
}
