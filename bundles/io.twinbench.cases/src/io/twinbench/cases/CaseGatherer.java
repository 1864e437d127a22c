package io.twinbench.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonGenerator;

import io.twinbench.analysis.predict.FailurePredictions;
import io.twinbench.analysis.predict.Forecast;
import io.twinbench.capture.net.TcpSegment;
import io.twinbench.capture.pcap.PcapngReader;
import io.twinbench.shadow.Divergence;
import io.twinbench.shadow.ShadowComparison;
import io.twinbench.shadow.ShadowSessions;
import io.twinbench.store.AnalystNotes;
import io.twinbench.store.EventQuery;
import io.twinbench.store.PlanDeliveries;
import io.twinbench.store.Rollouts;
import io.twinbench.store.ShadowRecordings;
import io.twinbench.store.StoredAnomaly;
import io.twinbench.store.StoredEvent;
import io.twinbench.store.TwinChange;
import io.twinbench.store.TwinSnapshots;
import io.twinbench.store.TwinStore;

/**
 * Copies what the store holds about one endpoint over a time range into a case: its events,
 * anomalies, the failures its telemetry predicted, twin changes and snapshots, shadow recordings (system calls, HTTP exchanges,
 * packets and live-versus-twin divergences), plans pushed to it and run on its twin, the
 * rollouts that named it, and the analysts' notes on its elements. Each record is written as evidence and put on the
 * timeline pointing at it.
 */
public final class CaseGatherer {

    /** The most records of one kind taken from one gathering; what is over is named in the summary. */
    public static final int MAX_PER_SOURCE = 5_000_000;
    private static final int PAGE = 10_000;

    private final TwinStore store;
    private final ShadowSessions sessions;
    private final Clock clock;

    public CaseGatherer(TwinStore store, ShadowSessions sessions, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Counts per source, and what was left out, for the gathering's summary. */
    public static final class Tally {
        private final Map<String, Long> counts = new java.util.TreeMap<>();
        private final List<String> notes = new ArrayList<>();

        void count(String source) {
            counts.merge(source, 1L, Long::sum);
        }

        void note(String text) {
            notes.add(text);
        }

        public Map<String, Long> counts() {
            return Collections.unmodifiableMap(counts);
        }

        public String summary() {
            StringBuilder b = new StringBuilder();
            counts.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
            if (b.length() == 0) {
                b.append("nothing recorded in that range");
            }
            notes.forEach(n -> b.append("; ").append(n));
            return b.toString();
        }
    }

    public Tally gather(CaseBuilder b, String endpoint, Instant from, Instant to, Consumer<String> progress, BooleanSupplier cancelled) {
        Tally tally = new Tally();
        progress.accept("events");
        events(b, endpoint, from, to, tally);
        progress.accept("anomalies");
        anomalies(b, endpoint, from, to, tally);
        progress.accept("predictions");
        predictions(b, endpoint, from, to, tally);
        progress.accept("twin changes");
        changes(b, endpoint, from, to, tally);
        snapshots(b, endpoint, from, to, tally);
        for (ShadowRecordings.Session s : store.shadows().sessions(endpoint)) {
            if (cancelled.getAsBoolean()) {
                throw new CaseException("gathering was cancelled");
            }
            Instant end = s.ended() == null ? s.expires() : s.ended();
            if (s.created().isBefore(to) && !end.isBefore(from)) {
                progress.accept("shadow session " + s.id());
                shadow(b, endpoint, s, from, to, tally);
            }
        }
        progress.accept("plans and rollouts");
        plans(b, endpoint, from, to, tally);
        trials(b, endpoint, from, to, tally);
        rollouts(b, endpoint, from, to, tally);
        notes(b, endpoint, from, to, tally);
        return tally;
    }

    private void events(CaseBuilder b, String endpoint, Instant from, Instant to, Tally tally) {
        List<StoredEvent> events = new ArrayList<>(store.events().find(new EventQuery(endpoint, from.toEpochMilli(), to.toEpochMilli(), Set.of(), Set.of(), "",
                MAX_PER_SOURCE)));
        if (events.size() >= MAX_PER_SOURCE) {
            tally.note("only the newest " + MAX_PER_SOURCE + " events");
        }
        Collections.reverse(events);
        String file = "evidence/events-" + safe(endpoint) + ".jsonl";
        for (StoredEvent e : events) {
            String ref = b.record(file, j -> {
                j.writeNumberField("timestamp_ms", e.timestamp());
                j.writeStringField("kind", e.kind());
                j.writeStringField("severity", e.severity());
                j.writeStringField("source", e.source());
                j.writeStringField("element", e.elementId());
                j.writeStringField("message", e.message());
                j.writeStringField("attributes", e.attributesJson());
            });
            b.add(new CaseEvent(0, e.timestamp() * 1000, endpoint, Sources.EVENT, CaseEvent.LIVE, e.kind(), e.severity(), 0, e.source(), e.message(), ref,
                    "", e.elementId()));
            tally.count(Sources.EVENT);
        }
    }

    private void anomalies(CaseBuilder b, String endpoint, Instant from, Instant to, Tally tally) {
        String file = "evidence/anomalies-" + safe(endpoint) + ".jsonl";
        for (StoredAnomaly a : store.anomalies().find(endpoint, from.toEpochMilli(), to.toEpochMilli(), MAX_PER_SOURCE)) {
            String ref = b.record(file, j -> {
                j.writeNumberField("timestamp_ms", a.timestamp());
                j.writeStringField("element", a.elementId());
                j.writeStringField("metric", a.metric());
                j.writeNumberField("value", a.value());
                j.writeNumberField("expected", a.expected());
                j.writeNumberField("score", a.score());
                j.writeStringField("kind", a.kind());
                j.writeStringField("detector", a.detector());
            });
            String message = a.metric() + " of " + a.elementId() + " was " + round(a.value()) + ", expected " + round(a.expected()) + " (" + a.kind()
                    + ", score " + round(a.score()) + ", " + a.detector() + ")";
            b.add(new CaseEvent(0, a.timestamp() * 1000, endpoint, Sources.ANOMALY, CaseEvent.LIVE, a.kind(), a.score() >= 6 ? "error" : "warning", 0, "",
                    message, ref, "", a.elementId()));
            tally.count(Sources.ANOMALY);
        }
    }

    /**
     * The failures the endpoint's telemetry predicted as the range ended (or now, if it has not):
     * predictions are not stored, so they are made again from the same window of history the
     * live twin's were, and placed on the timeline at the moment they speak for.
     */
    private void predictions(CaseBuilder b, String endpoint, Instant from, Instant to, Tally tally) {
        long asOf = Math.min(to.toEpochMilli() - 1, clock.millis());
        if (asOf < from.toEpochMilli()) {
            return;
        }
        String file = "evidence/predictions-" + safe(endpoint) + ".jsonl";
        for (Forecast f : new FailurePredictions(store).predict(endpoint, asOf, FailurePredictions.WINDOW, FailurePredictions.HORIZON)) {
            String ref = b.record(file, j -> {
                j.writeNumberField("predicted_at_ms", asOf);
                j.writeStringField("element", f.elementId());
                j.writeStringField("failure_mode", f.failureMode());
                j.writeNumberField("expected_at_ms", f.expectedAt());
                j.writeNumberField("fit", f.fit());
                j.writeNumberField("growth_per_hour", f.growthPerHour());
                j.writeNumberField("held_out_error", f.heldOutError());
                j.writeNumberField("training_points", f.trainingPoints());
                j.writeStringField("basis", f.basis());
            });
            boolean soon = f.expectedAt() - asOf <= Duration.ofDays(1).toMillis();
            String message = f.elementId() + ": " + f.failureMode() + " expected " + Instant.ofEpochMilli(f.expectedAt()).truncatedTo(
                    java.time.temporal.ChronoUnit.MINUTES) + ", " + f.basis() + ", fit " + round(f.fit());
            b.add(new CaseEvent(0, asOf * 1000, endpoint, Sources.PREDICTION, CaseEvent.LIVE, f.failureMode(), soon ? "error" : "warning", 0, "",
                    message, ref, "", f.elementId()));
            tally.count(Sources.PREDICTION);
        }
    }

    private void changes(CaseBuilder b, String endpoint, Instant from, Instant to, Tally tally) {
        String file = "evidence/changes-" + safe(endpoint) + ".jsonl";
        for (TwinChange c : store.inventories().changes(endpoint, from, to, MAX_PER_SOURCE)) {
            String ref = b.record(file, j -> {
                j.writeStringField("at", c.at().toString());
                j.writeStringField("source", c.source());
                j.writeStringField("section", c.section());
                j.writeStringField("item", c.itemKey());
                j.writeStringField("change", c.change().name().toLowerCase(java.util.Locale.ROOT));
                j.writeStringField("before", c.before());
                j.writeStringField("after", c.after());
            });
            String kind = c.change().name().toLowerCase(java.util.Locale.ROOT);
            b.add(new CaseEvent(0, micros(c.at()), endpoint, Sources.CHANGE, CaseEvent.LIVE, kind, "info", 0, c.source(),
                    c.section() + " " + c.itemKey() + " " + kind, ref, "", c.itemKey()));
            tally.count(Sources.CHANGE);
        }
    }

    private void snapshots(CaseBuilder b, String endpoint, Instant from, Instant to, Tally tally) {
        for (TwinSnapshots.Taken t : store.snapshots().history(endpoint, from, to)) {
            String name = "snapshots/" + safe(endpoint) + "-v" + t.version() + ".xmi";
            Path file = b.folder().data().resolve(name);
            if (Files.exists(file)) {
                continue;
            }
            byte[] xmi = store.snapshots().xmi(endpoint, t.version()).orElse(null);
            if (xmi == null) {
                continue;
            }
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, xmi);
            } catch (IOException e) {
                throw new CaseException("cannot write " + file + ": " + e.getMessage(), e);
            }
            b.add(new CaseEvent(0, micros(t.at()), endpoint, Sources.SNAPSHOT, CaseEvent.LIVE, "snapshot", "info", 0, "",
                    "twin snapshot version " + t.version() + (t.at().isBefore(from) ? " (as the range began)" : ""), name, "", ""));
            tally.count(Sources.SNAPSHOT);
        }
    }

    private void shadow(CaseBuilder b, String endpoint, ShadowRecordings.Session s, Instant from, Instant to, Tally tally) {
        long fromMicros = micros(from);
        long toMicros = micros(to);
        List<ShadowRecordings.Exchange> live = exchanges(s.id(), ShadowRecordings.LIVE);
        Map<Long, ShadowRecordings.Exchange> liveBySeq = new HashMap<>();
        live.forEach(x -> liveBySeq.put(x.seq(), x));
        syscalls(b, endpoint, s.id(), ShadowRecordings.LIVE, fromMicros, toMicros, ReplayAlignment.NONE, tally);
        exchanges(b, endpoint, s.id(), ShadowRecordings.LIVE, live, fromMicros, toMicros, ReplayAlignment.NONE, liveBySeq, tally);
        List<ShadowRecordings.Exchange> twin = exchanges(s.id(), ShadowRecordings.TWIN);
        ReplayAlignment alignment = ReplayAlignment.of(twin, liveBySeq);
        syscalls(b, endpoint, s.id(), ShadowRecordings.TWIN, fromMicros, toMicros, alignment, tally);
        exchanges(b, endpoint, s.id(), ShadowRecordings.TWIN, twin, fromMicros, toMicros, alignment, liveBySeq, tally);
        packets(b, endpoint, s.id(), fromMicros, toMicros, tally);
        divergences(b, endpoint, s.id(), liveBySeq, tally);
    }

    /** A side's exchanges, at most MAX_PER_SOURCE. */
    private List<ShadowRecordings.Exchange> exchanges(String session, String side) {
        List<ShadowRecordings.Exchange> all = new ArrayList<>();
        long seq = 0;
        while (all.size() < MAX_PER_SOURCE) {
            List<ShadowRecordings.Exchange> page = store.shadows().exchanges(session, side, seq, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
            seq = page.get(page.size() - 1).seq() + 1;
        }
        return all;
    }

    /**
     * A side's exchanges on the timeline; the twin's at their live request's time and in its
     * stream, so following a connection shows both answers.
     */
    private void exchanges(CaseBuilder b, String endpoint, String session, String side, List<ShadowRecordings.Exchange> all, long from, long to,
            ReplayAlignment alignment, Map<Long, ShadowRecordings.Exchange> live, Tally tally) {
        String file = "evidence/exchanges-" + session + "-" + side + ".jsonl";
        for (ShadowRecordings.Exchange x : all) {
            long at = alignment.onLiveTimeline(x.requestMicros());
            if (at < from || at >= to) {
                continue;
            }
            ShadowRecordings.Exchange counterpart = live.get(x.seq());
            String stream = streamOf(side.equals(ShadowRecordings.TWIN) && counterpart != null ? counterpart.connection() : x.connection());
            String ref = b.record(file, j -> exchange(j, x));
            String message = x.method() + " " + x.target() + " → " + (x.status() == 0 ? "no answer" : x.status()) + " (" + x.responseLength() + " B)";
            b.add(new CaseEvent(0, at, endpoint, Sources.HTTP, side, x.method(), x.status() >= 500 || x.status() == 0 ? "warning" : "info", 0, "", message, ref,
                    stream, ""));
            tally.count(Sources.HTTP);
        }
    }

    private void syscalls(CaseBuilder b, String endpoint, String session, String side, long from, long to, ReplayAlignment alignment, Tally tally) {
        String file = "evidence/syscalls-" + session + "-" + side + ".jsonl";
        Map<Integer, String> programs = new HashMap<>();
        long seq = 0;
        long taken = 0;
        while (taken < MAX_PER_SOURCE) {
            List<ShadowRecordings.Syscall> page = store.shadows().syscalls(session, side, seq, PAGE);
            for (ShadowRecordings.Syscall c : page) {
                seq = c.seq() + 1;
                if (c.name().startsWith("exec") && c.error() == null) {
                    programs.put(c.pid(), program(c.arguments()));
                }
                long at = alignment.onLiveTimeline(c.micros());
                if (at < from || at >= to) {
                    continue;
                }
                String ref = b.record(file, j -> {
                    j.writeNumberField("seq", c.seq());
                    j.writeNumberField("pid", c.pid());
                    j.writeNumberField("micros", c.micros());
                    j.writeStringField("name", c.name());
                    j.writeStringField("arguments", c.arguments());
                    j.writeNumberField("result", c.result());
                    j.writeStringField("error", c.error());
                    j.writeNumberField("duration_micros", c.durationMicros());
                    j.writeArrayFieldStart("paths");
                    for (String p : c.paths()) {
                        j.writeString(p);
                    }
                    j.writeEndArray();
                });
                String message = c.name() + "(" + c.arguments() + ") = " + c.result() + (c.error() == null ? "" : " " + c.error());
                b.add(new CaseEvent(0, at, endpoint, Sources.SYSCALL, side, c.name(), c.error() == null ? "info" : "warning", c.pid(),
                        programs.getOrDefault(c.pid(), ""), message, ref, "", ""));
                tally.count(Sources.SYSCALL);
                taken++;
            }
            if (page.size() < PAGE) {
                return;
            }
        }
        tally.note("only the first " + MAX_PER_SOURCE + " system calls of " + session + " (" + side + ")");
    }

    private void packets(CaseBuilder b, String endpoint, String session, long from, long to, Tally tally) {
        String name = "evidence/packets-" + session + ".pcapng";
        Path file = b.folder().data().resolve(name);
        try {
            Files.createDirectories(file.getParent());
            long packets;
            try (OutputStream out = Files.newOutputStream(file)) {
                packets = sessions.exportPcapng(session, out);
            }
            if (packets == 0) {
                Files.deleteIfExists(file);
                return;
            }
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16); PcapngReader reader = new PcapngReader(in)) {
                PcapngReader.Located p;
                while ((p = reader.next()) != null) {
                    long micros = p.packet().epochNanos() / 1000;
                    if (micros < from || micros >= to) {
                        continue;
                    }
                    TcpSegment tcp = TcpSegment.of(p.packet());
                    String ref = name + "@" + p.offset() + "/" + p.packet().linkType();
                    b.add(new CaseEvent(0, micros, endpoint, Sources.PACKET, CaseEvent.LIVE, tcp == null ? "other" : "tcp", "info", 0, "",
                            tcp == null ? p.packet().length() + " B" : PacketSummary.of(tcp), ref, tcp == null ? "" : PacketSummary.connection(tcp), ""));
                    tally.count(Sources.PACKET);
                }
            }
        } catch (IOException e) {
            throw new CaseException("cannot copy the packets of session " + session + ": " + e.getMessage(), e);
        }
    }

    private void divergences(CaseBuilder b, String endpoint, String session, Map<Long, ShadowRecordings.Exchange> live, Tally tally) {
        long[] twin = store.shadows().counts(session, ShadowRecordings.TWIN);
        if (twin[0] + twin[1] == 0) {
            return;
        }
        ShadowComparison.Result result = sessions.compare(session);
        String file = "evidence/divergences-" + session + ".jsonl";
        for (Divergence d : result.divergences()) {
            String ref = b.record(file, j -> {
                j.writeStringField("severity", d.severity().name());
                j.writeStringField("kind", d.kind());
                j.writeStringField("what", d.what());
                j.writeArrayFieldStart("requests");
                for (Long r : d.requests()) {
                    j.writeNumber(r);
                }
                j.writeEndArray();
                strings(j, "live", d.live());
                strings(j, "twin", d.twin());
            });
            ShadowRecordings.Exchange first = d.requests().isEmpty() ? null : live.get(d.requests().get(0));
            if (first == null) {
                continue;
            }
            b.add(new CaseEvent(0, first.requestMicros(), endpoint, Sources.DIVERGENCE, CaseEvent.TWIN, d.kind(), d.severity().name().toLowerCase(java.util.Locale.ROOT),
                    0, "", d.severity() + " " + d.what() + " on " + d.requestsText(), ref, streamOf(first.connection()), ""));
            tally.count(Sources.DIVERGENCE);
        }
    }

    private void plans(CaseBuilder b, String endpoint, Instant from, Instant to, Tally tally) {
        for (PlanDeliveries.Delivery d : store.plans().all()) {
            if (!d.agentId().equals(endpoint)) {
                continue;
            }
            String name = "plans/" + safe(d.planId()) + "-v" + d.version() + ".dsse.json";
            Path file = b.folder().data().resolve(name);
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, d.envelope());
            } catch (IOException e) {
                throw new CaseException("cannot write " + file + ": " + e.getMessage(), e);
            }
            if (!d.pushedAt().isBefore(from) && d.pushedAt().isBefore(to)) {
                b.add(new CaseEvent(0, micros(d.pushedAt()), endpoint, Sources.PLAN, CaseEvent.LIVE, "pushed", "info", 0, "",
                        "plan " + d.planId() + " v" + d.version() + " (" + d.title() + ") pushed by " + d.pushedBy(), name, "", ""));
                tally.count(Sources.PLAN);
            }
            for (PlanDeliveries.Report r : store.plans().reports(d.agentId(), d.planId(), d.version())) {
                if (r.at().isBefore(from) || !r.at().isBefore(to)) {
                    continue;
                }
                b.add(new CaseEvent(0, micros(r.at()), endpoint, Sources.PLAN, CaseEvent.LIVE, r.state(), r.state().contains("fail") ? "error" : "info", 0, "",
                        "plan " + d.planId() + " v" + d.version() + " " + r.kind() + " " + r.index() + ": " + r.state()
                                + (r.detail() == null ? "" : " — " + r.detail()), name, "", ""));
                tally.count(Sources.PLAN);
            }
        }
    }

    /** Plans run on the endpoint's executable twin before approval: what the simulation found. */
    private void trials(CaseBuilder b, String endpoint, Instant from, Instant to, Tally tally) {
        for (io.twinbench.store.PlanTrials.Trial t : store.trials().ofTwin(endpoint)) {
            if (t.at().isBefore(from) || !t.at().isBefore(to)) {
                continue;
            }
            String ref = b.record("evidence/simulations-" + safe(endpoint) + ".jsonl", j -> {
                j.writeStringField("plan", t.planId());
                j.writeStringField("plan_digest", t.planDigest());
                j.writeStringField("image", t.image());
                j.writeStringField("at", t.at().toString());
                j.writeBooleanField("passed", t.passed());
                j.writeStringField("summary", t.summary());
                j.writeStringField("lines", t.lines());
            });
            b.add(new CaseEvent(0, micros(t.at()), endpoint, Sources.SIMULATION, CaseEvent.TWIN, t.passed() ? "passed" : "failed", t.passed() ? "info" : "warning",
                    0, "", "plan " + t.planId() + " run on the twin (" + t.image() + "): " + (t.passed() ? "passed" : "FAILED") + (t.summary() == null ? ""
                            : " — " + t.summary()), ref, "", ""));
            tally.count(Sources.SIMULATION);
        }
    }

    private void rollouts(CaseBuilder b, String endpoint, Instant from, Instant to, Tally tally) {
        for (Rollouts.Rollout r : store.rollouts().all()) {
            if (!r.targets().contains(endpoint)) {
                continue;
            }
            for (Rollouts.Decision d : store.rollouts().decisions(r.id())) {
                if (d.at().isBefore(from) || !d.at().isBefore(to)) {
                    continue;
                }
                String ref = b.record("evidence/rollouts.jsonl", j -> {
                    j.writeStringField("rollout", r.id());
                    j.writeStringField("plan", r.planId());
                    j.writeNumberField("version", r.version());
                    j.writeStringField("at", d.at().toString());
                    j.writeNumberField("stage", d.stage());
                    j.writeStringField("kind", d.kind());
                    j.writeStringField("detail", d.detail());
                    j.writeStringField("figures", d.figures());
                });
                b.add(new CaseEvent(0, micros(d.at()), endpoint, Sources.ROLLOUT, CaseEvent.LIVE, d.kind(), d.kind().contains("rollback") ? "warning" : "info", 0,
                        "", "rollout " + r.id() + " stage " + d.stage() + ": " + d.detail(), ref, "", ""));
                tally.count(Sources.ROLLOUT);
            }
        }
    }

    private void notes(CaseBuilder b, String endpoint, Instant from, Instant to, Tally tally) {
        for (AnalystNotes.Note n : store.notes().of(endpoint).values()) {
            if (n.isEmpty() || n.updated().isBefore(from) || !n.updated().isBefore(to)) {
                continue;
            }
            String ref = b.record("evidence/notes-" + safe(endpoint) + ".jsonl", j -> {
                j.writeStringField("element", n.elementId());
                j.writeStringField("note", n.text());
                j.writeStringField("tags", n.tags());
                j.writeStringField("author", n.author());
                j.writeStringField("updated", n.updated().toString());
            });
            b.add(new CaseEvent(0, micros(n.updated()), endpoint, Sources.NOTE, CaseEvent.LIVE, "note", "info", 0, n.author(),
                    n.elementId() + ": " + n.text(), ref, "", n.elementId()));
            tally.count(Sources.NOTE);
        }
    }

    private static void exchange(JsonGenerator j, ShadowRecordings.Exchange x) throws IOException {
        j.writeNumberField("seq", x.seq());
        j.writeStringField("connection", x.connection());
        j.writeNumberField("request_micros", x.requestMicros());
        j.writeNumberField("response_micros", x.responseMicros());
        j.writeStringField("method", x.method());
        j.writeStringField("target", x.target());
        strings(j, "request_headers", x.requestHeaders());
        j.writeStringField("request_body_base64", x.requestBody() == null ? null : Base64.getEncoder().encodeToString(x.requestBody()));
        j.writeNumberField("request_length", x.requestLength());
        j.writeNumberField("status", x.status());
        strings(j, "response_headers", x.responseHeaders());
        j.writeStringField("response_body_base64", x.responseBody() == null ? null : Base64.getEncoder().encodeToString(x.responseBody()));
        j.writeNumberField("response_length", x.responseLength());
    }

    private static void strings(JsonGenerator j, String field, List<String> values) throws IOException {
        j.writeArrayFieldStart(field);
        for (String v : values) {
            j.writeString(v);
        }
        j.writeEndArray();
    }

    /** "client:port > server:port" as the packets name the same connection (the lower end first). */
    static String streamOf(String connection) {
        int gt = connection.indexOf(" > ");
        if (gt < 0) {
            return connection;
        }
        String a = connection.substring(0, gt);
        String c = connection.substring(gt + 3);
        return a.compareTo(c) <= 0 ? a + "-" + c : c + "-" + a;
    }

    /** The program an execve started: its path's last part. */
    static String program(String arguments) {
        int q = arguments.indexOf('"');
        int end = q < 0 ? -1 : arguments.indexOf('"', q + 1);
        if (end < 0) {
            return "";
        }
        String path = arguments.substring(q + 1, end);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000L + at.getNano() / 1000;
    }

    private static String round(double v) {
        return String.format(java.util.Locale.ROOT, "%.3g", v);
    }

    static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }
}
