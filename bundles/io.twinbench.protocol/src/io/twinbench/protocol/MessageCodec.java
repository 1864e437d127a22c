package io.twinbench.protocol;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Messages as JSON frame bodies. Unknown fields are ignored (a newer agent may send more);
 * missing or invalid ones are refused with the field's path.
 */
public final class MessageCodec {

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

    public Frame encode(Message message, long seq) {
        try {
            return new Frame(FrameCodec.CURRENT_VERSION, message.type(), seq, json.writeValueAsBytes(message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + message.type() + ": " + e.getOriginalMessage(), e);
        }
    }

    public Message decode(Frame frame) throws ProtocolException {
        try {
            return json.readValue(frame.body(), frame.type().messageClass());
        } catch (JsonMappingException e) {
            throw new ProtocolException("frame seq " + frame.seq() + " (" + frame.type() + "): " + describe(e), e);
        } catch (IOException e) {
            throw new ProtocolException("frame seq " + frame.seq() + " (" + frame.type() + "): malformed JSON: "
                    + (e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage()), e);
        }
    }

    private static String describe(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce("", String::concat);
        Throwable cause = e.getCause();
        String reason = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
        return (path.isEmpty() ? "" : "at '" + (path.startsWith(".") ? path.substring(1) : path) + "': ") + reason;
    }
}
