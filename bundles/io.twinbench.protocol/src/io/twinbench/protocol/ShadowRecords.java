package io.twinbench.protocol;

import java.util.List;

/**
 * Agent to workbench: what a shadow session captured since its last batch, already sanitised on
 * the endpoint: system calls, HTTP exchanges, and the next bytes of the session's pcapng file
 * (base64; chunk numbers run from 0 so the workbench puts the file together in order).
 */
public record ShadowRecords(String session, List<Syscall> syscalls, List<Exchange> exchanges, long chunk, String pcapng, int packets) implements Message {

    public static final int MAX_SYSCALLS = 20_000;
    public static final int MAX_EXCHANGES = 2_000;
    public static final int MAX_PCAPNG = 4 << 20;

    public record Syscall(int pid, long micros, String name, String arguments, long result, String error, long durationMicros, List<String> paths) {
        public Syscall {
            Fields.text("syscalls.name", name, 40);
            arguments = Fields.cut(arguments == null ? "" : arguments, 1100);
            error = Fields.cut(error, 40);
            paths = Fields.list("syscalls.paths", paths, 16);
            paths.forEach(p -> Fields.text("syscalls.paths", p, 4096));
        }
    }

    /** Headers as "Name: value" lines, bodies base64 (as captured: cut to the order's limit, length the full length). */
    public record Exchange(String connection, long requestMicros, long responseMicros, String method, String target, List<String> requestHeaders,
            String requestBody, long requestLength, int status, List<String> responseHeaders, String responseBody, long responseLength) {
        public Exchange {
            Fields.text("exchanges.connection", connection, 200);
            Fields.text("exchanges.method", method, 40);
            Fields.text("exchanges.target", target, 8192);
            requestHeaders = Fields.list("exchanges.requestHeaders", requestHeaders, 200);
            responseHeaders = Fields.list("exchanges.responseHeaders", responseHeaders, 200);
            requestBody = requestBody == null ? "" : Fields.cut(requestBody, 2 << 20);
            responseBody = responseBody == null ? "" : Fields.cut(responseBody, 2 << 20);
        }
    }

    public ShadowRecords {
        Fields.text("session", session, 100);
        syscalls = Fields.list("syscalls", syscalls, MAX_SYSCALLS);
        exchanges = Fields.list("exchanges", exchanges, MAX_EXCHANGES);
        Fields.nonNegative("chunk", chunk);
        pcapng = pcapng == null ? "" : pcapng;
        if (pcapng.length() > MAX_PCAPNG) {
            throw new IllegalArgumentException("field 'pcapng' is longer than " + MAX_PCAPNG + " characters");
        }
        Fields.nonNegative("packets", packets);
    }

    @Override
    public MessageType type() {
        return MessageType.SHADOW_RECORDS;
    }
}
