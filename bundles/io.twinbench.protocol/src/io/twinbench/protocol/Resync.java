package io.twinbench.protocol;

import java.util.List;

/**
 * From the workbench: these inventory sections drifted (a delta did not fit, or a periodic
 * hash differed); send them in full. Only the named sections travel again.
 */
public record Resync(List<String> sections, String reason) implements Message {

    public Resync {
        sections = Fields.list("sections", sections, 64);
        Fields.text("reason", reason, 2000);
    }

    @Override
    public MessageType type() {
        return MessageType.RESYNC;
    }
}
