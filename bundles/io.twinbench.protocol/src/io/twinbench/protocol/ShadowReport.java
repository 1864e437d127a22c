package io.twinbench.protocol;

import java.util.List;

/**
 * Agent to workbench: where a shadow session is (accepted, refused, capturing, ended), what the
 * endpoint can and cannot capture and why, and per source what was captured, sent and dropped.
 */
public record ShadowReport(String session, String state, List<Capability> capabilities, List<SourceCount> counts, String detail) implements Message {

    public static final String ACCEPTED = "accepted";
    public static final String REFUSED = "refused";
    public static final String CAPTURING = "capturing";
    public static final String ENDED = "ended";

    /** A source of the session: whether it is captured, and why not when it is not (or how, when it is). */
    public record Capability(String source, boolean available, String detail) {
        public Capability {
            Fields.text("capabilities.source", source, 40);
            detail = Fields.cut(detail, 1000);
        }
    }

    public record SourceCount(String source, long captured, long capturedBytes, long sent, long sentBytes, long dropped, long droppedBytes) {
        public SourceCount {
            Fields.text("counts.source", source, 40);
            Fields.nonNegative("counts.captured", captured);
            Fields.nonNegative("counts.dropped", dropped);
        }
    }

    public ShadowReport {
        Fields.text("session", session, 100);
        Fields.text("state", state, 40);
        capabilities = Fields.list("capabilities", capabilities, 16);
        counts = Fields.list("counts", counts, 16);
        detail = Fields.cut(detail, 4000);
    }

    @Override
    public MessageType type() {
        return MessageType.SHADOW_REPORT;
    }
}
