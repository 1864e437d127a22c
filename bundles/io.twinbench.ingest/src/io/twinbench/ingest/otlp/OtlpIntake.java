package io.twinbench.ingest.otlp;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.twinbench.ingest.collector.CollectorListener;
import io.twinbench.ingest.intake.EndpointQuotas;
import io.twinbench.ingest.intake.EventIntake;
import io.twinbench.ingest.intake.QuotaReports;
import io.twinbench.ingest.intake.IntakeException;
import io.twinbench.ingest.intake.TelemetryIntake;
import io.twinbench.ingest.twin.InventoryTwinBuilder;
import io.twinbench.inventory.ItemBuilder;
import io.twinbench.inventory.Sections;
import io.twinbench.model.twin.Twin;
import io.twinbench.protocol.Event;
import io.twinbench.protocol.Sample;
import io.twinbench.protocol.TelemetryBatch;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.store.TwinStore;
import io.twinbench.store.TwinSummary;

/**
 * Takes decoded OTLP exports into an endpoint's twin through the same normalisation and
 * redaction as the agent channel. An endpoint that only speaks OTLP gets a twin of its own on
 * first contact (its Endpoint element), so it appears in the fleet with its charts and events.
 */
public final class OtlpIntake {

    private final TwinStore store;
    private final TelemetryIntake telemetry;
    private final EventIntake events;
    private final CollectorListener listener;
    private final Clock clock;
    private final Set<String> knownTwins = ConcurrentHashMap.newKeySet();
    private final EndpointQuotas quotas;
    private final SumRates rates = new SumRates();
    private volatile long reported;

    public OtlpIntake(TwinStore store, TelemetryIntake telemetry, EventIntake events, CollectorListener listener, Clock clock) {
        this.quotas = new EndpointQuotas(EndpointQuotas.Limits.DEFAULT, id -> Set.copyOf(store.telemetry().seriesOf(id)), clock::millis);
        this.reported = clock.millis();
        this.store = store;
        this.telemetry = telemetry;
        this.events = events;
        this.listener = listener;
        this.clock = clock;
    }

    /** What an export left out, for its partial-success answer: how many, and the first reason. */
    record Rejected(long count, String firstReason) {
        static final Rejected NONE = new Rejected(0, "");

        static final class Counter implements java.util.function.Consumer<String> {
            private long count;
            private String first = "";

            @Override
            public void accept(String reason) {
                if (count++ == 0) {
                    first = reason;
                }
            }

            Rejected result(String what) {
                return count == 0 ? NONE : new Rejected(count, count + " " + what + " rejected, the first " + first);
            }
        }
    }

    /** Stores the export's good data points; those it cannot take are left out, counted and said in the answer. */
    Rejected metrics(String endpoint, ExportMetricsServiceRequest request) throws OtlpException {
        List<Sample> samples = OtlpMapping.samples(request, clock.millis(), rates);
        if (samples.size() > TelemetryBatch.MAX_SAMPLES) {
            throw new OtlpException(413, samples.size() + " data points in one export, more than " + TelemetryBatch.MAX_SAMPLES);
        }
        Rejected.Counter rejected = new Rejected.Counter();
        List<io.twinbench.store.SeriesAppend> appends;
        try {
            appends = telemetry.appendsFor(endpoint, samples, reason -> rejected.accept(reason.replace("samples[", "data point [")));
        } catch (IntakeException e) {
            throw new OtlpException(400, e.getMessage().replace("samples[", "data point ["), e);
        }
        appends = quotas.admitSeries(endpoint, appends);
        store.telemetry().appendAll(appends);
        listener.samplesStored(endpoint, appends);
        reportRefusals();
        ensureTwin(endpoint, request.getResourceMetricsList().stream().map(r -> OtlpMapping.hostName(r.getResource().getAttributesList()))
                .filter(h -> !h.isBlank()).findFirst().orElse(endpoint));
        return rejected.result("data points");
    }

    /** Stores the export's good log records; those it cannot take are left out, counted and said in the answer. */
    Rejected logs(String endpoint, ExportLogsServiceRequest request) throws OtlpException {
        List<Event> records = OtlpMapping.events(request, clock.millis());
        Rejected.Counter rejected = new Rejected.Counter();
        try {
            store.events().append(quotas.admitEvents(endpoint, events.storedFor(endpoint, records,
                    reason -> rejected.accept(reason.replace("events[", "log record [")))));
        } catch (IntakeException e) {
            throw new OtlpException(400, e.getMessage().replace("events[", "log record ["), e);
        }
        ensureTwin(endpoint, request.getResourceLogsList().stream().map(ResourceLogs::getResource)
                .map(r -> OtlpMapping.hostName(r.getAttributesList())).filter(h -> !h.isBlank()).findFirst().orElse(endpoint));
        if (!records.isEmpty()) {
            listener.eventsStored(endpoint, records.size());
        }
        reportRefusals();
        return rejected.result("log records");
    }

    /** At most every ten seconds, what the quotas refused goes to the endpoints' rows and twins. */
    private void reportRefusals() {
        long now = clock.millis();
        if (now - reported >= 10_000) {
            reported = now;
            QuotaReports.report(quotas, store, listener, clock);
        }
    }

    private void ensureTwin(String endpoint, String hostname) {
        if (knownTwins.contains(endpoint)) {
            return;
        }
        if (store.snapshots().list().stream().map(TwinSummary::id).noneMatch(endpoint::equals)) {
            Section hardware = new Section(Sections.HARDWARE, List.of(ItemBuilder.of("Endpoint", "endpoint", hostname)
                    .set("hostname", hostname).build()));
            Twin twin = new InventoryTwinBuilder().build(endpoint, endpoint.equalsIgnoreCase(hostname) ? hostname : endpoint + " (" + hostname + ")",
                    "otlp " + endpoint, List.of(hardware), Date.from(clock.instant())).twin();
            store.snapshots().save(twin);
            listener.twinUpdated(endpoint, twin);
        }
        knownTwins.add(endpoint);
    }
}
