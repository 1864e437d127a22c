package io.twinbench.cases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

import io.twinbench.capture.net.TcpSegment;
import io.twinbench.capture.pcap.Packet;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads back the evidence a timeline event points at: a line of a JSON lines file, or a packet
 * of a pcapng file, by byte offset. References come from a bundle another analyst made, so they
 * are resolved only inside the bag's data folder, and what is read is bounded.
 */
public final class EvidenceReader {

    static final int MAX_LINE = 1 << 20;

    private final CaseFolder folder;

    public EvidenceReader(CaseFolder folder) {
        this.folder = folder;
    }

    /** The evidence as text: a JSON object, or a packet's summary and bytes in hex. Empty when the reference is not to a file. */
    public Optional<String> read(String ref) {
        int at = ref.lastIndexOf('@');
        if (at <= 0) {
            return Optional.empty();
        }
        Path data = folder.data().toAbsolutePath().normalize();
        Path file = data.resolve(ref.substring(0, at)).normalize();
        if (!file.startsWith(data) || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new CaseException("the reference " + ref + " names no file of the case");
        }
        long offset;
        int linkType = -1;
        String position = ref.substring(at + 1);
        try {
            int slash = position.indexOf('/');
            if (slash > 0) {
                linkType = Integer.parseInt(position.substring(slash + 1));
                position = position.substring(0, slash);
            }
            offset = Long.parseLong(position);
        } catch (NumberFormatException e) {
            throw new CaseException("the reference " + ref + " has no byte offset");
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            if (offset < 0 || offset >= channel.size()) {
                throw new CaseException("the reference " + ref + " points past the end of " + file.getFileName());
            }
            channel.position(offset);
            InputStream in = Channels.newInputStream(channel);
            return Optional.of(linkType >= 0 ? packet(in, offset, linkType) : line(in));
        } catch (IOException e) {
            throw new CaseException("cannot read " + ref + ": " + e.getMessage(), e);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        InputStream buffered = new java.io.BufferedInputStream(in);
        int b;
        while ((b = buffered.read()) >= 0 && b != '\n' && line.size() < MAX_LINE) {
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** A packet block read alone; the reference carries its link type ("file.pcapng@offset/linktype"). */
    private static String packet(InputStream in, long offset, int linkType) throws IOException {
        byte[] head = in.readNBytes(8);
        if (head.length < 8) {
            throw new CaseException("no packet block at byte " + offset);
        }
        ByteOrder order = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt() == 6 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteBuffer h = ByteBuffer.wrap(head).order(order);
        int length = h.getInt(4);
        if (h.getInt(0) != 6 || length < 32 || length > io.twinbench.capture.pcap.PcapReader.MAX_RECORD + 64) {
            throw new CaseException("the block at byte " + offset + " is not a packet");
        }
        ByteBuffer b = ByteBuffer.wrap(in.readNBytes(length - 8)).order(order);
        int captured = b.getInt(12);
        if (captured < 0 || captured > b.limit() - 24) {
            throw new CaseException("the packet at byte " + offset + " claims " + captured + " bytes");
        }
        byte[] data = new byte[captured];
        b.get(20, data);
        StringBuilder text = new StringBuilder();
        TcpSegment tcp = TcpSegment.of(new Packet(0, linkType, data, captured));
        if (tcp != null) {
            text.append(PacketSummary.of(tcp)).append("\n\n");
            byte[] payload = tcp.payload();
            if (payload.length > 0) {
                text.append(PacketSummary.printable(payload)).append("\n\n");
            }
        }
        text.append(HexFormat.ofDelimiter(" ").formatHex(data));
        return text.toString();
    }
}
