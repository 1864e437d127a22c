package io.twinbench.cli.internal.cases;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.twinbench.cases.Annotation;
import io.twinbench.cases.BundleCheck;
import io.twinbench.cases.CaseBuilder;
import io.twinbench.cases.CaseBundle;
import io.twinbench.cases.CaseDefinition;
import io.twinbench.cases.CaseEvent;
import io.twinbench.cases.CaseException;
import io.twinbench.cases.CaseFilter;
import io.twinbench.cases.CaseFolder;
import io.twinbench.cases.CaseGatherer;
import io.twinbench.cases.CaseIndex;
import io.twinbench.cases.CaseReport;
import io.twinbench.cases.Cases;
import io.twinbench.cases.CustodyLog;
import io.twinbench.cli.internal.WorkspaceOption;
import io.twinbench.cli.internal.plan.Passphrase;
import io.twinbench.remedy.trust.KeyFile;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.shadow.ShadowSessions;
import io.twinbench.store.StoreException;
import io.twinbench.store.TwinStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "case", mixinStandardHelpOptions = true,
        description = {"Forensic cases: gather an endpoint's recordings, events, twin changes and snapshots over a time range onto one timeline,",
                "annotate them, and export the case as one signed, tamper-evident file that opens offline."})
public final class CaseCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Range {
        @Option(names = "--endpoint", split = ",", paramLabel = "ID", description = "Endpoints (agent ids) whose evidence to gather.")
        List<String> endpoints = new ArrayList<>();

        @Option(names = "--from", paramLabel = "ISO-TIME", description = "Start of the range (default: --last before --to).")
        Instant from;

        @Option(names = "--to", paramLabel = "ISO-TIME", description = "End of the range (default: now).")
        Instant to;

        @Option(names = "--last", paramLabel = "DURATION", defaultValue = "24h", description = "How far back from --to when --from is not given: 90m, 24h, 7d (default ${DEFAULT-VALUE}).")
        String last;

        Instant end() {
            return to == null ? Instant.now() : to;
        }

        Instant start() {
            if (from != null) {
                return from;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,6})(s|m|h|d)").matcher(last.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("--last " + last + " is not a duration such as 90m, 24h or 7d");
            }
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
            return end().minus(d);
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true, description = "Open a case; with --endpoint, gather its evidence over the range at once.")
    int create(@Parameters(paramLabel = "NAME") String name, @Mixin Range range, @Mixin WorkspaceOption workspace) {
        return run(() -> {
            Cases cases = cases(workspace);
            CaseFolder folder = cases.create(name, actor());
            out().println("case " + folder.id() + " opened in " + folder.root());
            if (!range.endpoints.isEmpty()) {
                gather(cases, folder, range, workspace);
            }
        });
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Gather more evidence into a case: an endpoint over a time range.")
    int add(@Parameters(paramLabel = "CASE") String id, @Mixin Range range, @Mixin WorkspaceOption workspace) {
        return run(() -> {
            if (range.endpoints.isEmpty()) {
                throw new IllegalArgumentException("give --endpoint: whose evidence to gather");
            }
            Cases cases = cases(workspace);
            CaseFolder folder = cases.folder(id);
            cases.requireWritable(folder);
            gather(cases, folder, range, workspace);
        });
    }

    private void gather(Cases cases, CaseFolder folder, Range range, WorkspaceOption workspace) {
        Instant from = range.start();
        Instant to = range.end();
        try (TwinStore store = workspace.openStore(); CaseIndex index = CaseIndex.open(folder.index(), false)) {
            ShadowSessions sessions = new ShadowSessions(store, workspace.plans(store)::trustRoot, Clock.systemUTC());
            for (String endpoint : range.endpoints) {
                CaseGatherer.Tally tally;
                long nextId;
                try (CaseBuilder builder = cases.builder(folder, index)) {
                    tally = new CaseGatherer(store, sessions, Clock.systemUTC()).gather(builder, endpoint, from, to, what -> { }, () -> false);
                    nextId = builder.nextId();
                }
                cases.gathered(folder, index, new CaseDefinition.Gathering(endpoint, from, to, Instant.now(), tally.summary()), nextId, actor());
                out().println(endpoint + " from " + from + " to " + to + ": " + tally.summary());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The workspace's cases.")
    int list(@Mixin WorkspaceOption workspace) {
        return run(() -> {
            List<Cases.Summary> all = cases(workspace).list();
            if (all.isEmpty()) {
                out().println("no cases in " + workspace.workspace().resolve("cases") + "; open one with `case new`");
            }
            for (Cases.Summary s : all) {
                out().printf("%-32s %-30s %s%s%n", s.folder().id(), s.definition().name(), String.join(",", s.definition().endpoints()),
                        s.status().isEmpty() ? "" : "  [" + s.status() + "]");
            }
        });
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "A case's timeline in the terminal: its events in time order, filtered.")
    int show(@Parameters(paramLabel = "CASE") String id, @Option(names = "--from", paramLabel = "ISO-TIME") Instant from,
            @Option(names = "--to", paramLabel = "ISO-TIME") Instant to,
            @Option(names = "--source", split = ",", paramLabel = "SOURCE", description = "syscall, packet, http, event, anomaly, change, snapshot, divergence, plan, rollout, note.") Set<String> sources,
            @Option(names = "--text", paramLabel = "TEXT") String text, @Option(names = "--process", paramLabel = "NAME|PID") String process,
            @Option(names = "--syscall", paramLabel = "NAME") String syscall, @Option(names = "--limit", defaultValue = "100") int limit,
            @Mixin WorkspaceOption workspace) {
        return run(() -> {
            Cases cases = cases(workspace);
            CaseFolder folder = cases.folder(id);
            try (CaseIndex index = cases.index(folder, true)) {
                Optional<long[]> extent = index.extent();
                if (extent.isEmpty()) {
                    out().println("case " + folder.id() + " has no events yet; gather some with `case add`");
                    return;
                }
                long a = from == null ? extent.get()[0] : micros(from);
                long b = to == null ? extent.get()[1] + 1 : micros(to);
                CaseFilter filter = new CaseFilter(a, b, sources == null ? Set.of() : sources, Set.of(), Set.of(), Set.of(), Set.of(), process, syscall, text);
                long count = index.count(filter);
                for (CaseEvent e : index.page(filter, 0, Math.max(1, Math.min(limit, 100_000)))) {
                    out().printf("%8d  %s  %-12s %-10s %-4s %s%n", e.id(), time(e.micros()), e.endpoint(), e.source(), e.side(), e.message());
                }
                out().println(count + " events match" + (count > limit ? " (first " + limit + " shown)" : ""));
            }
        });
    }

    @Command(name = "annotate", mixinStandardHelpOptions = true, description = "Bookmark an event or a range with tags, a comment and a colour (kept apart from the evidence).")
    int annotate(@Parameters(paramLabel = "CASE") String id, @Option(names = "--event", paramLabel = "ID") Long event,
            @Option(names = "--from", paramLabel = "ISO-TIME") Instant from, @Option(names = "--to", paramLabel = "ISO-TIME") Instant to,
            @Option(names = "--tag", split = ",", paramLabel = "TAG", description = "Tags; 'finding' puts it among the report's findings.") List<String> tags,
            @Option(names = "--comment", paramLabel = "TEXT") String comment, @Option(names = "--colour", paramLabel = "#RRGGBB") String colour,
            @Option(names = "--remove", paramLabel = "ANNOTATION") String remove, @Mixin WorkspaceOption workspace) {
        return run(() -> {
            Cases cases = cases(workspace);
            CaseFolder folder = cases.folder(id);
            cases.requireWritable(folder);
            if (remove != null) {
                cases.annotations(folder).change(List.of(), List.of(remove), actor(), Instant.now());
                out().println("removed annotation " + remove);
                return;
            }
            long a;
            long b;
            long eventId = -1;
            if (event != null) {
                try (CaseIndex index = cases.index(folder, true)) {
                    CaseEvent e = index.event(event).orElseThrow(() -> new IllegalArgumentException("case " + folder.id() + " has no event " + event));
                    a = e.micros();
                    b = e.micros();
                    eventId = e.id();
                }
            } else if (from != null) {
                a = micros(from);
                b = to == null ? a : micros(to);
            } else {
                throw new IllegalArgumentException("give --event or --from (and --to): what to annotate");
            }
            byte[] r = new byte[4];
            new java.security.SecureRandom().nextBytes(r);
            Annotation annotation = new Annotation("a-" + HexFormat.of().formatHex(r), eventId, a, b, tags == null ? List.of() : tags, comment, colour,
                    actor(), Instant.now());
            cases.annotations(folder).change(List.of(annotation), List.of(), actor(), Instant.now());
            out().println("annotation " + annotation.id() + " added to " + folder.id());
        });
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = {"Export a case as one file (BagIt layout, zipped): evidence, timeline (Timesketch JSON lines),",
            "annotations, twin snapshots, plans, custody log, manifests, signed with an analyst's key (plan keygen)."})
    int export(@Parameters(paramLabel = "CASE") String id, @Option(names = "--out", required = true, paramLabel = "FILE") Path out,
            @Option(names = "--key", required = true, paramLabel = "FILE", description = "The exporting analyst's encrypted key.") Path key,
            @Mixin Passphrase passphrase, @Mixin WorkspaceOption workspace) {
        return run(() -> {
            Cases cases = cases(workspace);
            CaseFolder folder = cases.folder(id);
            cases.requireWritable(folder);
            SigningKey signer;
            try {
                signer = KeyFile.read(key, passphrase.read("Passphrase for " + key.getFileName() + ": "));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the key " + key + ": " + e.getMessage(), e);
            }
            Path file = out.getFileName().toString().endsWith(CaseBundle.EXTENSION) ? out : out.resolveSibling(out.getFileName() + CaseBundle.EXTENSION);
            CaseBundle.Exported done = CaseBundle.export(folder, file, signer, actor(), tool(), Instant.now(), n -> { });
            out().println("exported " + done.files() + " files (" + done.bytes() + " bytes) to " + done.file() + ", signed by " + signer.publicKey().name()
                    + "; manifest sha256 " + done.manifestDigest());
        });
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = {"Verify a case bundle (or a case of the workspace): every file against the signed list and the",
            "manifests, the signature, and the custody chain. Exit 0 when intact, 3 when anything differs, naming it."})
    int verify(@Parameters(paramLabel = "FILE|CASE") String target, @Mixin WorkspaceOption workspace) {
        try {
            Path file = Path.of(target);
            if (!Files.exists(file)) {
                CaseFolder folder = cases(workspace).folder(target);
                CustodyLog.Check custody = new CustodyLog(folder.custody()).verify();
                out().println("case " + folder.id() + ": custody chain " + (custody.intact() ? "intact (" + custody.entries() + " entries)" : "BROKEN: " + custody.reason()));
                if (!Files.exists(folder.bag().resolve("manifest-sha256.txt"))) {
                    out().println("never exported: no manifest to compare with yet");
                    return custody.intact() ? 0 : 3;
                }
                file = folder.bag();
            }
            BundleCheck check = CaseBundle.verify(file, n -> { });
            out().println(check.summary());
            check.problems().forEach(p -> out().println("  " + p));
            return check.intact() ? 0 : 3;
        } catch (CaseException | IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    @Command(name = "open", mixinStandardHelpOptions = true, description = {"Open a case bundle in this workspace, verifying it; a tampered bundle opens read-only,",
            "its differences listed. No network or agent is needed."})
    int open(@Parameters(paramLabel = "FILE") Path bundle, @Mixin WorkspaceOption workspace) {
        return run(() -> {
            Cases.Opened opened = cases(workspace).open(bundle, actor(), n -> { });
            out().println("opened " + bundle + " as case " + opened.folder().id() + " (" + opened.events() + " events): " + opened.check().summary());
            opened.check().problems().forEach(p -> out().println("  " + p));
            if (!opened.check().intact()) {
                out().println("the case is TAMPERED: it is shown read-only, as it came");
            }
        });
    }

    @Command(name = "report", mixinStandardHelpOptions = true, description = "Write a case as one HTML page: summary, findings with their evidence, bookmarks, custody.")
    int report(@Parameters(paramLabel = "CASE") String id, @Option(names = "--out", required = true, paramLabel = "FILE.html") Path out,
            @Mixin WorkspaceOption workspace) {
        return run(() -> {
            Cases cases = cases(workspace);
            CaseFolder folder = cases.folder(id);
            try (CaseIndex index = cases.index(folder, true)) {
                CaseReport.write(cases, folder, index, out, tool());
            }
            out().println("wrote " + out);
        });
    }

    private interface Body {
        void run() throws CaseException;
    }

    private int run(Body body) {
        try {
            body.run();
            return 0;
        } catch (CaseException | StoreException | IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    static Cases cases(WorkspaceOption workspace) {
        return new Cases(workspace.workspace(), Clock.systemUTC());
    }

    static String actor() {
        return System.getProperty("user.name");
    }

    static String tool() {
        org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(CaseCommand.class);
        return "Twinbench " + (bundle == null ? "(development)" : bundle.getVersion());
    }

    static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000L + at.getNano() / 1000;
    }

    static String time(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000).toString();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
