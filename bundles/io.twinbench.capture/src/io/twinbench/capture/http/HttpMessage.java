package io.twinbench.capture.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One HTTP/1.1 request or response as it crossed the wire: its start line's parts, its headers in
 * order, and its body up to the capture limit (bodyLength is the whole body's length, so a cut is
 * never silent).
 */
public record HttpMessage(String method, String target, int status, String reason, String version, List<Header> headers, byte[] body,
        long bodyLength) {

    public record Header(String name, String value) {
    }

    public HttpMessage {
        headers = List.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public boolean isRequest() {
        return method != null;
    }

    public boolean truncated() {
        return bodyLength > body.length;
    }

    /** The first header of that name, compared without case. */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    public String contentType() {
        return header("Content-Type").map(v -> v.toLowerCase(Locale.ROOT)).orElse("");
    }
}
