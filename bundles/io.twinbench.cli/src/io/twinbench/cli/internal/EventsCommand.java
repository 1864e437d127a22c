package io.twinbench.cli.internal;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.twinbench.store.EventQuery;
import io.twinbench.store.StoredEvent;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `twinbench events`: a twin's events (log lines, security events) as CSV or JSON, for scripts and offline review. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"A twin's events, newest first: security events (auth.failure, auth.success, sudo, listener.new, user.new,",
                "service.new, audit) and log lines, as CSV (default) or JSON lines."})
public final class EventsCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "TWIN")
    String twin;

    @Option(names = "--kind", paramLabel = "KIND", split = ",", description = "Only these kinds (comma-separated).")
    Set<String> kinds = new HashSet<>();

    @Option(names = "--severity", paramLabel = "LEVEL", split = ",", description = "Only these severities: DEBUG, INFO, WARN, ERROR, FATAL.")
    Set<String> severities = new HashSet<>();

    @Option(names = "--grep", paramLabel = "TEXT", description = "Only events whose message or source contains TEXT (ignoring case).")
    String text;

    @picocli.CommandLine.Mixin
    TimeRangeOptions range;

    @Option(names = "--limit", defaultValue = "10000", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON object per line instead of CSV.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Set<String> levels = new HashSet<>();
        severities.forEach(s -> levels.add(s.toUpperCase(Locale.ROOT)));
        try (TwinStore store = workspace.openStore()) {
            List<StoredEvent> events = store.events().find(new EventQuery(twin, range.fromMillis(), range.toMillis(), kinds,
                    levels, text, limit));
            if (!json) {
                out.println("timestamp_ms,time,severity,kind,element,source,message");
            }
            for (StoredEvent e : events) {
                if (json) {
                    ObjectNode node = JSON.createObjectNode().put("timestamp", e.timestamp()).put("time", Instant.ofEpochMilli(e.timestamp()).toString())
                            .put("severity", e.severity()).put("kind", e.kind()).put("element", e.elementId()).put("source", e.source())
                            .put("message", e.message());
                    if (e.attributesJson() != null) {
                        try {
                            node.set("attributes", JSON.readTree(e.attributesJson()));
                        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                            node.put("attributes", e.attributesJson());
                        }
                    }
                    out.println(node);
                } else {
                    out.println(e.timestamp() + "," + Instant.ofEpochMilli(e.timestamp()) + "," + e.severity() + "," + e.kind() + ","
                            + csv(e.elementId()) + "," + csv(e.source()) + "," + csv(e.message()));
                }
            }
            out.flush();
            spec.commandLine().getErr().println(events.size() + " events" + (events.size() == limit ? " (the limit; raise --limit)" : ""));
            return 0;
        }
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
