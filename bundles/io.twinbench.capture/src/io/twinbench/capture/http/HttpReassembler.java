package io.twinbench.capture.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 exchanges reassembled from one TCP connection's two byte streams, as a capture hands
 * them over in pieces: requests and responses (pipelined ones too) paired in order, bodies by
 * Content-Length, chunked or (for a response) to the connection's end, interim 1xx responses
 * skipped. Both streams come from an endpoint that may be hostile: header sections, header counts,
 * chunk-size lines and captured bodies are bounded, and a stream that is not HTTP/1.1 stops being
 * parsed with its reason ({@link #broken()}) instead of throwing.
 */
public final class HttpReassembler {

    /** The bounds: header section bytes, headers per message, captured body bytes per message. */
    public record Limits(int headerBytes, int headers, int bodyBytes) {
        public static final Limits DEFAULT = new Limits(16 * 1024, 100, 64 * 1024);
    }

    /** A request and its response; response is null while the connection ended before it came. */
    public record Exchange(HttpMessage request, HttpMessage response) {
    }

    private final Limits limits;
    private final Side client = new Side(true);
    private final Side server = new Side(false);
    private final Deque<HttpMessage> requests = new ArrayDeque<>();
    /**
     * A response that was complete before its request: servers answer early (a 404, 401 or 413
     * sent once the headers are read), and the request's body may reach the capture after it.
     */
    private HttpMessage early;
    private final List<Exchange> exchanges = new ArrayList<>();
    private String broken;
    private long requestsSeen;

    public HttpReassembler(Limits limits) {
        this.limits = limits;
    }

    public void client(byte[] data, int offset, int length) {
        client.feed(data, offset, length);
    }

    public void server(byte[] data, int offset, int length) {
        server.feed(data, offset, length);
    }

    /** The connection closed: a response read to its end is complete, requests left unanswered are kept alone. */
    public void end() {
        server.end();
        while (!requests.isEmpty()) {
            exchanges.add(new Exchange(requests.poll(), null));
        }
        HttpMessage unfinished = client.partial();
        if (early != null && unfinished != null) {
            // the client stopped sending before its body's end: the request as far as it came, with its answer
            exchanges.add(new Exchange(unfinished, early));
            requestsSeen++;
        }
        early = null;
    }

    /** The exchanges completed since the last call. */
    public List<Exchange> take() {
        List<Exchange> done = List.copyOf(exchanges);
        exchanges.clear();
        return done;
    }

    /** Requests read to their end so far, answered or not: a capture dates each by the packet that completed it. */
    public long requestsSeen() {
        return requestsSeen;
    }

    /** Why the connection stopped being parsed, or null while it parses. */
    public String broken() {
        return broken;
    }

    private void fail(String why) {
        if (broken == null) {
            broken = why;
        }
    }

    private void completed(HttpMessage message) {
        if (message.isRequest()) {
            requestsSeen++;
            if (early != null) {
                exchanges.add(new Exchange(message, early));
                early = null;
            } else {
                requests.add(message);
            }
        } else if (message.status() >= 100 && message.status() < 200) {
            return; // an interim answer: the final one follows
        } else if (!requests.isEmpty()) {
            exchanges.add(new Exchange(requests.poll(), message));
        } else if (early == null && client.reading()) {
            early = message;
        } else {
            fail("a response came with no request before it");
        }
    }

    private enum State {
        HEAD, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILERS, TO_END
    }

    /** One direction's parser. */
    private final class Side {
        private final boolean requests;
        private State state = State.HEAD;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final ByteArrayOutputStream head = new ByteArrayOutputStream();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private HttpMessage start;
        private long remaining;
        private long bodyLength;
        private int tail;
        private int trailerBytes;

        Side(boolean requests) {
            this.requests = requests;
        }

        void feed(byte[] data, int offset, int length) {
            int i = offset;
            int end = offset + length;
            while (i < end && broken == null) {
                switch (state) {
                    case HEAD -> {
                        byte b = data[i++];
                        head.write(b);
                        tail = tail << 8 | (b & 0xff);
                        if (head.size() > limits.headerBytes()) {
                            fail((this.requests ? "request" : "response") + " headers longer than " + limits.headerBytes() + " bytes");
                            return;
                        }
                        if ((tail & 0xffff) == 0x0a0a || tail == 0x0d0a0d0a) {
                            String text = new String(head.toByteArray(), StandardCharsets.ISO_8859_1);
                            head.reset();
                            tail = 0;
                            if (!text.isBlank()) {
                                headDone(text);
                            }
                        }
                    }
                    case BODY, CHUNK_DATA -> {
                        int n = (int) Math.min(remaining, end - i);
                        keep(data, i, n);
                        i += n;
                        remaining -= n;
                        if (remaining == 0) {
                            if (state == State.BODY) {
                                finish();
                            } else {
                                state = State.CHUNK_END;
                            }
                        }
                    }
                    case TO_END -> {
                        keep(data, i, end - i);
                        i = end;
                    }
                    case CHUNK_SIZE, CHUNK_END, TRAILERS -> {
                        byte b = data[i++];
                        line.write(b);
                        if (line.size() > (state == State.TRAILERS ? limits.headerBytes() : 64)) {
                            fail(state == State.TRAILERS ? "a trailer line longer than " + limits.headerBytes() + " bytes" : "a chunk-size line longer than 64 bytes");
                            return;
                        }
                        if (b == '\n') {
                            String text = new String(line.toByteArray(), StandardCharsets.ISO_8859_1).trim();
                            line.reset();
                            if (state == State.TRAILERS) {
                                trailerBytes += text.length();
                                if (text.isEmpty()) {
                                    finish();
                                } else if (trailerBytes > limits.headerBytes()) {
                                    fail("trailers longer than " + limits.headerBytes() + " bytes");
                                    return;
                                }
                            } else if (state == State.CHUNK_END) {
                                if (!text.isEmpty()) {
                                    fail("chunk data longer than its size");
                                    return;
                                }
                                state = State.CHUNK_SIZE;
                            } else {
                                chunkSize(text);
                            }
                        }
                    }
                }
            }
        }

        void end() {
            if (state == State.TO_END) {
                finish();
            }
        }

        private void keep(byte[] data, int offset, int n) {
            int room = Math.max(0, limits.bodyBytes() - body.size());
            body.write(data, offset, Math.min(room, n));
            bodyLength += n;
        }

        private void chunkSize(String text) {
            String hex = text.contains(";") ? text.substring(0, text.indexOf(';')).trim() : text;
            if (!hex.matches("[0-9A-Fa-f]{1,15}")) {
                fail("'" + cut(text) + "' is not a chunk size");
                return;
            }
            remaining = Long.parseLong(hex, 16);
            trailerBytes = 0;
            state = remaining == 0 ? State.TRAILERS : State.CHUNK_DATA;
        }

        private void headDone(String section) {
            String text = section.replaceFirst("^[\r\n]+", ""); // empty lines before a message are allowed
            String[] lines = text.split("\r?\n");
            String first = lines[0];
            List<HttpMessage.Header> headers = new ArrayList<>();
            for (int k = 1; k < lines.length; k++) {
                if (lines[k].isEmpty()) {
                    continue;
                }
                int colon = lines[k].indexOf(':');
                if (colon <= 0 || lines[k].charAt(0) == ' ' || lines[k].charAt(0) == '\t') {
                    fail("'" + cut(lines[k]) + "' is not a header line");
                    return;
                }
                if (headers.size() == limits.headers()) {
                    fail("more than " + limits.headers() + " headers in one message");
                    return;
                }
                headers.add(new HttpMessage.Header(lines[k].substring(0, colon).trim(), lines[k].substring(colon + 1).trim()));
            }
            String[] parts = first.split(" ", 3);
            if (requests) {
                if (parts.length != 3 || !parts[0].matches("[A-Z]{1,20}") || !parts[2].matches("HTTP/1\\.[01]")) {
                    fail("'" + cut(first) + "' is not an HTTP/1.1 request line");
                    return;
                }
                start = new HttpMessage(parts[0], parts[1], 0, null, parts[2], headers, new byte[0], 0);
            } else {
                if (parts.length < 2 || !parts[0].matches("HTTP/1\\.[01]") || !parts[1].matches("\\d{3}")) {
                    fail("'" + cut(first) + "' is not an HTTP/1.1 status line");
                    return;
                }
                start = new HttpMessage(null, null, Integer.parseInt(parts[1]), parts.length > 2 ? parts[2] : "", parts[0], headers, new byte[0], 0);
            }
            body.reset();
            bodyLength = 0;
            String encoding = start.header("Transfer-Encoding").orElse("").toLowerCase(Locale.ROOT);
            List<String> lengths = headers.stream().filter(h -> h.name().equalsIgnoreCase("Content-Length")).map(HttpMessage.Header::value).distinct()
                    .toList();
            if (!requests && !hasBody(start)) {
                finish(); // whatever its length says, a response to HEAD, a 1xx, 204 or 304 has no body
            } else if (encoding.endsWith("chunked")) {
                state = State.CHUNK_SIZE;
            } else if (lengths.size() > 1 || lengths.size() == 1 && !lengths.get(0).matches("\\d{1,15}")) {
                fail("Content-Length " + cut(String.join(", ", lengths)) + " is not one length"); // what request smuggling relies on
            } else if (!lengths.isEmpty()) {
                remaining = Long.parseLong(lengths.get(0));
                state = State.BODY;
                if (remaining == 0) {
                    finish();
                }
            } else if (requests) {
                finish();
            } else {
                state = State.TO_END;
            }
        }

        /** A response to HEAD, a 1xx, 204 or 304 has none; others without a length run to the connection's end. */
        private boolean hasBody(HttpMessage response) {
            int s = response.status();
            boolean head = !HttpReassembler.this.requests.isEmpty() && "HEAD".equals(HttpReassembler.this.requests.peek().method());
            return !(s < 200 || s == 204 || s == 304 || head);
        }

        /** Whether a message has begun and is not yet complete. */
        boolean reading() {
            return state != State.HEAD || head.size() > 0;
        }

        /** The message being read, as far as it came (null when none has its head complete). */
        HttpMessage partial() {
            return state == State.HEAD || start == null ? null : new HttpMessage(start.method(), start.target(), start.status(), start.reason(),
                    start.version(), start.headers(), body.toByteArray(), bodyLength);
        }

        private void finish() {
            HttpMessage m = new HttpMessage(start.method(), start.target(), start.status(), start.reason(), start.version(), start.headers(),
                    body.toByteArray(), bodyLength);
            state = State.HEAD;
            body.reset();
            bodyLength = 0;
            completed(m);
        }
    }

    private static String cut(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
