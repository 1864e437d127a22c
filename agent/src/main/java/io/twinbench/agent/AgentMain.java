package io.twinbench.agent;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Logger;

import com.fasterxml.jackson.jr.ob.JSON;

import io.twinbench.inventory.EndpointInventory;
import io.twinbench.inventory.ImagePolicy;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.protocol.EnrollmentToken;
import io.twinbench.protocol.Event;
import io.twinbench.protocol.EventBatch;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.TelemetryBatch;
import oshi.SystemInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `java -jar twinbench-agent.jar`: collects this endpoint's telemetry into its on-disk outbox. */
@Command(name = "twinbench-agent", mixinStandardHelpOptions = true, version = "Twinbench agent " + AgentMain.VERSION,
        description = {"Collects this endpoint's CPU, memory, disk, file-system and network metrics, process figures,",
                "its inventory (packages, units, users, configuration, services, listeners, connections), application",
                "logs and security events (logins, sudo, new users, ports and services, the audit log) every interval,",
                "its drives' SMART health (with smartctl, every ten minutes),",
                "keeps them, numbered, in a bounded on-disk spool, and streams them to the workbench over mutual TLS",
                "until it acknowledges them. The first run with --token enrols the agent; later runs need no token."},
        footer = {"", "Exit codes: 0 done, 1 unfinished (workbench unreachable at enrolment, frames left to send), 2 bad options, 3 refused by the workbench (enrolment or certificate; see the log).",
                "", "Examples:", "  java -jar twinbench-agent.jar --once            print one batch as JSON and exit",
                "  java -jar twinbench-agent.jar --server wb.example:7443 --token twb2-…   enrol, then stream",
                "  java -jar twinbench-agent.jar --server wb.example:7443                  stream (already enrolled)"})
public final class AgentMain implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(AgentMain.class.getName());
    static final String VERSION = "0.1.0";
    static final int EXIT_REFUSED = 3;
    /** Section hashes go along every tenth inventory round (ten minutes at the default interval). */
    static final int HASHES_EVERY_ROUNDS = 10;
    /** How many of the busiest and of the largest processes get series. */
    static final int TOP_PROCESSES = 10;

    @Spec
    CommandSpec spec;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "5",
            description = "Seconds between two collections (default: ${DEFAULT-VALUE}).")
    int intervalSeconds;

    @Option(names = "--server", paramLabel = "HOST:PORT", defaultValue = "${env:TWINBENCH_SERVER}",
            description = "The workbench's collector (./twinbench serve, or the workbench's own; default: $TWINBENCH_SERVER). "
                    + "Without it the agent only fills its spool.")
    String server;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:TWINBENCH_TOKEN}",
            description = "One-time enrolment token from ./twinbench enroll-token (default: $TWINBENCH_TOKEN); needed on the first run only.")
    String token;

    @Option(names = "--agent-id", paramLabel = "ID", description = "Name of this endpoint in the workbench (default: the host name).")
    String agentId;

    @Option(names = "--state", paramLabel = "DIR", description = "Directory of the agent's identity (key and certificate, mode 600) "
            + "(default: ${DEFAULT-VALUE}).")
    Path state = defaultState();

    @Option(names = "--spool", paramLabel = "DIR", description = "Directory of the on-disk outbox (default: <state>/spool).")
    Path spool;

    @Option(names = "--inventory-interval", paramLabel = "SECONDS", defaultValue = "60",
            description = "Seconds between two inventory rounds (packages, units, users, configuration, processes, services, "
                    + "listeners, connections); after the first, only changes travel. 0 turns the inventory off (default: ${DEFAULT-VALUE}).")
    int inventorySeconds;

    @Option(names = "--config-path", paramLabel = "PATH", description = "A configuration file or directory to record by hash, "
            + "besides the defaults (repeatable).")
    List<String> configPaths = new ArrayList<>();

    @Option(names = "--redact", paramLabel = "FILE", description = "More secret patterns, one regular expression per line "
            + "(group 1 is kept, the rest masked), besides the built-in ones for passwords, tokens, keys and URL credentials.")
    Path redactPatterns;

    @Option(names = "--smart-interval", paramLabel = "SECONDS", defaultValue = "600",
            description = "Seconds between two readings of the drives' SMART health with smartctl (smartmontools 7 or newer; drives in "
                    + "standby are not woken; 0 turns it off; default: ${DEFAULT-VALUE}).")
    int smartSeconds;

    @Option(names = "--smartctl", paramLabel = "PATH", defaultValue = "smartctl",
            description = "The smartctl to run (default: ${DEFAULT-VALUE} from PATH).")
    String smartctl;

    @Option(names = "--process-interval", paramLabel = "SECONDS", defaultValue = "15",
            description = "Seconds between two readings of the busiest and largest processes' CPU, resident memory and open files "
                    + "(0 turns them off; default: ${DEFAULT-VALUE}).")
    int processSeconds;

    @Option(names = "--log", paramLabel = "FILE", description = "An application log to follow (repeatable): each new line "
            + "becomes an event with its time and level, secrets masked. Rotation and truncation are followed.")
    List<Path> logs = new ArrayList<>();

    @Option(names = "--auth-log", paramLabel = "FILE|none", description = "The authentication log whose logins, failures, sudo "
            + "commands and new users become security events (default: /var/log/auth.log or /var/log/secure, whichever exists).")
    String authLog;

    @Option(names = "--journal", paramLabel = "FILE|none", description = "Where there is no authentication log: read logins, "
            + "failures, sudo and new users from the systemd journal (default: the system's journal through journalctl; FILE: a journal file).")
    String journal;

    @Option(names = "--audit-log", paramLabel = "FILE|none", description = "The Linux audit log (default: /var/log/audit/audit.log "
            + "where present).")
    String auditLog;

    @Option(names = "--watch-syscalls", paramLabel = "PID|NAME", description = "Count the system calls of this process, or of every "
            + "process with this command name, per call, every interval (repeatable; needs strace, which slows the traced process).")
    List<String> watchSyscalls = new ArrayList<>();

    @Option(names = "--strace", paramLabel = "PATH", defaultValue = "strace", description = "The strace binary (default: ${DEFAULT-VALUE}).")
    String strace;

    @Option(names = "--tcpdump", paramLabel = "PATH", defaultValue = "tcpdump", description = "The tcpdump binary shadow sessions capture packets with (default: ${DEFAULT-VALUE}).")
    String tcpdump;

    @Option(names = "--drain-seconds", paramLabel = "SECONDS", defaultValue = "30",
            description = "With --count: how long to wait, after the last collection, for the workbench to acknowledge everything.")
    int drainSeconds;

    @Option(names = "--spool-max-bytes", paramLabel = "BYTES", defaultValue = "268435456",
            description = "Most bytes the outbox may hold; when full the oldest unacknowledged batches are dropped and "
                    + "counted in the log (default: ${DEFAULT-VALUE}).")
    long spoolMaxBytes;

    @Option(names = "--once", description = "Collect one batch (two readings a second apart, so CPU load is known), "
            + "print it as JSON and exit; the spool is not touched.")
    boolean once;

    @Option(names = "--count", paramLabel = "N", defaultValue = "0",
            description = "Stop after N collections (default: run until stopped).")
    long count;

    public static void main(String[] args) {
        System.exit(new CommandLine(new AgentMain()).execute(args));
    }

    static Path defaultState() {
        return "root".equals(System.getProperty("user.name")) ? Path.of("/var/lib/twinbench-agent")
                : Path.of(System.getProperty("user.home"), ".twinbench-agent");
    }

    /** What this agent cannot collect on its endpoint, and why: told to the workbench at every connection. */
    private final List<String> notes = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (intervalSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--interval must be at least 1 second");
        }
        SystemInfo system = new SystemInfo();
        HostCollector collector = new HostCollector(system.getHardware(), system.getOperatingSystem(), Clock.systemUTC());
        if (once) {
            collector.collect();
            Thread.sleep(1000);
            PrintWriter out = spec.commandLine().getOut();
            out.println(JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(new TelemetryBatch(collector.collect())));
            out.flush();
            return 0;
        }
        Path spoolDir = spool != null ? spool : state.resolve("spool");
        WorkbenchAddress address = null;
        AgentIdentity identity = null;
        String hostname = system.getOperatingSystem().getNetworkParams().getHostName();
        if (server != null) {
            address = parseServer();
            try {
                identity = identity(address, hostname);
            } catch (WorkbenchRefusal e) {
                LOG.severe("the workbench refused to enrol this agent: " + e.getMessage());
                return EXIT_REFUSED;
            } catch (java.io.IOException e) {
                // enrolment needs the workbench once; the unit restarts the agent until it is reachable
                LOG.severe("cannot enrol: the workbench at " + address + " is unreachable (" + e.getMessage()
                        + "); check that it runs and that --server names it, then start the agent again with the same token.");
                return 1;
            }
        }
        try (DiskSpool outbox = new DiskSpool(spoolDir, spoolMaxBytes, Math.min(4L << 20, Math.max(16 << 10, spoolMaxBytes / 16)))) {
            LOG.info("collecting every " + intervalSeconds + " s into " + spoolDir + " (" + outbox.lastSeq() + " frames so far, "
                    + outbox.ackedSeq() + " acknowledged)");
            SecretRedactor redactor = redactor();
            EventCollector events = eventCollector(redactor);
            PlanAgent plans = identity == null ? null : new PlanAgent(state, identity.agentId(), outbox, Clock.systemUTC());
            if (plans != null) {
                plans.start();
            }
            CollectionGuard guard = plans == null ? new CollectionGuard(state, () -> null, outbox::append, Runnable::run)
                    : new CollectionGuard(state, plans::root, outbox::append, plans::execute);
            guard.load();
            // shadow sessions may fill at most half the spool with unsent frames: telemetry and plan reports keep the rest
            ShadowAgent shadows = identity == null ? null : new ShadowAgent(state, identity.agentId(), outbox, spoolMaxBytes / 2, plans::root, redactor,
                    // looked for at each session: tools may be installed or removed while the agent runs
                    () -> new ShadowSession.Tools(ShadowCapabilities.tool(strace, "strace"), ShadowCapabilities.tool(tcpdump, "tcpdump")),
                    guard::syscallsAllowed, Clock.systemUTC());
            InventorySync inventory = inventorySync(system, redactor, guard);
            Uplink uplink = identity == null ? null
                    : new Uplink(address, identity, outbox, VERSION, hostname, notes, r -> inventory.resend(r.sections(), r.reason()),
                            m -> plans.accept(m) || shadows.accept(m) || guard.accept(m));
            java.util.Set<String> applicationLogs = logs.stream().map(Path::toString).collect(java.util.stream.Collectors.toSet());
            if (uplink != null) {
                Thread sender = new Thread(uplink, "twinbench-agent-uplink");
                sender.setDaemon(true);
                sender.start();
            }
            try (SyscallCounter syscalls = new SyscallCounter(watchSyscalls, strace, Clock.systemUTC())) {
                long nextInventory = 0;
                long nextProcesses = 0;
                long nextSmart = 0;
                ProcessSampler processes = new ProcessSampler(system.getOperatingSystem(), Clock.systemUTC(), TOP_PROCESSES);
                SmartReader smart = new SmartReader(SmartReader.process(smartctl), Clock.systemUTC());
                for (long n = 0; count == 0 || n < count; n++) {
                    List<Event> seen = new ArrayList<>(events.collect());
                    if (inventorySeconds > 0 && System.currentTimeMillis() >= nextInventory) {
                        appendInventory(inventory, outbox);
                        nextInventory = System.currentTimeMillis() + inventorySeconds * 1000L;
                        long now = System.currentTimeMillis();
                        inventory.takeAppeared().forEach(item -> InventoryEvents.of(item, now).ifPresent(seen::add));
                    }
                    appendEvents(guard.events(seen, applicationLogs), outbox);
                    events.committed();
                    List<io.twinbench.protocol.Sample> samples = new ArrayList<>(collector.collect());
                    samples.addAll(guard.syscallsAllowed() ? syscalls.collect() : syscalls.paused());
                    if (processSeconds > 0 && System.currentTimeMillis() >= nextProcesses) {
                        samples.addAll(processes.collect());
                        nextProcesses = System.currentTimeMillis() + processSeconds * 1000L;
                    }
                    if (smartSeconds > 0 && System.currentTimeMillis() >= nextSmart) {
                        samples.addAll(smart.collect());
                        nextSmart = System.currentTimeMillis() + smartSeconds * 1000L;
                    }
                    outbox.append(new TelemetryBatch(samples));
                    if (count == 0 || n + 1 < count) {
                        if (uplink != null ? uplink.awaitFatal(intervalSeconds * 1000L) : sleep(intervalSeconds * 1000L)) {
                            return EXIT_REFUSED;
                        }
                    }
                }
                return uplink == null ? 0 : drain(uplink, outbox);
            } finally {
                if (uplink != null) {
                    uplink.stop();
                }
                if (shadows != null) {
                    shadows.close();
                }
                if (plans != null) {
                    plans.close();
                }
            }
        }
    }

    private SecretRedactor redactor() throws IOException {
        return redactPatterns == null ? SecretRedactor.defaults() : SecretRedactor.withFile(redactPatterns);
    }

    /** The followed logs: application logs as they are, the authentication and audit logs as security events. */
    private EventCollector eventCollector(SecretRedactor redactor) throws IOException {
        Clock clock = Clock.systemDefaultZone();
        List<EventCollector.Source> sources = new ArrayList<>();
        for (Path log : logs) {
            AppLogParser parser = new AppLogParser(log.toString(), clock, redactor);
            sources.add(new EventCollector.Source(log.toAbsolutePath(), line -> Optional.of(parser.parse(line))));
        }
        Optional<Path> auth = logFile(authLog, "/var/log/auth.log", "/var/log/secure");
        auth.ifPresent(file -> {
            AuthLogParser parser = new AuthLogParser(file.toString(), clock, redactor);
            sources.add(new EventCollector.Source(file, parser::parse));
        });
        logFile(auditLog, "/var/log/audit/audit.log").ifPresent(file -> {
            AuditLogParser parser = new AuditLogParser(file.toString(), redactor);
            sources.add(new EventCollector.Source(file, parser::parse));
        });
        JournalTail journalTail = null;
        if (auth.isEmpty() && !"none".equals(journal) && !"none".equals(authLog)) {
            List<String> command = new ArrayList<>(List.of("journalctl"));
            if (journal != null) {
                command.add("--file=" + Path.of(journal).toAbsolutePath());
            }
            JournalTail candidate = new JournalTail(command, state.resolve("journal.cursor"));
            Optional<String> why = candidate.unavailable();
            if (why.isEmpty()) {
                journalTail = candidate;
                LOG.info("no authentication log: security events come from the systemd journal");
            } else {
                notes.add("no source of security events: no /var/log/auth.log or /var/log/secure, and " + why.get());
            }
        } else if (auth.isEmpty() && "none".equals(authLog)) {
            notes.add("no source of security events: the authentication log was turned off (--auth-log none)");
        }
        for (String note : notes) {
            LOG.warning(note);
        }
        AuthLogParser journalParser = new AuthLogParser("journal", clock, redactor);
        return new EventCollector(sources, journalTail, journalParser::parse, new LogPositions(state));
    }

    /** The file an option names ("none": off), or else the first default that exists. */
    private static Optional<Path> logFile(String option, String... defaults) {
        if (option != null) {
            return "none".equals(option) ? Optional.empty() : Optional.of(Path.of(option).toAbsolutePath());
        }
        for (String d : defaults) {
            if (java.nio.file.Files.exists(Path.of(d))) {
                return Optional.of(Path.of(d));
            }
        }
        return Optional.empty();
    }

    /** Events go in batches the protocol accepts. */
    private static void appendEvents(List<Event> events, DiskSpool outbox) throws IOException {
        for (int from = 0; from < events.size(); from += EventBatch.MAX_EVENTS) {
            outbox.append(new EventBatch(events.subList(from, Math.min(events.size(), from + EventBatch.MAX_EVENTS))));
        }
    }

    /** The inventory as the collection policy lets it leave. */
    private InventorySync inventorySync(SystemInfo system, SecretRedactor redactor, CollectionGuard guard) throws IOException {
        ImagePolicy defaults = ImagePolicy.defaults();
        List<String> paths = new ArrayList<>(defaults.configPaths());
        paths.addAll(configPaths);
        EndpointInventory endpoint = EndpointInventory.ofThisMachine(system,
                new ImagePolicy(paths, defaults.contentPatterns(), defaults.maxContentBytes()), redactor, false);
        return new InventorySync(() -> {
            try {
                return guard.inventory(endpoint.read());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, HASHES_EVERY_ROUNDS);
    }

    /** A failed inventory round is logged and retried next round; telemetry goes on. */
    private static void appendInventory(InventorySync inventory, DiskSpool outbox) throws IOException {
        List<Message> messages;
        try {
            messages = inventory.round();
        } catch (IOException | UncheckedIOException e) {
            LOG.warning("could not read this endpoint's inventory: " + e.getMessage());
            return;
        }
        for (Message message : messages) {
            outbox.append(message);
        }
    }

    private WorkbenchAddress parseServer() {
        try {
            return WorkbenchAddress.parse(server);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--server: " + e.getMessage());
        }
    }

    /** The identity in the state directory, or a new one from enrolment when there is none and a token was given. */
    private AgentIdentity identity(WorkbenchAddress address, String hostname) throws Exception {
        Optional<AgentIdentity> known = AgentIdentity.load(state);
        if (known.isPresent()) {
            return known.get();
        }
        if (token == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "this agent is not enrolled yet (no "
                    + state.resolve(AgentIdentity.FILE) + "): give --token from ./twinbench enroll-token");
        }
        EnrollmentToken parsed;
        try {
            parsed = new EnrollmentToken(token);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--token: " + e.getMessage());
        }
        String id = agentId != null ? agentId : hostname;
        Enroller enroller = new Enroller();
        AgentIdentity enrolled = enroller.enrol(address, parsed, id, hostname);
        enrolled.save(state);
        enroller.trustRoot().ifPresent(root -> PlanAgent.keepEnrolmentRoot(state, root));
        enroller.collectionPolicy().ifPresent(policy -> CollectionGuard.keepEnrolmentPolicy(state, policy));
        LOG.info("enrolled with " + address + " as agent " + id + "; identity kept in " + state.resolve(AgentIdentity.FILE));
        return enrolled;
    }

    /** After the last collection of a --count run: wait until the workbench has everything, or say what is left. */
    private int drain(Uplink uplink, DiskSpool outbox) throws InterruptedException {
        long deadline = System.currentTimeMillis() + drainSeconds * 1000L;
        while (outbox.ackedSeq() < outbox.lastSeq() && System.currentTimeMillis() < deadline) {
            if (uplink.awaitFatal(200)) {
                return EXIT_REFUSED;
            }
        }
        if (outbox.ackedSeq() < outbox.lastSeq()) {
            LOG.warning((outbox.lastSeq() - outbox.ackedSeq()) + " frames are not acknowledged yet; they stay in the spool for the next run");
            return 1;
        }
        LOG.info("the workbench acknowledged everything up to seq " + outbox.lastSeq());
        return 0;
    }

    private static boolean sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return false;
    }
}
