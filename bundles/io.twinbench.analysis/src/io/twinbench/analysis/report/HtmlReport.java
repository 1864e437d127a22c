package io.twinbench.analysis.report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.twinbench.analysis.cause.RootCause;
import io.twinbench.analysis.predict.Forecast;
import io.twinbench.analysis.security.SecurityFinding;
import io.twinbench.model.twin.Element;
import io.twinbench.store.ComplianceVerdicts;
import io.twinbench.store.StoredAnomaly;

/**
 * A self-contained HTML report (no scripts, no external files) of one endpoint or a fleet:
 * per endpoint its likely root causes, predicted failures, security and inventory findings and
 * anomalies, the quiet endpoints listed as such. Everything that came from an endpoint is
 * escaped: element ids and descriptions are the endpoint's words, not markup.
 */
public final class HtmlReport {

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;color:#222}h1{font-size:1.5em}h2{border-bottom:1px solid #ccc;"
            + "margin-top:2em}table{border-collapse:collapse;margin:.5em 0 1em}td,th{border:1px solid #ddd;padding:.25em .6em;text-align:left;"
            + "font-size:.9em}th{background:#f3f3f3}.quiet{color:#777}.cause{font-weight:bold}";

    private HtmlReport() {
    }

    public static String of(String title, Instant generated, List<EndpointFindings> endpoints) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n<h1>").append(esc(title)).append("</h1>\n<p>Generated ")
                .append(generated).append(". ").append(endpoints.size()).append(" endpoint").append(endpoints.size() == 1 ? "" : "s").append(", ")
                .append(endpoints.stream().filter(e -> !e.isQuiet()).count()).append(" with findings.</p>\n");
        for (EndpointFindings e : endpoints) {
            endpoint(html, e);
        }
        return html.append("</body></html>\n").toString();
    }

    private static void endpoint(StringBuilder html, EndpointFindings e) {
        html.append("<h2>").append(esc(e.twin().name())).append(" <small>(").append(esc(e.twin().id())).append(")</small></h2>\n<p>From ")
                .append(e.from()).append(" to ").append(e.to()).append(": ").append(e.anomalyCount()).append(" anomalies, ")
                .append(e.forecasts().size()).append(" predicted failures, ").append(e.security().size()).append(" security findings, ")
                .append(e.violations().size()).append(" policy rules failing.</p>\n");
        if (e.isQuiet()) {
            html.append("<p class=\"quiet\">Nothing unusual.</p>\n");
            return;
        }
        if (!e.causes().isEmpty()) {
            html.append("<h3>Likely root causes</h3>\n<p>Ranked over all ").append(e.anomalyCount()).append(" anomalies of the period: an element"
                    + " explains the anomalous elements that depend on it and turned anomalous no earlier; ownership and configuration"
                    + " edges count half.</p>\n<table><tr><th>#</th><th>Element</th><th>Explains</th><th>Weight</th><th>Score</th><th>First anomaly</th>"
                    + "<th>Anomalies</th></tr>\n");
            int rank = 1;
            for (RootCause c : e.causes()) {
                row(html, Integer.toString(rank++), c.element().getId(), String.join(", ", c.explains().stream().map(Element::getId).toList()),
                        fmt(c.weight()), fmt(c.score()), Instant.ofEpochMilli(c.firstAnomaly()).toString(), Long.toString(c.anomalies()));
            }
            html.append("</table>\n");
        }
        if (!e.violations().isEmpty()) {
            html.append("<h3>Policy rules failing</h3>\n<p>As the policies in force were last evaluated (policy status, apply, or the"
                    + " Compliance view).</p>\n<table><tr><th>Policy</th><th>Rule</th><th>Action</th><th>Message</th><th>Offending elements</th>"
                    + "<th>Since</th></tr>\n");
            for (ComplianceVerdicts.Stored v : e.violations()) {
                row(html, v.policy() + " v" + v.version(), v.rule(), v.action().toLowerCase(Locale.ROOT) + (v.status().equals("ERROR")
                        ? " (not evaluated)" : ""), v.message(), String.join(", ", v.offenders()), v.since().toString());
            }
            html.append("</table>\n");
        }
        if (!e.forecasts().isEmpty()) {
            html.append("<h3>Predicted failures</h3>\n<table><tr><th>Element</th><th>Failure</th><th>Expected</th><th>Fit</th>"
                    + "<th>Growth per hour</th><th>Held-out error</th></tr>\n");
            for (Forecast f : e.forecasts()) {
                row(html, f.elementId(), f.failureMode(), Instant.ofEpochMilli(f.expectedAt()).toString(), fmt(f.fit()), fmt(f.growthPerHour()),
                        fmt(f.heldOutError()));
            }
            html.append("</table>\n");
        }
        if (!e.security().isEmpty()) {
            html.append("<h3>Security and inventory</h3>\n<table><tr><th>Time</th><th>Kind</th><th>Element</th><th>What</th></tr>\n");
            for (SecurityFinding s : e.security()) {
                row(html, Instant.ofEpochMilli(s.at()).toString(), s.kind(), s.elementId(), s.description());
            }
            html.append("</table>\n");
        }
        if (!e.anomalies().isEmpty()) {
            html.append("<h3>Anomalies</h3>\n");
            if (e.anomaliesCut()) {
                html.append("<p class=\"cut\">The newest ").append(e.anomalies().size()).append(" of ").append(e.anomalyCount())
                        .append(" anomalies are listed; the others are counted above and in the root causes.</p>\n");
            }
            html.append("<table><tr><th>Time</th><th>Element</th><th>Metric</th><th>Kind</th><th>Score</th><th>Value</th>"
                    + "<th>Expected</th></tr>\n");
            for (StoredAnomaly a : e.anomalies()) {
                row(html, Instant.ofEpochMilli(a.timestamp()).toString(), a.elementId(), a.metric(), a.kind(), fmt(a.score()), fmt(a.value()),
                        fmt(a.expected()));
            }
            html.append("</table>\n");
        }
    }

    private static void row(StringBuilder html, String... cells) {
        html.append("<tr>");
        for (String c : cells) {
            html.append("<td>").append(esc(c)).append("</td>");
        }
        html.append("</tr>\n");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /** Text made safe inside HTML elements and quoted attributes (endpoints' words reach reports). */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
