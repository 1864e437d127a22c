package io.twinbench.ingest.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.protobuf.CodedInputStream;

import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Gauge;
import io.opentelemetry.proto.metrics.v1.Histogram;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.metrics.v1.Sum;
import io.opentelemetry.proto.resource.v1.Resource;
import io.twinbench.ingest.collector.CollectorListener;
import io.twinbench.ingest.collector.CollectorTls;
import io.twinbench.ingest.enrol.AgentCredentials;
import io.twinbench.ingest.enrol.CertificateAuthority;
import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.store.EventQuery;
import io.twinbench.store.Sample;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.StoredEvent;
import io.twinbench.store.TwinStore;

/** An OpenTelemetry exporter's requests, protobuf and JSON, against the real receiver over mutual TLS on loopback. */
class OtlpReceiverTest {

    @TempDir
    Path workspace;

    private TwinStore store;
    private Enrollment enrollment;
    private CertificateAuthority ca;
    private OtlpReceiver receiver;
    private HttpClient client;
    private final long now = System.currentTimeMillis();

    @BeforeEach
    void start() throws Exception {
        store = TwinStore.open(StoreLocation.embeddedIn(workspace));
        ca = CertificateAuthority.openOrCreate(workspace.resolve("ca"), Clock.systemUTC());
        enrollment = new Enrollment(ca, store.enrollments(), Clock.systemUTC());
        receiver = OtlpReceiver.into(store, CollectorTls.issue(ca, List.of("127.0.0.1")), enrollment, CollectorListener.NONE,
                Clock.systemUTC(), SecretRedactor.defaults());
        receiver.start(new InetSocketAddress("127.0.0.1", 0));
        client = client(AgentCredentials.enrol(enrollment, "otel-web", "web1").tls(ca.certificate()));
    }

    @AfterEach
    void stop() {
        receiver.close();
        store.close();
    }

    private static HttpClient client(SSLContext tls) {
        return HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1).build();
    }

    private HttpResponse<byte[]> post(HttpClient with, String path, String contentType, byte[] body, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + receiver.port() + path))
                .header("Content-Type", contentType);
        if (gzip) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
                out.write(body);
            }
            body = bytes.toByteArray();
            request.header("Content-Encoding", "gzip");
        }
        return with.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static KeyValue attr(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }

    private List<Sample> series(String element, String metric) {
        return store.telemetry().range(new SeriesKey("otel-web", element, metric), 0, Long.MAX_VALUE);
    }

    @Test
    void protobufMetricsBecomeSeriesOfTheEndpointsTwin() throws Exception {
        long nanos = now * 1_000_000;
        ExportMetricsServiceRequest request = ExportMetricsServiceRequest.newBuilder().addResourceMetrics(ResourceMetrics.newBuilder()
                .setResource(Resource.newBuilder().addAttributes(attr("service.name", "nginx")).addAttributes(attr("host.name", "web1")))
                .addScopeMetrics(ScopeMetrics.newBuilder()
                        .addMetrics(Metric.newBuilder().setName("http.server.active_requests").setUnit("{request}")
                                .setGauge(Gauge.newBuilder().addDataPoints(NumberDataPoint.newBuilder().setTimeUnixNano(nanos).setAsInt(7)
                                        .addAttributes(attr("method", "GET")))))
                        .addMetrics(Metric.newBuilder().setName("system.cpu.time").setUnit("s")
                                .setSum(Sum.newBuilder().setIsMonotonic(true).addDataPoints(NumberDataPoint.newBuilder()
                                        .setTimeUnixNano(nanos).setAsDouble(12.5).addAttributes(attr("state", "user")).addAttributes(attr("cpu", "cpu0")))
                                        .addDataPoints(NumberDataPoint.newBuilder().setTimeUnixNano(nanos).setAsDouble(Double.NaN))))
                        .addMetrics(Metric.newBuilder().setName("http.server.duration").setUnit("ms")
                                .setHistogram(Histogram.newBuilder().addDataPoints(HistogramDataPoint.newBuilder().setTimeUnixNano(nanos)
                                        .setCount(40).setSum(1234.5)))))).build();

        HttpResponse<byte[]> response = post(client, "/v1/metrics", "application/x-protobuf", request.toByteArray(), false);
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("application/x-protobuf", response.headers().firstValue("Content-Type").orElse(""));

        assertEquals(List.of(new Sample(now, 7)), series("otel/nginx", "http.server.active_requests{method=GET}"), "attribute values keep their case");
        assertEquals(List.of(), series("otel/nginx", "system.cpu.time{cpu=cpu0,state=user}"),
                "a counter's first cumulative point gives no rate yet; the NaN point is skipped");
        assertEquals(40, series("otel/nginx", "http.server.duration.count").get(0).value());
        assertEquals(1234.5, series("otel/nginx", "http.server.duration.sum").get(0).value());
        // ten seconds later the counter stands at 17.5: a rate of 0.5 CPU-seconds per second
        ExportMetricsServiceRequest later = ExportMetricsServiceRequest.newBuilder().addResourceMetrics(ResourceMetrics.newBuilder()
                .setResource(Resource.newBuilder().addAttributes(attr("service.name", "nginx")))
                .addScopeMetrics(ScopeMetrics.newBuilder().addMetrics(Metric.newBuilder().setName("system.cpu.time").setUnit("s")
                        .setSum(Sum.newBuilder().setIsMonotonic(true).setAggregationTemporality(
                                io.opentelemetry.proto.metrics.v1.AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE)
                                .addDataPoints(NumberDataPoint.newBuilder().setTimeUnixNano(nanos + 10_000_000_000L).setAsDouble(17.5)
                                        .addAttributes(attr("state", "user")).addAttributes(attr("cpu", "cpu0"))))))).build();
        assertEquals(200, post(client, "/v1/metrics", "application/x-protobuf", later.toByteArray(), false).statusCode());
        assertEquals(List.of(new Sample(now + 10_000, 0.5)), series("otel/nginx", "system.cpu.time{cpu=cpu0,state=user}"),
                "a cumulative counter is stored as its rate per second");
        assertEquals("s/s", store.telemetry().unitsOf("otel-web").get(new SeriesKey("otel-web", "otel/nginx", "system.cpu.time{cpu=cpu0,state=user}")));
        assertEquals("otel-web (web1)", store.snapshots().list().stream().filter(t -> t.id().equals("otel-web")).findFirst()
                .orElseThrow(() -> new AssertionError("an OTLP-only endpoint gets a twin")).name());

        // an exporter retries after a lost response: the same points replace, never double
        assertEquals(200, post(client, "/v1/metrics", "application/x-protobuf", request.toByteArray(), false).statusCode());
        assertEquals(1, series("otel/nginx", "http.server.duration.count").size());
    }

    @Test
    void jsonLogsGzippedBecomeEventsWithSecretsMasked() throws Exception {
        String nanos = Long.toString(now * 1_000_000);
        String json = """
                {"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"checkout"}}]},
                  "scopeLogs":[{"scope":{"name":"app.logger"},"logRecords":[
                    {"timeUnixNano":"%s","severityNumber":17,"severityText":"ERROR",
                     "body":{"stringValue":"payment failed: POST https://api:s3cr3t@pay.example/charge"},
                     "attributes":[{"key":"http.status_code","value":{"intValue":"502"}},{"key":"db.password","value":{"stringValue":"x"}}],
                     "traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b174"},
                    {"observedTimeUnixNano":"%s","severityText":"warning","body":{"stringValue":"slow"}}]}]}]}
                """.formatted(nanos, nanos);
        HttpResponse<byte[]> response = post(client, "/v1/logs", "application/json", json.getBytes(StandardCharsets.UTF_8), true);
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("{\n}", new String(response.body(), StandardCharsets.UTF_8).strip().replace(" ", ""), "an empty JSON response");

        List<StoredEvent> events = store.events().find(EventQuery.all("otel-web", 10));
        assertEquals(2, events.size());
        StoredEvent error = events.stream().filter(e -> e.severity().equals("ERROR")).findFirst().orElseThrow();
        assertEquals(now, error.timestamp());
        assertEquals("log", error.kind());
        assertEquals("otel/checkout", error.elementId());
        assertEquals("otlp checkout app.logger", error.source());
        assertFalse(error.message().contains("s3cr3t"), error.message());
        assertTrue(error.attributesJson().contains("\"http.status_code\":\"502\""), error.attributesJson());
        assertTrue(error.attributesJson().contains("\"traceId\":\"5b8efff798038103d269b633813fc60c\""), error.attributesJson());
        assertTrue(error.attributesJson().contains("\"spanId\":\"eee19b7ec3c1b174\""), error.attributesJson());
        assertEquals("WARN", events.stream().filter(e -> e.message().equals("slow")).findFirst().orElseThrow().severity(),
                "the severity text when there is no number");
    }

    @Test
    void badExportsAreRefusedWithTheirReasonAndChangeNothing() throws Exception {
        HttpResponse<byte[]> broken = post(client, "/v1/metrics", "application/x-protobuf", new byte[] {0x0a, (byte) 0xff, 0x01}, false);
        assertEquals(400, broken.statusCode());
        assertTrue(status(broken.body()).contains("malformed OTLP protobuf"), status(broken.body()));

        HttpResponse<byte[]> badJson = post(client, "/v1/logs", "application/json", "{\"resourceLogs\": [ {".getBytes(), false);
        assertEquals(400, badJson.statusCode());
        assertTrue(new String(badJson.body(), StandardCharsets.UTF_8).contains("malformed OTLP JSON"));


        assertEquals(415, post(client, "/v1/metrics", "text/plain", "cpu 1".getBytes(), false).statusCode());
        assertEquals(404, post(client, "/v1/traces", "application/json", "{}".getBytes(), false).statusCode());
        assertEquals(413, post(client, "/v1/logs", "application/json", new byte[OtlpPayload.MAX_BYTES + 1], false).statusCode());
        assertEquals(405, client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + receiver.port() + "/v1/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).statusCode());

        HttpClient anonymous = client(AgentCredentials.tls(null, null, ca.certificate()));
        HttpResponse<byte[]> noCertificate = post(anonymous, "/v1/metrics", "application/json", "{}".getBytes(), false);
        assertEquals(401, noCertificate.statusCode());
        assertTrue(new String(noCertificate.body(), StandardCharsets.UTF_8).contains("enroll-cert"));

        store.enrollments().revoke("otel-web", Instant.now());
        HttpResponse<byte[]> revoked = post(client, "/v1/metrics", "application/json", "{}".getBytes(), false);
        assertEquals(403, revoked.statusCode());
        assertTrue(new String(revoked.body(), StandardCharsets.UTF_8).contains("revoked"));

        assertEquals(List.of(), store.events().find(EventQuery.all("otel-web", 10)), "nothing refused was stored");
        assertEquals(List.of(), store.telemetry().seriesOf("otel-web"));
    }

    @Test
    void aBadRecordIsLeftOutAloneTheGoodOnesAreStoredAndTheAnswerCountsIt() throws Exception {
        String future = Long.toString((now + 3_600_000L * 5) * 1_000_000);
        String good = Long.toString(now * 1_000_000);
        HttpResponse<byte[]> partly = post(client, "/v1/logs", "application/json", ("{\"resourceLogs\":[{\"scopeLogs\":[{\"logRecords\":["
                + "{\"timeUnixNano\":\"" + future + "\",\"body\":{\"stringValue\":\"from the future\"}},"
                + "{\"timeUnixNano\":\"" + good + "\",\"body\":{\"stringValue\":\"on time\"}}]}]}]}").getBytes(), false);
        assertEquals(200, partly.statusCode(), "a partial success, as the specification has it");
        String answer = new String(partly.body(), StandardCharsets.UTF_8);
        assertTrue(answer.contains("\"rejectedLogRecords\": \"1\"") && answer.contains("ahead of the workbench"), answer);
        assertEquals(List.of("on time"), store.events().find(EventQuery.all("otel-web", 10)).stream().map(StoredEvent::message).toList());
    }

    @Test
    void valuesLongerThanTheStoreKeepsAreCutAndMarkedNeverRetriedForEver() throws Exception {
        String nanos = Long.toString(now * 1_000_000);
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            attributes.append(i == 0 ? "" : ",").append("{\"key\":\"k").append(i).append("\",\"value\":{\"stringValue\":\"")
                    .append("v".repeat(2000)).append("\"}}");
        }
        String json = "{\"resourceLogs\":[{\"scopeLogs\":[{\"logRecords\":[{\"timeUnixNano\":\"" + nanos + "\",\"body\":{\"stringValue\":\""
                + "x".repeat(20_000) + "\"},\"attributes\":[" + attributes + "]}]}]}]}";
        HttpResponse<byte[]> response = post(client, "/v1/logs", "application/json", json.getBytes(StandardCharsets.UTF_8), false);
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        StoredEvent stored = store.events().find(EventQuery.all("otel-web", 10)).get(0);
        assertTrue(stored.message().length() <= io.twinbench.protocol.Event.MAX_MESSAGE && stored.message().endsWith("…"), "cut and marked");
        assertTrue(stored.attributesJson().contains("…"), "attribute values cut and marked");

        ExportMetricsServiceRequest longUnit = ExportMetricsServiceRequest.newBuilder().addResourceMetrics(ResourceMetrics.newBuilder()
                .addScopeMetrics(ScopeMetrics.newBuilder().addMetrics(Metric.newBuilder().setName("queue.depth").setUnit("u".repeat(300))
                        .setGauge(Gauge.newBuilder().addDataPoints(NumberDataPoint.newBuilder().setTimeUnixNano(now * 1_000_000).setAsInt(3)))))).build();
        assertEquals(200, post(client, "/v1/metrics", "application/x-protobuf", longUnit.toByteArray(), false).statusCode());
        assertEquals(1, series("otel/host", "queue.depth").size());
    }

    @Test
    void anExporterKeepsItsConnectionAfterRefusals() throws Exception {
        // Refusals answered before the body is read once made the server drop the connection
        // under the exporter's next request, which then saw no answer at all.
        for (int i = 0; i < 40; i++) {
            assertEquals(404, post(client, "/v1/traces", "application/json", "{\"resourceSpans\":[]}".getBytes(), false).statusCode(), "round " + i);
            assertEquals(415, post(client, "/v1/metrics", "text/plain", "cpu 1".getBytes(), false).statusCode(), "round " + i);
        }
        assertEquals(413, post(client, "/v1/logs", "application/json", new byte[OtlpPayload.MAX_BYTES + 1], false).statusCode());
        assertEquals(200, post(client, "/v1/logs", "application/json", "{}".getBytes(), false).statusCode());
    }

    @Test
    void aForeignCertificateIsRefused() throws Exception {
        CertificateAuthority other = CertificateAuthority.openOrCreate(workspace.resolve("other-ca"), Clock.systemUTC());
        TwinStore otherStore = TwinStore.open(StoreLocation.embeddedIn(workspace.resolve("other")));
        try {
            AgentCredentials foreign = AgentCredentials.enrol(new Enrollment(other, otherStore.enrollments(), Clock.systemUTC()), "otel-web", "x");
            HttpResponse<byte[]> response = post(client(AgentCredentials.tls(foreign.key(), foreign.chain(), ca.certificate())), "/v1/metrics",
                    "application/json", "{}".getBytes(), false);
            assertEquals(403, response.statusCode());
            assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("not issued by this workbench's CA"));
        } finally {
            otherStore.close();
        }
        assertThrows(Exception.class, () -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + receiver.port() + "/v1/metrics")).POST(HttpRequest.BodyPublishers.noBody())
                        .build(), HttpResponse.BodyHandlers.discarding()), "a client that does not trust the workspace's CA never gets through");
    }

    /** The message of a google.rpc.Status in protobuf. */
    private static String status(byte[] body) throws Exception {
        CodedInputStream in = CodedInputStream.newInstance(body);
        String message = "";
        int tag;
        while ((tag = in.readTag()) != 0) {
            if (tag >>> 3 == 2) {
                message = in.readString();
            } else {
                in.skipField(tag);
            }
        }
        return message;
    }

    @Test
    void aPeerThatTricklesBytesIsCutOffAndTheLimitsAreTheReceiversOwn() throws Exception {
        assertEquals("256", System.getProperty("jdk.httpserver.maxConnections"), "at most 256 connections at once");
        assertEquals("65536", System.getProperty("sun.net.httpserver.maxReqHeaderSize"), "headers read before authentication are bounded");
        long deadline = Long.parseLong(System.getProperty("sun.net.httpserver.maxReqTime"));
        try (java.net.Socket slow = new java.net.Socket("127.0.0.1", receiver.port())) {
            slow.setSoTimeout(1000);
            long start = System.nanoTime();
            boolean closed = false;
            while (!closed && System.nanoTime() - start < java.time.Duration.ofSeconds(deadline * 3).toNanos()) {
                try {
                    slow.getOutputStream().write(0x16);
                    slow.getOutputStream().flush();
                    closed = slow.getInputStream().read() < 0;
                } catch (java.net.SocketTimeoutException e) {
                    // nothing yet: trickle on
                } catch (java.io.IOException e) {
                    closed = true;
                }
            }
            assertTrue(closed, "a connection that never completes its request is closed");
            long took = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(took <= deadline * 2, "within about " + deadline + " s (took " + took + " s)");
        }
    }
}
