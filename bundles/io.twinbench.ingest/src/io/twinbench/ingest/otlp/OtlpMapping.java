package io.twinbench.ingest.otlp;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.twinbench.protocol.ElementIds;
import io.twinbench.protocol.Event;
import io.twinbench.protocol.Fields;
import io.twinbench.protocol.Sample;
import io.twinbench.protocol.Severity;

/**
 * OTLP metrics and logs in the twin's terms. A resource's service.name names the element
 * ("otel/SERVICE", or "otel/host" without one). A metric's data point attributes become part of
 * the series name, as in Prometheus ("system.cpu.time{cpu=cpu0,state=user}"), so each
 * attribute set is one series. Gauges and sums give their values; histograms and summaries
 * their count and sum. Points without a value (the no-recorded-value flag, NaN) are skipped.
 * Log records become events of kind "log" with their severity, body and attributes.
 */
final class OtlpMapping {

    /** Longest attribute value kept in an event; the rest of a value is cut. */
    static final int MAX_ATTRIBUTE = 1000;
    private static final int NO_RECORDED_VALUE = 1;

    private OtlpMapping() {
    }

    static List<Sample> samples(ExportMetricsServiceRequest request, long now) {
        return samples(request, now, new SumRates());
    }

    /** The export's points; monotonic sums as rates per second (rates holds what cumulative ones need from earlier exports). */
    static List<Sample> samples(ExportMetricsServiceRequest request, long now, SumRates rates) {
        List<Sample> samples = new ArrayList<>();
        for (ResourceMetrics resource : request.getResourceMetricsList()) {
            String element = element(resource.getResource().getAttributesList());
            for (ScopeMetrics scope : resource.getScopeMetricsList()) {
                for (Metric metric : scope.getMetricsList()) {
                    String name = metric.getName().isBlank() ? "unnamed" : metric.getName();
                    String unit = Fields.cut(metric.getUnit(), 40);
                    switch (metric.getDataCase()) {
                        case GAUGE -> metric.getGauge().getDataPointsList().forEach(p -> number(samples, element, name, unit, p, now));
                        case SUM -> metric.getSum().getDataPointsList().forEach(p -> sum(samples, element, name, unit, p, now,
                                metric.getSum().getIsMonotonic(), metric.getSum().getAggregationTemporality(), rates));
                        case HISTOGRAM -> metric.getHistogram().getDataPointsList().forEach(p -> countAndSum(samples, element, name, unit,
                                p.getAttributesList(), p.getTimeUnixNano(), p.getFlags(), now, p.getCount(), p.hasSum() ? p.getSum() : Double.NaN));
                        case EXPONENTIAL_HISTOGRAM -> metric.getExponentialHistogram().getDataPointsList().forEach(p -> countAndSum(samples,
                                element, name, unit, p.getAttributesList(), p.getTimeUnixNano(), p.getFlags(), now, p.getCount(),
                                p.hasSum() ? p.getSum() : Double.NaN));
                        case SUMMARY -> metric.getSummary().getDataPointsList().forEach(p -> countAndSum(samples, element, name, unit,
                                p.getAttributesList(), p.getTimeUnixNano(), p.getFlags(), now, p.getCount(), p.getSum()));
                        default -> {
                            // a metric without data
                        }
                    }
                }
            }
        }
        return samples;
    }

    /** A distribution's point as NAME.count and NAME.sum (no sum: NaN, skipped like any non-finite value). */
    private static void countAndSum(List<Sample> samples, String element, String name, String unit, List<KeyValue> attributes,
            long timeUnixNano, int flags, long now, long count, double sum) {
        if ((flags & NO_RECORDED_VALUE) == 0) {
            add(samples, element, name + ".count", attributes, "count", timeUnixNano, now, count);
            add(samples, element, name + ".sum", attributes, unit, timeUnixNano, now, sum);
        }
    }

    private static void number(List<Sample> samples, String element, String name, String unit, NumberDataPoint p, long now) {
        if ((p.getFlags() & NO_RECORDED_VALUE) != 0) {
            return;
        }
        add(samples, element, name, p.getAttributesList(), unit, p.getTimeUnixNano(), now, value(p));
    }

    private static double value(NumberDataPoint p) {
        return switch (p.getValueCase()) {
            case AS_DOUBLE -> p.getAsDouble();
            case AS_INT -> p.getAsInt();
            default -> Double.NaN;
        };
    }

    /**
     * A sum's point: a counter (monotonic) as its rate per second, in unit/s, whatever its
     * temporality; an up-down sum (memory in use, queue length) as the level it is.
     */
    private static void sum(List<Sample> samples, String element, String name, String unit, NumberDataPoint p, long now, boolean monotonic,
            io.opentelemetry.proto.metrics.v1.AggregationTemporality temporality, SumRates rates) {
        if ((p.getFlags() & NO_RECORDED_VALUE) != 0) {
            return;
        }
        if (!monotonic) {
            add(samples, element, name, p.getAttributesList(), unit, p.getTimeUnixNano(), now, value(p));
            return;
        }
        String series = element + "\u0000" + seriesName(name, p.getAttributesList());
        double rate = temporality == io.opentelemetry.proto.metrics.v1.AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA
                ? SumRates.delta(p.getStartTimeUnixNano(), p.getTimeUnixNano(), value(p))
                : rates.cumulative(series, p.getStartTimeUnixNano(), p.getTimeUnixNano(), value(p));
        add(samples, element, name, p.getAttributesList(), Fields.cut((unit.isBlank() ? "1" : unit) + "/s", 40), p.getTimeUnixNano(), now, rate);
    }

    private static void add(List<Sample> samples, String element, String name, List<KeyValue> attributes, String unit, long timeUnixNano,
            long now, double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        samples.add(new Sample(element, seriesName(name, attributes), unit, timeUnixNano == 0 ? now : timeUnixNano / 1_000_000, value));
    }

    /** name{k=v,...} with the attributes in key order; too long a name keeps a hash of the attributes instead. */
    static String seriesName(String name, List<KeyValue> attributes) {
        if (attributes.isEmpty()) {
            return Fields.cut(name, 200);
        }
        String labels = new TreeMap<>(flatten(attributes)).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
        String full = name + labels;
        if (full.length() <= 200) {
            return full;
        }
        return Fields.cut(name, 180) + "{#" + Integer.toHexString(labels.hashCode()) + "}";
    }

    static List<Event> events(ExportLogsServiceRequest request, long now) {
        List<Event> events = new ArrayList<>();
        for (ResourceLogs resource : request.getResourceLogsList()) {
            List<KeyValue> resourceAttributes = resource.getResource().getAttributesList();
            String service = service(resourceAttributes);
            for (ScopeLogs scope : resource.getScopeLogsList()) {
                String source = Fields.cut("otlp " + service + (scope.getScope().getName().isBlank() ? "" : " " + scope.getScope().getName()), 400);
                for (LogRecord record : scope.getLogRecordsList()) {
                    long nanos = record.getTimeUnixNano() != 0 ? record.getTimeUnixNano() : record.getObservedTimeUnixNano();
                    Severity severity = record.getSeverityNumberValue() > 0 ? Severity.ofOtelNumber(record.getSeverityNumberValue())
                            : record.getSeverityText().isBlank() ? Severity.INFO : Severity.ofWord(record.getSeverityText());
                    Map<String, String> attributes = new LinkedHashMap<>();
                    flatten(record.getAttributesList()).forEach((k, v) -> {
                        if (attributes.size() < 60) {
                            attributes.put(Fields.cut(k, 200), Fields.cut(v, MAX_ATTRIBUTE));
                        }
                    });
                    if (!record.getTraceId().isEmpty()) {
                        attributes.put("traceId", HexFormat.of().formatHex(record.getTraceId().toByteArray()));
                    }
                    if (!record.getSpanId().isEmpty()) {
                        attributes.put("spanId", HexFormat.of().formatHex(record.getSpanId().toByteArray()));
                    }
                    String kind = record.getEventName().isBlank() ? Event.Kinds.LOG : Fields.cut(record.getEventName(), 60);
                    events.add(new Event(nanos == 0 ? now : nanos / 1_000_000, kind, severity, source, ElementIds.of("otel", service),
                            Fields.cut(text(record.getBody()), Event.MAX_MESSAGE), attributes));
                }
            }
        }
        return events;
    }

    /** The resource's service.name, the twin element its data concerns. */
    static String element(List<KeyValue> resourceAttributes) {
        return ElementIds.of("otel", service(resourceAttributes));
    }

    private static String service(List<KeyValue> resourceAttributes) {
        for (KeyValue kv : resourceAttributes) {
            if (kv.getKey().equals("service.name") && !text(kv.getValue()).isBlank()) {
                return Fields.cut(text(kv.getValue()), 200);
            }
        }
        return "host";
    }

    /** The resource's host.name, if it says. */
    static String hostName(List<KeyValue> resourceAttributes) {
        for (KeyValue kv : resourceAttributes) {
            if (kv.getKey().equals("host.name")) {
                return text(kv.getValue());
            }
        }
        return "";
    }

    private static Map<String, String> flatten(List<KeyValue> attributes) {
        Map<String, String> map = new LinkedHashMap<>();
        for (KeyValue kv : attributes) {
            map.put(kv.getKey(), text(kv.getValue()));
        }
        return map;
    }

    static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case INT_VALUE -> Long.toString(value.getIntValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            case BYTES_VALUE -> HexFormat.of().formatHex(value.getBytesValue().toByteArray());
            case ARRAY_VALUE -> value.getArrayValue().getValuesList().stream().map(OtlpMapping::text).collect(Collectors.joining(",", "[", "]"));
            case KVLIST_VALUE -> value.getKvlistValue().getValuesList().stream().map(kv -> kv.getKey() + "=" + text(kv.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
            default -> "";
        };
    }

}
