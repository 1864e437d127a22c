package io.twinbench.protocol;

import java.util.Map;

/** Periodic reconciliation: the agent's hash of each inventory section; a mismatch means drift to repair. */
public record SectionHashes(Map<String, String> hashes) implements Message {

    public SectionHashes {
        hashes = Fields.map("hashes", hashes, 64);
    }

    @Override
    public MessageType type() {
        return MessageType.SECTION_HASHES;
    }
}
