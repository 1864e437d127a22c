package io.twinbench.protocol;

import java.util.List;

/** Events seen since the last batch, oldest first. */
public record EventBatch(List<Event> events) implements Message {

    public static final int MAX_EVENTS = 20_000;

    public EventBatch {
        events = Fields.list("events", events, MAX_EVENTS);
    }

    @Override
    public MessageType type() {
        return MessageType.EVENTS;
    }
}
