package io.twinbench.capture.pcap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A pcapng file put together from the chunks an agent sent, with every decryption secrets block
 * moved up behind the section header: the agent writes TLS keys when the service logs them, which
 * may be after the first packets they decrypt, and readers apply secrets only to what follows.
 */
public final class PcapngSecretsFirst {

    private static final int DECRYPTION_SECRETS = 0x0000000A;
    private static final int SECTION_HEADER = 0x0A0D0D0A;

    /** Chunks as their source replays them, in order, as often as asked. */
    public interface Chunks {
        void each(Consumer<byte[]> chunk);
    }

    private PcapngSecretsFirst() {
    }

    /** Writes the file; returns its length in bytes. A chunk that does not hold whole blocks ends the file there. */
    public static long write(Chunks chunks, OutputStream out) throws IOException {
        List<byte[]> secrets = new ArrayList<>();
        chunks.each(chunk -> blocks(chunk, (type, block) -> {
            if (type == DECRYPTION_SECRETS) {
                secrets.add(block);
            }
        }));
        long[] written = {0};
        IOException[] failed = {null};
        boolean[] headerSeen = {false};
        chunks.each(chunk -> blocks(chunk, (type, block) -> {
            if (failed[0] != null || type == DECRYPTION_SECRETS) {
                return;
            }
            try {
                out.write(block);
                written[0] += block.length;
                if (type == SECTION_HEADER && !headerSeen[0]) {
                    headerSeen[0] = true;
                    for (byte[] secret : secrets) {
                        out.write(secret);
                        written[0] += secret.length;
                    }
                }
            } catch (IOException e) {
                failed[0] = e;
            }
        }));
        if (failed[0] != null) {
            throw failed[0];
        }
        return written[0];
    }

    private interface BlockSink {
        void block(int type, byte[] block);
    }

    private static void blocks(byte[] chunk, BlockSink sink) {
        ByteBuffer buffer = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.remaining() >= 12) {
            int start = buffer.position();
            int type = buffer.getInt(start);
            int length = buffer.getInt(start + 4);
            if (length < 12 || length % 4 != 0 || length > buffer.remaining()) {
                return;
            }
            byte[] block = new byte[length];
            buffer.get(block);
            sink.block(type, block);
        }
    }
}
