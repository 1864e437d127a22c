package io.twinbench.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import com.fasterxml.jackson.jr.ob.JSON;

import io.twinbench.protocol.ElementIds;
import io.twinbench.protocol.Sample;

/**
 * The drives' SMART health through smartmontools' JSON output (smartctl 7 or newer), for the
 * workbench's disk-failure prediction: the drive's own verdict (smart.healthy, 1 or 0), for ATA
 * drives the smallest margin of a normalised attribute above its failure threshold
 * (smart.margin: the drive fails its self-assessment at 0) and the raw counts that foretell
 * failure (reallocated, pending and uncorrectable sectors), for NVMe drives the wear used, the
 * spare left and media errors; the temperature of both. Drives in standby are not woken.
 * Without smartctl, or on drives without SMART (virtual disks), there is nothing to read and
 * the agent says so once.
 */
final class SmartReader {

    /** Runs smartctl with these arguments and returns its standard output (its exit code is a bit mask, not an error). */
    interface Smartctl {
        String run(List<String> arguments) throws IOException;
    }

    private static final Logger LOG = Logger.getLogger(SmartReader.class.getName());
    /** ATA attributes whose raw counts foretell a failure (Backblaze's drive statistics, SMART 5, 187, 188, 197, 198). */
    private static final int[] FAILURE_COUNTERS = {5, 187, 188, 197, 198};

    private final Smartctl smartctl;
    private final Clock clock;
    private boolean saidNothing;

    SmartReader(Smartctl smartctl, Clock clock) {
        this.smartctl = smartctl;
        this.clock = clock;
    }

    /** smartctl from PATH (or as named), killed when it takes longer than 30 s. */
    static Smartctl process(String command) {
        return arguments -> {
            List<String> line = new ArrayList<>();
            line.add(command);
            line.addAll(arguments);
            Process p = new ProcessBuilder(line).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                byte[] out = p.getInputStream().readAllBytes();
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IOException(command + " " + String.join(" ", arguments) + " did not finish in 30 s");
                }
                return new String(out, StandardCharsets.UTF_8);
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while " + command + " ran", e);
            }
        };
    }

    List<Sample> collect() {
        long now = clock.millis();
        List<Sample> samples = new ArrayList<>();
        try {
            for (Object device : at(report(List.of("--json=c", "--scan-open")), "devices") instanceof List<?> l ? l : List.of()) {
                String name = at(device, "name") instanceof String n ? n : "";
                if (name.isEmpty()) {
                    continue;
                }
                String type = at(device, "type") instanceof String t ? t : "auto";
                samples.addAll(samples(ElementIds.of("disk", name), report(List.of("--json=c", "-n", "standby", "-H", "-A", "-d", type, name)), now));
            }
        } catch (IOException e) {
            sayOnce("no SMART readings (" + e.getMessage() + "); is smartmontools 7 or newer installed?");
            return List.of();
        }
        if (samples.isEmpty()) {
            sayOnce("no drive here reports SMART health (virtual disks do not)");
        }
        return samples;
    }

    private Map<String, Object> report(List<String> arguments) throws IOException {
        return JSON.std.mapFrom(smartctl.run(arguments));
    }

    private void sayOnce(String message) {
        if (!saidNothing) {
            LOG.info(message);
            saidNothing = true;
        }
    }

    /** What one drive's smartctl -H -A report says, as samples of its disk element. */
    static List<Sample> samples(String element, Map<String, Object> report, long now) {
        List<Sample> samples = new ArrayList<>();
        if (at(report, "smart_status", "passed") instanceof Boolean passed) {
            samples.add(new Sample(element, "smart.healthy", "", now, passed ? 1 : 0));
        }
        if (at(report, "ata_smart_attributes", "table") instanceof List<?> table && !table.isEmpty()) {
            double margin = Double.MAX_VALUE;
            for (Object attribute : table) {
                int threshold = at(attribute, "thresh") instanceof Number t ? t.intValue() : 0;
                if (threshold > 0 && at(attribute, "value") instanceof Number value) {
                    margin = Math.min(margin, value.intValue() - threshold);
                }
                int id = at(attribute, "id") instanceof Number n ? n.intValue() : 0;
                String name = at(attribute, "name") instanceof String n ? n : "attribute";
                for (int counter : FAILURE_COUNTERS) {
                    if (id == counter && at(attribute, "raw", "value") instanceof Number raw) {
                        samples.add(new Sample(element, "smart." + id + "." + name.toLowerCase(java.util.Locale.ROOT), "count", now, raw.doubleValue()));
                    }
                }
            }
            if (margin != Double.MAX_VALUE) {
                samples.add(new Sample(element, "smart.margin", "", now, margin));
            }
        }
        if (at(report, "nvme_smart_health_information_log") instanceof Map<?, ?> nvme) {
            add(samples, element, "smart.percentage_used", "%", now, nvme.get("percentage_used"));
            add(samples, element, "smart.available_spare", "%", now, nvme.get("available_spare"));
            add(samples, element, "smart.available_spare_threshold", "%", now, nvme.get("available_spare_threshold"));
            add(samples, element, "smart.media_errors", "count", now, nvme.get("media_errors"));
        }
        add(samples, element, "smart.temperature", "°C", now, at(report, "temperature", "current"));
        return samples;
    }

    /** The value under these names in nested JSON objects; null where one is missing or not an object. */
    private static Object at(Object node, String... names) {
        for (String name : names) {
            node = node instanceof Map<?, ?> map ? map.get(name) : null;
        }
        return node;
    }

    private static void add(List<Sample> samples, String element, String metric, String unit, long now, Object value) {
        if (value instanceof Number number) {
            samples.add(new Sample(element, metric, unit, now, number.doubleValue()));
        }
    }
}
