package io.twinbench.ingest.otlp;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;

/**
 * OTLP exports as an exporter sends them, protobuf and JSON, gzipped or not: a malformed body
 * is an OtlpException (an HTTP 4xx), and what parses maps to samples and events without failing.
 */
class OtlpFuzzTest {

    @FuzzTest
    void protobufAndJsonExports(byte[] data) throws java.io.IOException {
        byte[] body;
        try {
            body = OtlpPayload.read(new java.io.ByteArrayInputStream(data), data.length > 0 && (data[0] & 1) == 1 ? "gzip" : null);
        } catch (OtlpException e) {
            return;
        }
        for (OtlpPayload payload : OtlpPayload.values()) {
            try {
                ExportMetricsServiceRequest.Builder metrics = ExportMetricsServiceRequest.newBuilder();
                payload.parse(body, metrics);
                OtlpMapping.samples(metrics.build(), 1_800_000_000_000L, new SumRates());
            } catch (OtlpException e) {
                // a 400 with its reason
            }
            try {
                ExportLogsServiceRequest.Builder logs = ExportLogsServiceRequest.newBuilder();
                payload.parse(body, logs);
                OtlpMapping.events(logs.build(), 1_800_000_000_000L);
            } catch (OtlpException e) {
                // a 400 with its reason
            }
        }
    }
}
