package io.twinbench.protocol;

/**
 * The workbench ends the conversation and says why (unknown or revoked certificate, used
 * token, broken framing). Permanent refusals will not change by retrying; the agent stops.
 */
public record Refusal(String reason, boolean permanent) implements Message {

    public Refusal {
        Fields.text("reason", reason, 2000);
    }

    @Override
    public MessageType type() {
        return MessageType.REFUSAL;
    }
}
