package io.twinbench.protocol;

import java.util.List;

/**
 * First message of an agent on each connection: who it is, what it last saw acknowledged, and
 * what it cannot collect on its endpoint and why (notes, e.g. "no source of security events: …"),
 * so the analyst sees a blind spot instead of assuming a quiet endpoint.
 */
public record Hello(String agentId, String agentVersion, String hostname, long lastAckedSeq, List<String> notes) implements Message {

    public static final int MAX_NOTES = 20;
    public static final int MAX_NOTE = 400;

    public Hello {
        Fields.text("agentId", agentId, 200);
        Fields.text("agentVersion", agentVersion, 100);
        Fields.text("hostname", hostname, 255);
        Fields.nonNegative("lastAckedSeq", lastAckedSeq);
        notes = Fields.list("notes", notes, MAX_NOTES);
        for (int i = 0; i < notes.size(); i++) {
            Fields.text("notes[" + i + "]", notes.get(i), MAX_NOTE);
        }
    }

    public Hello(String agentId, String agentVersion, String hostname, long lastAckedSeq) {
        this(agentId, agentVersion, hostname, lastAckedSeq, List.of());
    }

    @Override
    public MessageType type() {
        return MessageType.HELLO;
    }
}
