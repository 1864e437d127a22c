package io.twinbench.protocol;

/** Everything up to and including seq is committed by the workbench; the agent may drop it. */
public record Ack(long seq) implements Message {

    public Ack {
        Fields.nonNegative("seq", seq);
    }

    @Override
    public MessageType type() {
        return MessageType.ACK;
    }
}
