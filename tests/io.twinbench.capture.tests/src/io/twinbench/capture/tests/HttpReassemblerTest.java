package io.twinbench.capture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.twinbench.capture.http.HttpMessage;
import io.twinbench.capture.http.HttpReassembler;
import io.twinbench.capture.http.HttpRedaction;
import io.twinbench.inventory.SecretRedactor;

/**
 * HTTP/1.1 exchanges put back together from a connection's two streams as a capture delivers
 * them, in pieces of any size, and what a hostile endpoint could send to break the parser bounded.
 */
class HttpReassemblerTest {

    private static final String REQUESTS = "GET /index.html HTTP/1.1\r\nHost: shop\r\n\r\n"
            + "POST /login HTTP/1.1\r\nHost: shop\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 31\r\n\r\n"
            + "user=alice&password=hunter2%21x"
            + "HEAD /index.html HTTP/1.1\r\nHost: shop\r\n\r\n";
    private static final String RESPONSES = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
            + "HTTP/1.1 100 Continue\r\n\r\n"
            + "HTTP/1.1 302 Found\r\nSet-Cookie: session=abc123\r\nTransfer-Encoding: chunked\r\n\r\n4;ext=1\r\nwelc\r\n3\r\nome\r\n0\r\nX-Trailer: 1\r\n\r\n"
            + "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n";

    @Test
    void pipelinedExchangesArePairedWhateverThePiecesAreCut() {
        for (int piece : new int[] {1, 3, 7, 64, 100_000}) {
            HttpReassembler http = new HttpReassembler(HttpReassembler.Limits.DEFAULT);
            feed(http, REQUESTS, piece, true);
            feed(http, RESPONSES, piece, false);
            List<HttpReassembler.Exchange> exchanges = http.take();
            assertNull(http.broken(), http.broken());
            assertEquals(3, exchanges.size(), "pieces of " + piece);
            assertEquals("hello", text(exchanges.get(0).response()));
            HttpReassembler.Exchange login = exchanges.get(1);
            assertEquals("POST", login.request().method());
            assertEquals("user=alice&password=hunter2%21x", text(login.request()));
            assertEquals(302, login.response().status(), "the interim 100 is not the answer");
            assertEquals("welcome", text(login.response()), "chunks joined, trailers read");
            assertEquals(0, exchanges.get(2).response().bodyLength(), "a response to HEAD has no body, whatever its length says");
        }
    }

    @Test
    void aResponseSentBeforeTheRequestsBodyArrivedIsPairedWithIt() {
        // lighttpd answers a POST to a missing page once it has the headers; the body's segment may come later
        String login = "POST /login HTTP/1.1\r\nHost: shop\r\nContent-Length: 30\r\nConnection: close\r\n\r\n";
        HttpReassembler http = new HttpReassembler(HttpReassembler.Limits.DEFAULT);
        feed(http, login, 100_000, true);
        feed(http, "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nnot found", 100_000, false);
        assertNull(http.broken(), http.broken());
        assertTrue(http.take().isEmpty(), "answered, but the request is not complete yet");
        feed(http, "user=alice&password=hunter2xyz", 100_000, true);
        List<HttpReassembler.Exchange> exchanges = http.take();
        assertEquals(1, exchanges.size());
        assertEquals("POST /login 404", exchanges.get(0).request().method() + " " + exchanges.get(0).request().target() + " "
                + exchanges.get(0).response().status());
        assertEquals("user=alice&password=hunter2xyz", text(exchanges.get(0).request()));
        assertEquals(1, http.requestsSeen());

        HttpReassembler cut = new HttpReassembler(HttpReassembler.Limits.DEFAULT);
        feed(cut, login + "user=", 100_000, true);
        feed(cut, "HTTP/1.1 413 Payload Too Large\r\nContent-Length: 0\r\n\r\n", 100_000, false);
        cut.end();
        List<HttpReassembler.Exchange> ended = cut.take();
        assertEquals(1, ended.size(), "a client that never sent the rest: the request as far as it came, with its answer");
        assertEquals("user=", text(ended.get(0).request()));
        assertEquals(413, ended.get(0).response().status());

        HttpReassembler stray = new HttpReassembler(HttpReassembler.Limits.DEFAULT);
        feed(stray, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", 100_000, false);
        assertEquals("a response came with no request before it", stray.broken(), "with no request begun, a response is still refused");
    }

    @Test
    void aResponseWithoutLengthRunsToTheEndAndBodiesAreCutAtTheLimitWithTheirLengthKept() {
        HttpReassembler http = new HttpReassembler(new HttpReassembler.Limits(1024, 10, 4));
        feed(http, "GET /big HTTP/1.0\r\n\r\n", 10, true);
        feed(http, "HTTP/1.0 200 OK\r\n\r\nabcdefghij", 10, false);
        assertTrue(http.take().isEmpty(), "not complete before the connection ends");
        http.end();
        HttpMessage response = http.take().get(0).response();
        assertEquals("abcd", text(response));
        assertEquals(10, response.bodyLength());
        assertTrue(response.truncated());
    }

    @Test
    void whatAHostileStreamSendsIsBoundedAndNamed() {
        assertEquals("request headers longer than 1024 bytes", broken("GET / HTTP/1.1\r\nX: " + "a".repeat(2000) + "\r\n\r\n", true));
        assertEquals("more than 10 headers in one message", broken("GET / HTTP/1.1\r\n" + "X: y\r\n".repeat(11) + "\r\n", true));
        assertEquals("'SSH-2.0-OpenSSH_9.2' is not an HTTP/1.1 request line", broken("SSH-2.0-OpenSSH_9.2\r\n\r\n", true));
        assertEquals("Content-Length 5, 6 is not one length", broken("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n", true));
        assertEquals("'zz' is not a chunk size", broken("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", true));
        assertEquals("a chunk-size line longer than 64 bytes", broken("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" + "0".repeat(100), true));
        assertEquals("a response came with no request before it", broken("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", false));
    }

    @Test
    void credentialsAreMaskedInHeadersFormsJsonAndQueriesBeforeTheyLeave() {
        HttpReassembler http = new HttpReassembler(HttpReassembler.Limits.DEFAULT);
        String json = "{\"user\":\"alice\",\"apiToken\":\"tok-123\",\"note\":\"hello\"}";
        feed(http, "POST /api?user=bob&access_token=abc HTTP/1.1\r\nAuthorization: Bearer eyJhbGciOi\r\nCookie: sid=1\r\nX-Request: 7\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + json.length() + "\r\n\r\n" + json, 1000, true);
        feed(http, RESPONSES.substring(0, RESPONSES.indexOf("HTTP/1.1 100")), 1000, false);
        HttpRedaction redaction = new HttpRedaction(SecretRedactor.defaults());
        HttpMessage request = redaction.redact(http.take().get(0).request());
        assertEquals("***", request.header("Authorization").orElseThrow());
        assertEquals("***", request.header("Cookie").orElseThrow());
        assertEquals("7", request.header("X-Request").orElseThrow());
        assertEquals("/api?user=bob&access_token=***", request.target());
        assertEquals("{\"user\":\"alice\",\"apiToken\":\"***\",\"note\":\"hello\"}", text(request));

        HttpReassembler login = new HttpReassembler(HttpReassembler.Limits.DEFAULT);
        feed(login, REQUESTS, 1000, true);
        HttpMessage form = redaction.redact(loginRequest(login));
        assertEquals("user=alice&password=***", text(form));
        assertFalse(text(form).contains("hunter2"));
    }

    private static HttpMessage loginRequest(HttpReassembler http) {
        feed(http, RESPONSES, 1000, false);
        return http.take().get(1).request();
    }

    private static String broken(String stream, boolean client) {
        HttpReassembler http = new HttpReassembler(new HttpReassembler.Limits(1024, 10, 4096));
        feed(http, stream, 5, client);
        return http.broken();
    }

    private static void feed(HttpReassembler http, String text, int piece, boolean client) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < bytes.length; i += piece) {
            int n = Math.min(piece, bytes.length - i);
            if (client) {
                http.client(bytes, i, n);
            } else {
                http.server(bytes, i, n);
            }
        }
    }

    private static String text(HttpMessage m) {
        return new String(m.body(), StandardCharsets.UTF_8);
    }
}
