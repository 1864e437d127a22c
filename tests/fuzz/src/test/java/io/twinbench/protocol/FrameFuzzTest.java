package io.twinbench.protocol;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Frames and messages from an agent (or anyone who reaches the port): refused with a ProtocolException, never anything else. */
class FrameFuzzTest {

    private static final FrameCodec FRAMES = new FrameCodec(1 << 20);
    private static final MessageCodec MESSAGES = new MessageCodec();

    @FuzzTest
    void framesAndMessages(byte[] data) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(data);
        try {
            for (int i = 0; i < 16; i++) {
                var frame = FRAMES.read(in);
                if (frame.isEmpty()) {
                    return;
                }
                Message message = MESSAGES.decode(frame.get());
                // a decoded message encodes again, and reads back the same
                if (!MESSAGES.decode(MESSAGES.encode(message, frame.get().seq())).equals(message)) {
                    throw new IllegalStateException("a message does not survive its own encoding: " + message);
                }
            }
        } catch (ProtocolException e) {
            // refused, with its reason
        }
    }
}
