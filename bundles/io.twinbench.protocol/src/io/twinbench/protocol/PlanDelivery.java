package io.twinbench.protocol;

import java.util.List;

/**
 * Workbench to agent: a signed remediation plan (its DSSE envelope, base64) and the artifacts it
 * pins. The agent trusts none of it until the envelope verifies against its root and each
 * artifact's bytes match the digest the signed plan names.
 */
public record PlanDelivery(String envelope, List<ArtifactData> artifacts) implements Message {

    public static final int MAX_ENVELOPE = 4 << 20;
    public static final int MAX_ARTIFACTS = 16;

    public record ArtifactData(String name, String data) {
        public ArtifactData {
            Fields.text("artifacts.name", name, 200);
            Fields.text("artifacts.data", data, FrameCodec.DEFAULT_MAX_BODY_BYTES);
        }
    }

    public PlanDelivery {
        Fields.text("envelope", envelope, MAX_ENVELOPE);
        artifacts = Fields.list("artifacts", artifacts, MAX_ARTIFACTS);
    }

    @Override
    public MessageType type() {
        return MessageType.PLAN_DELIVERY;
    }
}
