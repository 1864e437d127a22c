package io.twinbench.rollout.analysis;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import com.fasterxml.jackson.jr.ob.JSON;

import io.twinbench.protocol.Event;
import io.twinbench.remedy.apply.PlanProgress;
import io.twinbench.store.EventQuery;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.Sample;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.TwinStore;
import io.twinbench.rollout.spec.Measure;

/**
 * Measures from what the twins hold: their telemetry (CPU, memory), events (error log lines,
 * failed logins), the detector's anomalies, their inventory (a service's restart counter) and
 * the plan's check reports. A twin's id is its agent's.
 */
public final class StoreMetrics implements MetricSource {

    private final TwinStore store;
    private final String planId;
    private final long version;

    /** planId and version: the plan whose checks {@code checks} counts. */
    public StoreMetrics(TwinStore store, String planId, long version) {
        this.store = store;
        this.planId = planId;
        this.version = version;
    }

    @Override
    public OptionalDouble measure(Measure measure, String endpoint, Instant from, Instant to) {
        long a = from.toEpochMilli();
        long b = to.toEpochMilli();
        return switch (measure.kind()) {
            case CPU -> mean(store.telemetry().range(new SeriesKey(endpoint, "cpu", "cpu.load"), a, b));
            case MEMORY -> memoryShare(endpoint, a, b);
            case ERROR_LOG_LINES -> perMinute(count(endpoint, Event.Kinds.LOG, Set.of("ERROR"), a, b), from, to);
            case FAILED_LOGINS -> OptionalDouble.of(count(endpoint, Event.Kinds.AUTH_FAILURE, Set.of(), a, b));
            case ANOMALIES -> OptionalDouble.of(store.anomalies().find(endpoint, a, b, 100_000).size());
            case RESTARTS -> restarts(endpoint, measure.unit());
            case CHECKS -> checks(endpoint);
        };
    }

    private OptionalDouble memoryShare(String endpoint, long a, long b) {
        OptionalDouble used = mean(store.telemetry().range(new SeriesKey(endpoint, "memory", "memory.used"), a, b));
        OptionalDouble available = mean(store.telemetry().range(new SeriesKey(endpoint, "memory", "memory.available"), a, b));
        if (used.isEmpty() || available.isEmpty() || used.getAsDouble() + available.getAsDouble() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100 * used.getAsDouble() / (used.getAsDouble() + available.getAsDouble()));
    }

    private long count(String endpoint, String kind, Set<String> severities, long a, long b) {
        return store.events().histogram(new EventQuery(endpoint, a, b, Set.of(kind), severities, "", 1), 1)[0];
    }

    private static OptionalDouble perMinute(long count, Instant from, Instant to) {
        double minutes = Math.max(1, Duration.between(from, to).toMillis()) / 60_000.0;
        return OptionalDouble.of(count / minutes);
    }

    /** The unit's restart counter now (systemd's NRestarts, from the latest inventory); the analysis takes its increase. */
    private OptionalDouble restarts(String endpoint, String unit) {
        Map<String, String> services = store.inventories().items(endpoint).getOrDefault("services", Map.of());
        for (String json : services.values()) {
            Map<String, Object> attributes;
            try {
                attributes = JSON.std.mapFrom(json);
            } catch (IOException e) {
                continue; // the store wrote it; an item it cannot read says nothing about restarts
            }
            Object name = attributes.get("unit");
            if (unit.equals(name) || (unit + ".service").equals(name)) {
                Object restarts = attributes.get("restarts");
                return restarts != null && String.valueOf(restarts).matches("\\d{1,18}") ? OptionalDouble.of(Long.parseLong(String.valueOf(restarts)))
                        : OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }

    private OptionalDouble checks(String endpoint) {
        List<PlanDeliveries.Report> reports = store.plans().reports(endpoint, planId, version);
        boolean any = false;
        for (PlanDeliveries.Report report : reports) {
            if (report.kind().equals("CHECK")) {
                any = true;
                if (!report.state().equals(PlanProgress.PASSED)) {
                    return OptionalDouble.of(0);
                }
            }
        }
        return any ? OptionalDouble.of(1) : OptionalDouble.empty();
    }

    private static OptionalDouble mean(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::value).filter(Double::isFinite).average();
    }
}
