package io.twinbench.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
    private static final ObjectMapper JSON = new ObjectMapper();
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
            for (JsonNode device : JSON.readTree(smartctl.run(List.of("--json=c", "--scan-open"))).path("devices")) {
                String name = device.path("name").asText("");
                if (name.isEmpty()) {
                    continue;
                }
                JsonNode health = JSON.readTree(smartctl.run(List.of("--json=c", "-n", "standby", "-H", "-A", "-d",
                        device.path("type").asText("auto"), name)));
                samples.addAll(samples(ElementIds.of("disk", name), health, now));
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

    private void sayOnce(String message) {
        if (!saidNothing) {
            LOG.info(message);
            saidNothing = true;
        }
    }

    /** What one drive's smartctl -H -A report says, as samples of its disk element. */
    static List<Sample> samples(String element, JsonNode report, long now) {
        List<Sample> samples = new ArrayList<>();
        JsonNode status = report.path("smart_status").path("passed");
        if (status.isBoolean()) {
            samples.add(new Sample(element, "smart.healthy", "", now, status.asBoolean() ? 1 : 0));
        }
        JsonNode table = report.path("ata_smart_attributes").path("table");
        if (table.isArray() && !table.isEmpty()) {
            double margin = Double.MAX_VALUE;
            for (JsonNode attribute : table) {
                int threshold = attribute.path("thresh").asInt(0);
                if (threshold > 0 && attribute.has("value")) {
                    margin = Math.min(margin, attribute.path("value").asInt() - threshold);
                }
                int id = attribute.path("id").asInt();
                for (int counter : FAILURE_COUNTERS) {
                    if (id == counter) {
                        samples.add(new Sample(element, "smart." + id + "." + attribute.path("name").asText("attribute").toLowerCase(java.util.Locale.ROOT),
                                "count", now, attribute.path("raw").path("value").asDouble()));
                    }
                }
            }
            if (margin != Double.MAX_VALUE) {
                samples.add(new Sample(element, "smart.margin", "", now, margin));
            }
        }
        JsonNode nvme = report.path("nvme_smart_health_information_log");
        if (nvme.isObject()) {
            add(samples, element, "smart.percentage_used", "%", now, nvme.path("percentage_used"));
            add(samples, element, "smart.available_spare", "%", now, nvme.path("available_spare"));
            add(samples, element, "smart.available_spare_threshold", "%", now, nvme.path("available_spare_threshold"));
            add(samples, element, "smart.media_errors", "count", now, nvme.path("media_errors"));
        }
        add(samples, element, "smart.temperature", "°C", now, report.path("temperature").path("current"));
        return samples;
    }

    private static void add(List<Sample> samples, String element, String metric, String unit, long now, JsonNode value) {
        if (value.isNumber()) {
            samples.add(new Sample(element, metric, unit, now, value.asDouble()));
        }
    }
}
