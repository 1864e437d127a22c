package io.twinbench.agent;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.jr.ob.JSON;

import io.twinbench.protocol.Frame;
import io.twinbench.protocol.FrameCodec;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.ProtocolException;

/**
 * The agent's codec for frame bodies: the same JSON as the workbench's
 * {@link io.twinbench.protocol.MessageCodec}, written and read with jackson-jr instead of
 * jackson-databind. Databind's 500 classes were the largest single share of the agent's
 * resident memory; jackson-jr maps the protocol's records with about 60. Unknown fields are
 * ignored, as on the workbench's side, so either end may be the newer one.
 */
final class CompactMessageCodec {

    private final JSON json = JSON.builder().build();

    Frame encode(Message message, long seq) {
        try {
            return new Frame(FrameCodec.CURRENT_VERSION, message.type(), seq, json.asBytes(message));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode " + message.type() + ": " + e.getMessage(), e);
        }
    }

    Message decode(Frame frame) throws ProtocolException {
        try {
            return json.beanFrom(frame.type().messageClass(), frame.body());
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
            throw new ProtocolException("frame seq " + frame.seq() + " (" + frame.type() + "): " + reason, e);
        }
    }
}
