package io.twinbench.shadow;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.twinbench.store.ShadowRecordings;

/**
 * The bytes a live request is sent to the twin as: its request line and headers as captured
 * (credentials masked on the endpoint stay masked: the twin never sees a secret), its body as
 * captured and de-chunked, so Content-Length says what is sent and Transfer-Encoding goes.
 */
final class ReplayRequest {

    private ReplayRequest() {
    }

    static byte[] of(ShadowRecordings.Exchange live) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + live.requestBody().length);
        out.writeBytes((live.method() + " " + live.target() + " HTTP/1.1\r\n").getBytes(StandardCharsets.ISO_8859_1));
        for (String header : live.requestHeaders()) {
            String name = header.contains(":") ? header.substring(0, header.indexOf(':')).strip().toLowerCase(Locale.ROOT) : "";
            if (name.equals("content-length") || name.equals("transfer-encoding")) {
                continue;
            }
            out.writeBytes((header + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        byte[] body = live.requestBody();
        if (body.length > 0 || live.requestLength() > 0 || live.method().equals("POST") || live.method().equals("PUT") || live.method().equals("PATCH")) {
            out.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** The server port a recorded connection ("client:port > server:port") went to, or -1. */
    static int serverPort(String connection) {
        int colon = connection.lastIndexOf(':');
        try {
            return colon < 0 ? -1 : Integer.parseInt(connection.substring(colon + 1).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
