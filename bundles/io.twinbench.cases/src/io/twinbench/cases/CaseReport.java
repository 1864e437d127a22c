package io.twinbench.cases;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import java.util.Optional;
import java.util.Set;

/**
 * A case as one HTML page for readers without Twinbench: the summary, the findings with their
 * evidence, the bookmarked events with their comments, and the timeline of what the analyst
 * marked. Everything from the case is escaped; the page has no scripts and loads nothing.
 */
public final class CaseReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS 'UTC'").withZone(ZoneOffset.UTC);
    private static final int MAX_FINDINGS = 500;

    private CaseReport() {
    }

    public static void write(Cases cases, CaseFolder folder, CaseIndex index, Path file, String tool) {
        Cases.Summary summary = cases.summary(folder);
        CaseDefinition d = summary.definition();
        List<Annotation> annotations = cases.annotations(folder).all();
        CustodyLog.Check custody = new CustodyLog(folder.custody()).verify();
        Optional<long[]> extent = index.extent();
        EvidenceReader evidence = new EvidenceReader(folder);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
            w.write("<title>" + esc(d.name()) + "</title><style>body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse}"
                    + "td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}pre{background:#f6f6f6;padding:.5em;white-space:pre-wrap;"
                    + "word-break:break-all}.tampered{color:#b00;font-weight:bold}.tag{background:#eee;border-radius:3px;padding:0 .3em;margin-right:.2em}</style>");
            w.write("</head><body>\n<h1>" + esc(d.name()) + "</h1>\n");
            w.write("<h2>Summary</h2><table>");
            row(w, "Case", d.id());
            row(w, "Opened by", d.createdBy() + ", " + TIME.format(d.created()));
            row(w, "Endpoints", String.join(", ", d.endpoints()));
            extent.ifPresent(e -> row(w, "Events", e[2] + " from " + time(e[0]) + " to " + time(e[1])));
            for (CaseDefinition.Gathering g : d.gatherings()) {
                row(w, "Gathered", g.endpoint() + ", " + TIME.format(g.from()) + " to " + TIME.format(g.to()) + ": " + g.summary());
            }
            row(w, "Integrity", summary.status().isEmpty() ? "made in this workspace" : summary.status()
                    + (summary.problems().isEmpty() ? "" : ": " + String.join("; ", summary.problems())));
            row(w, "Custody", custody.intact() ? custody.entries() + " entries, chain intact, head " + custody.head() : "BROKEN: " + custody.reason());
            row(w, "Report made", TIME.format(Instant.now()) + " by " + tool);
            w.write("</table>\n");
            if (summary.readOnly()) {
                w.write("<p class=\"tampered\">This case opened as tampered: what it shows may not be what was exported.</p>\n");
            }
            w.write("<h2>Findings</h2>\n");
            List<Annotation> findings = annotations.stream().filter(Annotation::finding).toList();
            List<CaseEvent> automatic = extent.isEmpty() ? List.of()
                    : index.page(new CaseFilter(extent.get()[0], extent.get()[1] + 1, Set.of(Sources.DIVERGENCE, Sources.ANOMALY, Sources.PREDICTION, Sources.EVENT), Set.of(),
                            Set.of(), Set.of(), Set.of("error", "critical", "high", "medium", "HIGH", "MEDIUM"), "", "", ""), 0, MAX_FINDINGS);
            if (findings.isEmpty() && automatic.isEmpty()) {
                w.write("<p>No annotation is tagged <span class=\"tag\">finding</span>, and no divergence, anomaly, prediction or event is serious.</p>\n");
            }
            for (Annotation a : findings) {
                annotation(w, a, index, evidence);
            }
            if (!automatic.isEmpty()) {
                w.write("<h3>Serious events in the evidence</h3><table><tr><th>Time</th><th>Endpoint</th><th>Source</th><th>Severity</th><th>What</th><th>Evidence</th></tr>");
                for (CaseEvent e : automatic) {
                    w.write("<tr><td>" + esc(time(e.micros())) + "</td><td>" + esc(e.endpoint()) + "</td><td>" + esc(e.source()) + "</td><td>" + esc(e.severity())
                            + "</td><td>" + esc(e.message()) + "</td><td>" + esc(e.ref()) + "</td></tr>\n");
                }
                w.write("</table>\n");
            }
            w.write("<h2>Bookmarks</h2>\n");
            if (annotations.isEmpty()) {
                w.write("<p>No bookmarks.</p>\n");
            }
            for (Annotation a : annotations) {
                if (!a.finding()) {
                    annotation(w, a, index, evidence);
                }
            }
            w.write("<h2>Timeline of what was marked</h2><table><tr><th>From</th><th>To</th><th>Tags</th><th>Comment</th><th>By</th></tr>\n");
            for (Annotation a : annotations) {
                w.write("<tr><td>" + esc(time(a.from())) + "</td><td>" + esc(a.to() == a.from() ? "" : time(a.to())) + "</td><td>" + tags(a) + "</td><td>"
                        + esc(a.comment()) + "</td><td>" + esc(a.author()) + "</td></tr>\n");
            }
            w.write("</table>\n<h2>Custody log</h2><table><tr><th>#</th><th>When</th><th>Who</th><th>What</th><th>Detail</th><th>Hash</th></tr>\n");
            for (CustodyLog.Entry e : new CustodyLog(folder.custody()).entries()) {
                w.write("<tr><td>" + e.seq() + "</td><td>" + esc(TIME.format(e.at())) + "</td><td>" + esc(e.actor()) + "</td><td>" + esc(e.action()) + "</td><td>"
                        + esc(e.detail()) + "</td><td><code>" + esc(e.hash().substring(0, Math.min(16, e.hash().length()))) + "…</code></td></tr>\n");
            }
            w.write("</table>\n</body></html>\n");
        } catch (IOException e) {
            throw new CaseException("cannot write the report " + file + ": " + e.getMessage(), e);
        }
    }

    private static void annotation(Writer w, Annotation a, CaseIndex index, EvidenceReader evidence) throws IOException {
        w.write("<h3 style=\"border-left:.4em solid " + esc(a.colour()) + ";padding-left:.4em\">" + tags(a) + " " + esc(time(a.from()))
                + (a.to() > a.from() ? " – " + esc(time(a.to())) : "") + "</h3>\n");
        if (!a.comment().isEmpty()) {
            w.write("<p>" + esc(a.comment()).replace("\n", "<br>") + "</p>\n");
        }
        w.write("<p><small>" + esc(a.author()) + ", " + esc(TIME.format(a.at())) + "</small></p>\n");
        if (a.onEvent()) {
            Optional<CaseEvent> e = index.event(a.eventId());
            if (e.isPresent()) {
                w.write("<p>" + esc(e.get().endpoint() + " · " + e.get().source() + " (" + e.get().side() + "): " + e.get().message()) + "</p>\n");
                try {
                    Optional<String> raw = evidence.read(e.get().ref());
                    if (raw.isPresent()) {
                        w.write("<pre>" + esc(raw.get().length() > 8000 ? raw.get().substring(0, 8000) + "…" : raw.get()) + "</pre>\n");
                    }
                } catch (CaseException ex) {
                    w.write("<p class=\"tampered\">" + esc(ex.getMessage()) + "</p>\n");
                }
            }
        }
    }

    private static String tags(Annotation a) {
        StringBuilder b = new StringBuilder();
        a.tags().forEach(t -> b.append("<span class=\"tag\">").append(esc(t)).append("</span>"));
        return b.toString();
    }

    private static void row(Writer w, String k, String v) {
        try {
            w.write("<tr><th>" + esc(k) + "</th><td>" + esc(v) + "</td></tr>\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String time(long micros) {
        return TIME.format(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000));
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? '?' : c);
            }
        }
        return b.toString();
    }

}
