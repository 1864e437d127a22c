package io.twinbench.ingest.otlp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;

/**
 * OTLP/HTTP bodies in both encodings the specification defines: binary protobuf
 * (application/x-protobuf) and its JSON mapping (application/json), optionally gzip-compressed;
 * and the Status message an error answers with, in the request's encoding.
 */
enum OtlpPayload {
    PROTOBUF("application/x-protobuf"), JSON("application/json");

    /** Most bytes a request may have, compressed or not; a larger export is refused, not buffered. */
    static final int MAX_BYTES = 16 << 20;
    /** How much of a refused body is still read so that the connection stays open for the next export. */
    private static final long DRAIN_BYTES = 4L * MAX_BYTES;
    private static final ObjectMapper JACKSON = new ObjectMapper();

    private final String contentType;

    OtlpPayload(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    static OtlpPayload of(String contentType) throws OtlpException {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        for (OtlpPayload p : values()) {
            if (p.contentType.equals(type)) {
                return p;
            }
        }
        throw new OtlpException(415, "Content-Type '" + contentType + "' is neither application/x-protobuf nor application/json");
    }

    /** The request body, gunzipped when the exporter compressed it, at most MAX_BYTES either way. */
    static byte[] read(InputStream body, String contentEncoding) throws OtlpException, IOException {
        byte[] raw = readAtMost(body, "the request body");
        if (contentEncoding == null || contentEncoding.isBlank() || contentEncoding.equalsIgnoreCase("identity")) {
            return raw;
        }
        if (!contentEncoding.equalsIgnoreCase("gzip")) {
            throw new OtlpException(415, "Content-Encoding '" + contentEncoding + "' is not supported (gzip or none)");
        }
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
            return readAtMost(in, "the decompressed body");
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new OtlpException(400, "the body is not valid gzip: " + e.getMessage(), e);
        }
    }

    /** At most MAX_BYTES of in; the rest of an oversized body is left for {@link #drain}. */
    private static byte[] readAtMost(InputStream in, String what) throws OtlpException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 << 10];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > MAX_BYTES) {
                throw new OtlpException(413, what + " is larger than " + (MAX_BYTES >> 20) + " MiB: export in smaller batches");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Reads and drops what is left of a request body, at most DRAIN_BYTES; false when more is
     * left. The JDK's server closes a connection whose request it has not read to the end once
     * the response is written, and an exporter that sends its next export on it sees the
     * connection drop instead of an answer.
     */
    static boolean drain(InputStream body) throws IOException {
        byte[] buffer = new byte[64 << 10];
        long dropped = 0;
        int n;
        while ((n = body.read(buffer)) >= 0) {
            dropped += n;
            if (dropped > DRAIN_BYTES) {
                return false;
            }
        }
        return true;
    }

    /** Parses the body into builder; a broken body is refused with what the parser said. */
    void parse(byte[] body, Message.Builder builder) throws OtlpException {
        try {
            if (this == JSON) {
                JsonFormat.parser().ignoringUnknownFields().merge(withBase64Ids(body), builder);
            } else {
                builder.mergeFrom(body);
            }
        } catch (InvalidProtocolBufferException e) {
            throw new OtlpException(400, "malformed " + (this == JSON ? "OTLP JSON" : "OTLP protobuf") + ": " + e.getMessage(), e);
        }
    }

    /** Field names of OTLP's trace and span ids, in both spellings the JSON mapping allows. */
    private static final Set<String> ID_FIELDS = Set.of("traceId", "spanId", "parentSpanId", "trace_id", "span_id",
            "parent_span_id");

    /**
     * OTLP/JSON writes trace and span ids in hex, where protobuf's JSON mapping (and so JsonFormat)
     * expects base64 for bytes: rewritten before parsing, or every id would be read as other bytes.
     */
    private static String withBase64Ids(byte[] body) throws OtlpException {
        JsonNode tree;
        try {
            tree = JACKSON.readTree(body);
        } catch (IOException e) {
            throw new OtlpException(400, "malformed OTLP JSON: "
                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
        rewriteIds(tree);
        return tree.toString();
    }

    private static void rewriteIds(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (ID_FIELDS.contains(name) && value.isTextual() && value.asText().matches("(?:[0-9a-fA-F]{2})*")) {
                    object.put(name, Base64.getEncoder().encodeToString(HexFormat.of().parseHex(value.asText())));
                } else {
                    rewriteIds(value);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(OtlpPayload::rewriteIds);
        }
    }

    byte[] encode(Message message) {
        if (this == PROTOBUF) {
            return message.toByteArray();
        }
        try {
            return JsonFormat.printer().print(message).getBytes(StandardCharsets.UTF_8);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("cannot print " + message.getDescriptorForType().getName(), e);
        }
    }

    /**
     * google.rpc.Status {code, message}, the body of an OTLP error response. Written by hand
     * because its generated class is not part of the OTLP artifacts; it is two fields.
     */
    byte[] status(int grpcCode, String message) {
        if (this == JSON) {
            ObjectNode node = JACKSON.createObjectNode();
            node.put("code", grpcCode);
            node.put("message", message);
            return node.toString().getBytes(StandardCharsets.UTF_8);
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            out.writeInt32(1, grpcCode);
            out.writeString(2, message);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
