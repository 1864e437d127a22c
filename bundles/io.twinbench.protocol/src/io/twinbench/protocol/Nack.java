package io.twinbench.protocol;

/** A frame the workbench refused, and why; the agent logs the reason and does not resend it. */
public record Nack(long seq, String reason) implements Message {

    public Nack {
        Fields.nonNegative("seq", seq);
        Fields.text("reason", reason, 2000);
    }

    @Override
    public MessageType type() {
        return MessageType.NACK;
    }
}
