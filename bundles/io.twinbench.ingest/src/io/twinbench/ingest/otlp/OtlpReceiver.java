package io.twinbench.ingest.otlp;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.twinbench.ingest.collector.CollectorTls;
import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.ingest.collector.CollectorListener;
import io.twinbench.ingest.intake.EventIntake;
import io.twinbench.ingest.intake.TelemetryIntake;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.store.StoreException;
import io.twinbench.store.TwinStore;

/**
 * OTLP/HTTP for endpoints that already run an OpenTelemetry Collector: POST /v1/metrics and
 * /v1/logs, protobuf or JSON, gzip or not, over the workbench's mutual TLS. The exporter
 * presents a certificate enrolled like an agent's (./twinbench enroll-cert), and its data goes
 * to that endpoint's twin. Answers follow the OTLP specification so exporters retry what is
 * worth retrying (503 when the store is down) and drop what never will be (400, 401, 403, 413, 415).
 */
public final class OtlpReceiver implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OtlpReceiver.class.getName());
    public static final int DEFAULT_PORT = 4318;
    /** gRPC status codes the Status body carries. */
    private static final int INVALID_ARGUMENT = 3;
    private static final int UNAVAILABLE = 14;
    private static final int UNAUTHENTICATED = 16;
    private static final int PERMISSION_DENIED = 7;
    private static final int INTERNAL = 13;

    /** Exports read and stored at once; more wait their turn as the specification's retries (503 with Retry-After). */
    static final int MAX_CONCURRENT_EXPORTS = 16;

    static {
        // The JDK's server reads its limits once, from system properties; the ones set here unless
        // the launch set them: connections at once, time to send a request (headers and body, TLS
        // handshake included) and to take its answer, and the size of the headers read before the
        // exporter's certificate is even looked at.
        defaultProperty("jdk.httpserver.maxConnections", "256");
        defaultProperty("sun.net.httpserver.maxReqTime", "20");
        defaultProperty("sun.net.httpserver.maxRspTime", "20");
        defaultProperty("sun.net.httpserver.idleInterval", "30");
        defaultProperty("sun.net.httpserver.maxIdleConnections", "64");
        defaultProperty("sun.net.httpserver.maxReqHeaders", "100");
        defaultProperty("sun.net.httpserver.maxReqHeaderSize", "65536");
    }

    private static void defaultProperty(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private final CollectorTls tls;
    private final Enrollment enrollment;
    private final OtlpIntake intake;
    private final java.util.concurrent.Semaphore exports = new java.util.concurrent.Semaphore(MAX_CONCURRENT_EXPORTS);
    private HttpsServer server;
    private ExecutorService executor;

    /** A receiver into the store with the workbench's normalisation and secret patterns. */
    public static OtlpReceiver into(TwinStore store, CollectorTls tls, Enrollment enrollment, CollectorListener listener, Clock clock,
            SecretRedactor redactor) {
        return new OtlpReceiver(tls, enrollment,
                new OtlpIntake(store, new TelemetryIntake(clock), new EventIntake(clock, redactor), listener, clock));
    }

    public OtlpReceiver(CollectorTls tls, Enrollment enrollment, OtlpIntake intake) {
        this.tls = tls;
        this.enrollment = enrollment;
        this.intake = intake;
    }

    public synchronized void start(InetSocketAddress bind) throws IOException {
        if (server != null) {
            throw new IllegalStateException("the OTLP receiver is already listening on " + server.getAddress());
        }
        HttpsServer created = HttpsServer.create(bind, 256);
        created.setHttpsConfigurator(new HttpsConfigurator(tls.context()) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters p = getSSLContext().getDefaultSSLParameters();
                p.setProtocols(new String[] {CollectorTls.PROTOCOL});
                // wanted, not needed: an exporter without a certificate gets a 401 that says why, not a bare TLS alert
                p.setWantClientAuth(true);
                params.setSSLParameters(p);
            }
        });
        created.createContext("/", this::handle);
        executor = Executors.newVirtualThreadPerTaskExecutor();
        created.setExecutor(executor);
        created.start();
        server = created;
        LOG.log(Level.INFO, "OTLP/HTTP receiver listening on " + created.getAddress() + " (mutual TLS; /v1/metrics, /v1/logs)");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        OtlpPayload payload = OtlpPayload.PROTOBUF;
        String who = String.valueOf(exchange.getRemoteAddress());
        try (exchange) {
            try {
                String path = exchange.getRequestURI().getPath();
                boolean metrics = path.equals("/v1/metrics");
                if (!metrics && !path.equals("/v1/logs")) {
                    throw new OtlpException(404, "no OTLP signal at " + path + ": use /v1/metrics or /v1/logs");
                }
                if (!"POST".equals(exchange.getRequestMethod())) {
                    exchange.getResponseHeaders().add("Allow", "POST");
                    throw new OtlpException(405, exchange.getRequestMethod() + " " + path + ": OTLP exports are POSTed");
                }
                payload = OtlpPayload.of(exchange.getRequestHeaders().getFirst("Content-Type"));
                String endpoint = endpointOf(exchange);
                who = endpoint + " at " + who;
                if (!exports.tryAcquire()) {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                    throw new OtlpException(503, MAX_CONCURRENT_EXPORTS + " exports are being stored: retry shortly");
                }
                try {
                    answer(exchange, payload, endpoint, metrics);
                } finally {
                    exports.release();
                }
            } catch (OtlpException e) {
                LOG.log(Level.WARNING, "OTLP export from " + who + " refused (" + e.status() + "): " + e.getMessage());
                int code = switch (e.status()) {
                    case 401 -> UNAUTHENTICATED;
                    case 403 -> PERMISSION_DENIED;
                    case 503 -> UNAVAILABLE;
                    default -> INVALID_ARGUMENT;
                };
                send(exchange, e.status(), payload, payload.status(code, e.getMessage()));
            } catch (StoreException e) {
                LOG.log(Level.WARNING, "OTLP export from " + who + " not stored, the exporter will retry: " + e.getMessage());
                exchange.getResponseHeaders().add("Retry-After", "5");
                send(exchange, 503, payload, payload.status(UNAVAILABLE, "the workbench's store is unavailable: " + e.getMessage()));
            } catch (RuntimeException e) {
                // a fault of the workbench's, not of the export: said so, and not retried (it would fail the same way)
                LOG.log(Level.ERROR, "OTLP export from " + who + " failed inside the workbench", e);
                send(exchange, 500, payload, payload.status(INTERNAL, "the workbench could not take this export: " + e));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "OTLP request from " + who + " failed: " + e);
        }
    }

    private void answer(HttpExchange exchange, OtlpPayload payload, String endpoint, boolean metrics) throws OtlpException, IOException {
        byte[] body = OtlpPayload.read(exchange.getRequestBody(), exchange.getRequestHeaders().getFirst("Content-Encoding"));
        byte[] response;
        // the good points of an export are kept; the others are counted in the specification's partial success
        if (metrics) {
            ExportMetricsServiceRequest.Builder request = ExportMetricsServiceRequest.newBuilder();
            payload.parse(body, request);
            OtlpIntake.Rejected rejected = intake.metrics(endpoint, request.build());
            ExportMetricsServiceResponse.Builder answer = ExportMetricsServiceResponse.newBuilder();
            if (rejected.count() > 0) {
                answer.setPartialSuccess(io.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.newBuilder()
                        .setRejectedDataPoints(rejected.count()).setErrorMessage(rejected.firstReason()));
            }
            response = payload.encode(answer.build());
        } else {
            ExportLogsServiceRequest.Builder request = ExportLogsServiceRequest.newBuilder();
            payload.parse(body, request);
            OtlpIntake.Rejected rejected = intake.logs(endpoint, request.build());
            ExportLogsServiceResponse.Builder answer = ExportLogsServiceResponse.newBuilder();
            if (rejected.count() > 0) {
                answer.setPartialSuccess(io.opentelemetry.proto.collector.logs.v1.ExportLogsPartialSuccess.newBuilder()
                        .setRejectedLogRecords(rejected.count()).setErrorMessage(rejected.firstReason()));
            }
            response = payload.encode(answer.build());
        }
        send(exchange, 200, payload, response);
    }

    /** The enrolled endpoint whose certificate the exporter presented. */
    private String endpointOf(HttpExchange exchange) throws OtlpException {
        Certificate[] chain;
        try {
            chain = ((HttpsExchange) exchange).getSSLSession().getPeerCertificates();
        } catch (SSLPeerUnverifiedException e) {
            throw new OtlpException(401, "no client certificate: give the exporter a certificate from ./twinbench enroll-cert");
        }
        X509Certificate certificate = (X509Certificate) chain[0];
        Optional<String> distrust = enrollment.distrust(certificate);
        if (distrust.isPresent()) {
            throw new OtlpException(403, distrust.get());
        }
        return Enrollment.commonName(certificate.getSubjectX500Principal());
    }

    private static void send(HttpExchange exchange, int status, OtlpPayload payload, byte[] body) throws IOException {
        if (!OtlpPayload.drain(exchange.getRequestBody())) {
            // the server would close it anyway; saying so keeps the exporter from sending on it
            exchange.getResponseHeaders().set("Connection", "close");
        }
        exchange.getResponseHeaders().set("Content-Type", payload.contentType());
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }
}
