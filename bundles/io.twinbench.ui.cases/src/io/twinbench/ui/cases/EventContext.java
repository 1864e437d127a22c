package io.twinbench.ui.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.twinbench.cases.CaseEvent;
import io.twinbench.cases.CaseException;
import io.twinbench.cases.CaseFilter;
import io.twinbench.cases.CaseIndex;
import io.twinbench.cases.EvidenceReader;
import io.twinbench.cases.Sources;
import io.twinbench.cases.TwinAtTime;

/**
 * What the details pane shows for an event: its fields, the evidence it points at, and its
 * context: for a system call the process tree around it and the calls of its process just
 * before and after; for a packet, a request or a divergence the whole stream; for a change or an
 * anomaly the element, to open in the twin graph as it stood.
 */
final class EventContext {

    private static final long PROCESS_WINDOW = 60_000_000L;
    private static final int STREAM = 400;

    private EventContext() {
    }

    static String describe(CaseSession session, CaseEvent e) {
        StringBuilder b = new StringBuilder();
        b.append(TimeText.full(e.micros())).append(" UTC  ·  ").append(e.endpoint()).append("  ·  ").append(e.source()).append(" (").append(e.side())
                .append(")\n");
        b.append(e.message()).append("\n\n");
        line(b, "kind", e.kind());
        line(b, "severity", e.severity());
        if (e.pid() != 0) {
            line(b, "process", e.pid() + (e.process().isEmpty() ? "" : " " + e.process()));
        }
        line(b, "connection", e.connection());
        line(b, "element", e.element());
        line(b, "evidence", e.ref());
        line(b, "event id", Long.toString(e.id()));
        try {
            new EvidenceReader(session.folder()).read(e.ref()).ifPresent(raw -> b.append("\n— evidence —\n").append(raw.length() > 20_000 ? raw.substring(0,
                    20_000) + "…" : raw).append('\n'));
        } catch (CaseException ex) {
            b.append("\n— evidence —\n").append(ex.getMessage()).append('\n');
        }
        switch (e.source()) {
            case Sources.SYSCALL -> processContext(session, e, b);
            case Sources.PACKET, Sources.HTTP, Sources.DIVERGENCE -> stream(session, e, b);
            case Sources.CHANGE, Sources.ANOMALY, Sources.PREDICTION, Sources.NOTE, Sources.SNAPSHOT, Sources.EVENT -> twinContext(session, e, b);
            default -> {
            }
        }
        return b.toString();
    }

    /** The element in the twin as the case's snapshot from then held it: what it depends on, what depends on it. */
    private static void twinContext(CaseSession session, CaseEvent e, StringBuilder b) {
        if (!e.element().isEmpty()) {
            try {
                TwinAtTime.Snapshot s = session.query(index -> TwinAtTime.read(index, session.folder(), e.endpoint(), e.micros()));
                String around = TwinAtTime.neighbourhood(s, e.element());
                b.append("\n— in the twin as it stood (snapshot ").append(s.version()).append(", ").append(TimeText.full(s.micros())).append(") —\n")
                        .append(around.isEmpty() ? e.element() + " is not in that snapshot\n" : around);
            } catch (CaseException ex) {
                b.append('\n').append(ex.getMessage()).append('\n');
            }
        }
        b.append("\nDouble-click opens ").append(e.element().isEmpty() ? "the twin" : e.element() + " in the twin graph")
                .append(" as it stood at this time (the case's snapshot from then).\n");
    }

    private static void processContext(CaseSession session, CaseEvent e, StringBuilder b) {
        List<CaseEvent> starts = session.query(index -> index.processStarts(e.endpoint(), e.side(), e.micros() - PROCESS_WINDOW, e.micros() + PROCESS_WINDOW,
                5_000));
        Map<Integer, Integer> parent = new HashMap<>();
        Map<Integer, String> program = new HashMap<>();
        for (CaseEvent s : starts) {
            if (s.kind().startsWith("exec")) {
                program.put(s.pid(), s.process());
            } else {
                int child = result(s.message());
                if (child > 0) {
                    parent.put(child, s.pid());
                }
            }
        }
        b.append("\n— process tree (±1 min) —\n");
        List<Integer> chain = new ArrayList<>();
        for (Integer p = e.pid(); p != null && !chain.contains(p) && chain.size() < 32; p = parent.get(p)) {
            chain.add(0, p);
        }
        String indent = "";
        for (int pid : chain) {
            b.append(indent).append(pid).append(' ').append(program.getOrDefault(pid, pid == e.pid() ? e.process() : "")).append(pid == e.pid() ? "   ◀" : "")
                    .append('\n');
            indent += "  ";
        }
        for (Map.Entry<Integer, Integer> child : parent.entrySet()) {
            if (child.getValue() == e.pid()) {
                b.append(indent).append(child.getKey()).append(' ').append(program.getOrDefault(child.getKey(), "")).append('\n');
            }
        }
        CaseFilter same = new CaseFilter(e.micros() - 1_000_000L, e.micros() + 1_000_000L, Set.of(Sources.SYSCALL), Set.of(e.endpoint()), Set.of(e.side()),
                Set.of(), Set.of(), Integer.toString(e.pid()), "", "");
        List<CaseEvent> around = session.query(index -> around(index, same, e));
        b.append("\n— process ").append(e.pid()).append(" around it (±1 s) —\n");
        for (CaseEvent c : around) {
            b.append(c.id() == e.id() ? "▶ " : "  ").append(TimeText.full(c.micros()).substring(11)).append("  ").append(c.message()).append('\n');
        }
    }

    private static List<CaseEvent> around(CaseIndex index, CaseFilter filter, CaseEvent e) {
        List<CaseEvent> result = new ArrayList<>(index.last(filter.between(filter.from(), e.micros()), 15));
        result.addAll(index.page(filter.between(e.micros(), filter.to()), 0, 16));
        return result;
    }

    private static void stream(CaseSession session, CaseEvent e, StringBuilder b) {
        if (e.connection().isEmpty()) {
            return;
        }
        List<CaseEvent> stream = session.query(index -> index.stream(e, STREAM));
        b.append("\n— the stream ").append(e.connection()).append(" (").append(stream.size()).append(stream.size() == STREAM ? "+" : "").append(" events) —\n");
        for (CaseEvent s : stream) {
            b.append(s.id() == e.id() ? "▶ " : "  ").append(TimeText.full(s.micros()).substring(11)).append("  ").append(String.format("%-10s", s.source()))
                    .append(s.message()).append('\n');
        }
    }

    /** The result of a clone or fork as strace wrote it: "… = 43". */
    static int result(String message) {
        int eq = message.lastIndexOf(" = ");
        if (eq < 0) {
            return -1;
        }
        String rest = message.substring(eq + 3).strip();
        int space = rest.indexOf(' ');
        try {
            return Integer.parseInt(space < 0 ? rest : rest.substring(0, space));
        } catch (NumberFormatException ex) {
            return -1;
        }
    }

    private static void line(StringBuilder b, String name, String value) {
        if (!value.isEmpty()) {
            b.append(String.format("%-11s %s%n", name, value));
        }
    }
}
