package io.twinbench.protocol;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.twinbench.ingest.twin.InventoryTwinBuilder;
import io.twinbench.protocol.inventory.InventoryDiff;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.protocol.inventory.SectionDelta;

/**
 * Inventories and deltas as an agent sends them (JSON frame bodies): decoded, applied to the
 * held state, and built into a twin. Refusals are ProtocolExceptions; nothing else may escape.
 */
class InventoryFuzzTest {

    private static final MessageCodec MESSAGES = new MessageCodec();

    @FuzzTest
    void inventoriesAndDeltas(byte[] data) {
        String body = new String(data, StandardCharsets.UTF_8);
        for (MessageType type : List.of(MessageType.INVENTORY_FULL, MessageType.INVENTORY_DELTA)) {
            Message message;
            try {
                message = MESSAGES.decode(new Frame(FrameCodec.CURRENT_VERSION, type, 1, body.getBytes(StandardCharsets.UTF_8)));
            } catch (ProtocolException e) {
                continue;
            }
            if (message instanceof InventoryFull full) {
                new InventoryTwinBuilder().build("fuzz", "fuzz", "fuzz", full.sections(), new java.util.Date(0));
            } else if (message instanceof InventoryDelta delta) {
                for (SectionDelta d : delta.deltas()) {
                    try {
                        Section base = new Section(d.section(), List.of());
                        Section next = InventoryDiff.apply(base, d);
                        new InventoryTwinBuilder().build("fuzz", "fuzz", "fuzz", List.of(next), new java.util.Date(0));
                    } catch (ProtocolException e) {
                        // drift: the section is asked for in full
                    }
                }
            }
        }
    }
}
