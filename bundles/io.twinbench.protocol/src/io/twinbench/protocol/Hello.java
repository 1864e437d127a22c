package io.twinbench.protocol;

/** First message of an agent on each connection: who it is and what it last saw acknowledged. */
public record Hello(String agentId, String agentVersion, String hostname, long lastAckedSeq) implements Message {

    public Hello {
        Fields.text("agentId", agentId, 200);
        Fields.text("agentVersion", agentVersion, 100);
        Fields.text("hostname", hostname, 255);
        Fields.nonNegative("lastAckedSeq", lastAckedSeq);
    }

    @Override
    public MessageType type() {
        return MessageType.HELLO;
    }
}
