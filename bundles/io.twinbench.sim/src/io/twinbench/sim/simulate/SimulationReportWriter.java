package io.twinbench.sim.simulate;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/** A simulation report as JSON (for tools) and as a self-contained HTML page (for people). */
public final class SimulationReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance));

    private SimulationReportWriter() {
    }

    public static void json(SimulationReport report, Writer out) throws IOException {
        JSON.writeValue(out, report);
    }

    public static void html(SimulationReport report, Writer out) throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Simulation: ").append(esc(report.scenario())).append("</title>")
                .append("<style>body{font:14px system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}")
                .append(".bad{color:#a00;font-weight:600}.ok{color:#070}ul{margin:0;padding-left:1.2em}</style></head><body>");
        h.append("<h1>Simulation: ").append(esc(report.scenario())).append("</h1>");
        h.append("<p>Twin <b>").append(esc(report.twinId())).append("</b> from image <code>").append(esc(report.image())).append("</code>, started ")
                .append(report.started()).append(".<br>Limits: ").append(esc(report.limits())).append(".<br>Confined: ")
                .append(esc(report.confinement())).append(".</p>");
        if (report.bottleneck() != null) {
            SimulationReport.Bottleneck b = report.bottleneck();
            h.append("<p class=\"bad\">Bottleneck: ").append(esc(b.resource())).append(" saturated first, ").append(String.format("%.1f", b.atSeconds()))
                    .append(" s in, during phase “").append(esc(b.phase())).append("” (").append(esc(b.load())).append(").</p>");
        } else {
            h.append("<p class=\"ok\">No resource saturated.</p>");
        }
        h.append("<table><tr><th>Phase</th><th>Seconds</th><th>CPU mean %</th><th>CPU max %</th><th>Memory peak MiB</th><th>Memory limit MiB</th>")
                .append("<th>Processes peak</th><th>OOM kills</th><th>Process-limit hits</th><th>Scratch full %</th><th>Saturated</th><th>Threat findings</th></tr>");
        for (PhaseResult p : report.phases()) {
            h.append("<tr><td>").append(esc(p.phase())).append("</td><td>").append(String.format("%.1f", p.seconds())).append("</td><td>")
                    .append(String.format("%.0f", p.cpuMeanPercent())).append("</td><td>").append(String.format("%.0f", p.cpuMaxPercent())).append("</td><td>")
                    .append(p.memoryPeakBytes() >> 20).append("</td><td>").append(p.memoryLimitBytes() >> 20).append("</td><td>").append(p.pidsPeak())
                    .append("</td><td>").append(p.oomKills()).append("</td><td>").append(p.pidsLimitHits()).append("</td><td>").append(p.scratchFullPercent() < 0 ? "?" : Integer.toString(p.scratchFullPercent()))
                    .append("</td><td>").append(list(p.saturated().stream().map(Saturation::toString).toList())).append("</td><td>").append(list(p.threatFindings())).append("</td></tr>");
        }
        h.append("</table>");
        if (report.endpoint() != null) {
            h.append("<h2>Beside the live endpoint</h2><p>The endpoint's own telemetry over ").append(esc(report.endpoint().describe()))
                    .append(".</p><table><tr><th>Phase</th><th>Compared with the endpoint</th></tr>");
            for (PhaseResult p : report.phases()) {
                h.append("<tr><td>").append(esc(p.phase())).append("</td><td style=\"text-align:left\">").append(esc(report.endpoint().compare(p)))
                        .append("</td></tr>");
            }
            h.append("</table>");
        } else {
            h.append("<p>The store has no CPU or memory telemetry of this endpoint to set the phases beside.</p>");
        }
        if (report.phases().stream().anyMatch(p -> p.requests() != null)) {
            h.append("<h2>Requests played against the twin's services</h2><p>From inside the twin, on its loopback: the clients share the twin's CPU.</p>")
                    .append("<table><tr><th>Phase</th><th>Service</th><th>Asked /s</th><th>Clients</th><th>Sent</th><th>Answered</th><th>Answered /s</th>")
                    .append("<th>Refused</th><th>Timed out</th><th>5xx</th><th>Unanswered at the end</th><th>Statuses</th><th>p50 ms</th><th>p95 ms</th><th>p99 ms</th><th>max ms</th><th>Kept up</th></tr>");
            for (PhaseResult p : report.phases()) {
                RequestFigures r = p.requests();
                if (r == null) {
                    continue;
                }
                h.append("<tr><td>").append(esc(p.phase())).append("</td><td>").append(esc(r.target())).append("</td><td>").append(r.rate())
                        .append("</td><td>").append(r.clients()).append("</td><td>").append(r.sent()).append("</td><td>").append(r.answered())
                        .append("</td><td>").append(String.format("%.0f", r.answeredPerSecond(p.seconds()))).append("</td><td>").append(r.refused())
                        .append("</td><td>").append(r.timedOut()).append("</td><td>").append(r.serverErrors()).append("</td><td>").append(r.unfinished()).append("</td><td>")
                        .append(esc(r.statuses().toString())).append("</td><td>").append(String.format("%.1f", r.p50Millis())).append("</td><td>")
                        .append(String.format("%.1f", r.p95Millis())).append("</td><td>").append(String.format("%.1f", r.p99Millis())).append("</td><td>")
                        .append(String.format("%.1f", r.maxMillis())).append("</td>")
                        .append(r.fellBehindAtSeconds() < 0 ? "<td class=\"ok\">yes" : "<td class=\"bad\">fell behind " + String.format("%.0f", r.fellBehindAtSeconds()) + " s in")
                        .append("</td></tr>");
            }
            h.append("</table>");
        }
        if (!report.recommendations().isEmpty()) {
            h.append("<h2>Recommendations</h2><table><tr><th>Resource</th><th>Change</th><th>Phase</th><th>Before</th><th>After, on a twin with the change</th><th>Checked</th></tr>");
            for (Recommendation r : report.recommendations()) {
                h.append("<tr><td>").append(esc(r.resource())).append("</td><td>").append(esc(r.change())).append("</td><td>").append(esc(r.phase()))
                        .append("</td><td>").append(esc(r.before())).append("</td><td>").append(esc(r.after())).append("</td><td class=\"")
                        .append(r.verified() ? "ok\">relieves it" : "bad\">does not relieve it").append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("<p>Measured from the host's control groups, ").append(report.readings()).append(" readings; measuring cost ")
                .append(String.format("%.2f", report.measurementCpuPercent())).append(" % of one core.</p></body></html>\n");
        out.write(h.toString());
    }

    private static String list(java.util.List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("<ul>");
        items.forEach(i -> s.append("<li").append(i.startsWith("ALLOWED") ? " class=\"bad\"" : "").append(">").append(esc(i)).append("</li>"));
        return s.append("</ul>").toString();
    }

    private static String esc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
