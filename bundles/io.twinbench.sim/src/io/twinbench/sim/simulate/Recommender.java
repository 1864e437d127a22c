package io.twinbench.sim.simulate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.twinbench.model.twin.ElementKind;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.run.TwinChanges;
import io.twinbench.sim.run.TwinContainers;
import io.twinbench.sim.run.TwinLimits;
import io.twinbench.sim.scenario.Phase;
import io.twinbench.sim.scenario.Scenario;

/**
 * Turns what saturated in a simulation into configuration changes for the endpoint (cores,
 * memory, a process limit for unprivileged accounts), and checks
 * each one by running the scenario again, up to the phase where it saturated, on a twin with the
 * change applied. A change this machine cannot apply to a twin (more cores than it has) is
 * reported as not checked rather than guessed.
 */
public final class Recommender {

    /** The resource of a login recommendation: "login of alice". */
    static final String LOGIN = "login of ";
    /** The resource of a port recommendation: "port 80 (lighttpd.service)". */
    static final String PORT = "port ";
    private static final Recommendation.Subject PROCESSOR = new Recommendation.Subject(ElementKind.PROCESSOR, null);
    private static final Recommendation.Subject MEMORY = new Recommendation.Subject(ElementKind.MEMORY, null);

    private final SimulationRunner runner;
    private final int hostCores;
    private final long hostMemory;

    private final java.util.function.UnaryOperator<TwinLimits> allowed;

    public Recommender(SimulationRunner runner, int hostCores, long hostMemory) {
        this(runner, hostCores, hostMemory, java.util.function.UnaryOperator.identity());
    }

    /** allowed: what a twin may have of what a check asks (a twin management policy's limits), which says why in its notes. */
    public Recommender(SimulationRunner runner, int hostCores, long hostMemory, java.util.function.UnaryOperator<TwinLimits> allowed) {
        this.runner = runner;
        this.hostCores = hostCores;
        this.hostMemory = hostMemory;
        this.allowed = allowed;
    }

    /**
     * What an endpoint can do about a recommendation this class wrote, read back from its resource
     * and change (as the twin keeps them): lock an account, disable a service, or limit each
     * unprivileged account's processes. More cores or memory are no change an endpoint makes.
     */
    public record EndpointChange(Kind kind, String subject, long value) {
        public enum Kind { LOCK_ACCOUNT, DISABLE_SERVICE, LIMIT_PROCESSES }
    }

    /** The endpoint change behind a recommendation's resource and change text, if it is one an endpoint can make. */
    public static java.util.Optional<EndpointChange> endpointChange(String resource, String change) {
        if (resource == null || change == null) {
            return java.util.Optional.empty();
        }
        if (resource.startsWith(LOGIN)) {
            return java.util.Optional.of(new EndpointChange(EndpointChange.Kind.LOCK_ACCOUNT, resource.substring(LOGIN.length()), 0));
        }
        java.util.regex.Matcher port = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(PORT) + "[0-9, ]+ \\((.+)\\)").matcher(resource);
        if (port.matches()) {
            return java.util.Optional.of(new EndpointChange(EndpointChange.Kind.DISABLE_SERVICE, port.group(1), 0));
        }
        java.util.regex.Matcher nproc = java.util.regex.Pattern.compile("\\(nproc (\\d+) ").matcher(change);
        if (resource.equals(PhaseStatistics.PROCESSES) && nproc.find()) {
            return java.util.Optional.of(new EndpointChange(EndpointChange.Kind.LIMIT_PROCESSES, "*", Long.parseLong(nproc.group(1))));
        }
        return java.util.Optional.empty();
    }

    public List<Recommendation> recommend(TwinImage image, TwinLimits limits, Scenario scenario, SimulationReport report, BooleanSupplier cancelled)
            throws IOException {
        List<Recommendation> checked = new ArrayList<>();
        int cpuPhase = firstSaturated(report, PhaseStatistics.CPU);
        if (cpuPhase >= 0) {
            PhaseResult before = report.phases().get(cpuPhase);
            // enough cores for the phase's busy workers to stay under 80 %; twice as many when the load is not known in workers
            int workers = scenario.phases().get(cpuPhase).cpuWorkers();
            double wanted = workers > 0 ? Math.max(Math.ceil(limits.cpus()) + 1, Math.ceil(workers / 0.8)) : limits.cpus() * 2;
            TwinLimits most = allowed.apply(new TwinLimits(Math.min(io.twinbench.sim.run.TwinLimits.mostCpus(hostCores), wanted), limits.memoryBytes(),
                    limits.pids(), List.of()));
            double more = most.cpus();
            String change = "give the endpoint " + cores(wanted) + " (it has " + cores(limits.cpus()) + ")";
            if (more <= limits.cpus()) {
                checked.add(new Recommendation(PhaseStatistics.CPU, change, before.phase(), cpu(before, limits.cpus()), "not checked: "
                        + (most.notes().isEmpty() ? "a twin gets at most " + cores(io.twinbench.sim.run.TwinLimits.mostCpus(hostCores)) + " of this machine's "
                                + cores(hostCores) : most.notes().get(0)), false, PROCESSOR));
            } else {
                TwinLimits changed = new TwinLimits(more, limits.memoryBytes(), limits.pids(), limits.notes());
                PhaseResult after = rerun(image, changed, scenario, cpuPhase, cancelled);
                String afterText = cpu(after, more) + (more < wanted ? " (checked with " + cores(more) + ", all a twin gets here)" : "");
                checked.add(new Recommendation(PhaseStatistics.CPU, change, before.phase(), cpu(before, limits.cpus()), afterText,
                        !after.saturated(PhaseStatistics.CPU), PROCESSOR));
            }
        }
        int memoryPhase = firstSaturated(report, PhaseStatistics.MEMORY);
        if (memoryPhase >= 0) {
            PhaseResult before = report.phases().get(memoryPhase);
            Phase phase = scenario.phases().get(memoryPhase);
            // what the phase asked to hold, with room for the twin's own processes, or twice the limit when it asked for none
            long wanted = Math.max(limits.memoryBytes() * 2, roundUp((long) (Math.max(before.memoryPeakBytes(), phase.memoryBytes()) * 2.0)));
            TwinLimits most = allowed.apply(new TwinLimits(limits.cpus(), Math.min(io.twinbench.sim.run.TwinLimits.mostMemory(hostMemory), wanted),
                    limits.pids(), List.of()));
            long more = most.memoryBytes();
            String change = "raise the endpoint's memory to " + (more >> 20) + " MiB (it has " + (limits.memoryBytes() >> 20) + " MiB)";
            if (more <= limits.memoryBytes()) {
                checked.add(new Recommendation(PhaseStatistics.MEMORY, change, before.phase(), memory(before), "not checked: "
                        + (most.notes().isEmpty() ? "a twin gets no more of this machine's memory" : most.notes().get(0)), false, MEMORY));
            } else {
                TwinLimits changed = new TwinLimits(limits.cpus(), more, limits.pids(), limits.notes());
                PhaseResult after = rerun(image, changed, scenario, memoryPhase, cancelled);
                checked.add(new Recommendation(PhaseStatistics.MEMORY, change, before.phase(), memory(before), memory(after),
                        after.oomKills() == 0 && !after.saturated(PhaseStatistics.MEMORY), MEMORY));
            }
        }
        int processesPhase = firstSaturated(report, PhaseStatistics.PROCESSES);
        if (processesPhase >= 0) {
            PhaseResult before = report.phases().get(processesPhase);
            // a quarter of the twin's limit for any one unprivileged account leaves the rest to the services and root
            int perAccount = (int) Math.max(16, Math.min(1024, before.pidsLimit() / 4));
            String change = "limit unprivileged accounts to " + perAccount + " processes (nproc " + perAccount
                    + " in /etc/security/limits.conf; TasksMax= for services)";
            PhaseResult after = rerun(image, limits, new TwinChanges(perAccount, java.util.Map.of(), java.util.Set.of()), scenario, processesPhase, cancelled);
            checked.add(new Recommendation(PhaseStatistics.PROCESSES, change, before.phase(), processes(before), processes(after),
                    after.pidsLimitHits() == 0 && !after.saturated(PhaseStatistics.PROCESSES),
                    new Recommendation.Subject(ElementKind.OPERATING_SYSTEM, null)));
        }
        for (int i = 0; i < report.phases().size(); i++) {
            Map<String, List<Integer>> listening = PortScans.servicesListening(report.phases().get(i).threatFindings());
            if (!listening.isEmpty()) {
                checked.addAll(closePorts(image, limits, scenario, report.phases().get(i), i, listening, cancelled));
                break;
            }
        }
        for (int i = 0; i < report.phases().size(); i++) {
            List<String> guessed = LoginGuessing.guessedAccounts(report.phases().get(i).threatFindings());
            if (!guessed.isEmpty()) {
                checked.addAll(lockAccounts(image, limits, scenario, report.phases().get(i), i, guessed, cancelled));
                break;
            }
        }
        return checked;
    }

    /**
     * Accounts a brute force got into: lock their passwords (or give them strong ones), checked by
     * guessing again on a twin whose shadow file has them locked. The shadow file is read from the
     * image and written locked to a file only root may read, mounted over the twin's for the run and
     * deleted after it: its hashes reach no report and no store.
     */
    private List<Recommendation> lockAccounts(TwinImage image, TwinLimits limits, Scenario scenario, PhaseResult before, int phase, List<String> accounts,
            BooleanSupplier cancelled) throws IOException {
        byte[] shadow;
        try (TwinContainers containers = new TwinContainers(runner.engine(), java.time.Clock.systemUTC())) {
            shadow = containers.readFile(image, "/etc/shadow");
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("twinbench-shadow", "",
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        try {
            java.nio.file.Files.write(file, LoginGuessing.locked(shadow, accounts));
            PhaseResult after = rerun(image, limits, new TwinChanges(0, java.util.Map.of("/etc/shadow", file), java.util.Set.of()), scenario, phase, cancelled);
            List<String> stillIn = LoginGuessing.guessedAccounts(after.threatFindings());
            List<Recommendation> recommendations = new ArrayList<>();
            for (String account : accounts) {
                String was = before.threatFindings().stream().filter(f -> f.startsWith("ALLOWED: " + account + " ")).findFirst().orElse("");
                String now = stillIn.contains(account) ? "a guess still got in" : account + " locked: no guess got in ("
                        + after.threatFindings().stream().filter(f -> f.startsWith("guessing pace")).findFirst().orElse("no guessing") + ")";
                recommendations.add(new Recommendation(LOGIN + account, "lock " + account + "'s password (passwd -l " + account
                        + ") or give it a strong one", before.phase(), was.replaceFirst("^ALLOWED: ", ""), now, !stillIn.contains(account),
                        new Recommendation.Subject(ElementKind.USER, account)));
            }
            return recommendations;
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    /**
     * Ports the scan found open, by the service listening there: close them by disabling the
     * service, if the endpoint does not need it; each checked by scanning again on a twin that
     * leaves the service out.
     */
    private List<Recommendation> closePorts(TwinImage image, TwinLimits limits, Scenario scenario, PhaseResult before, int phase,
            Map<String, List<Integer>> listening, BooleanSupplier cancelled) throws IOException {
        List<Recommendation> recommendations = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> service : listening.entrySet()) {
            String ports = String.join(", ", service.getValue().stream().map(String::valueOf).toList());
            PhaseResult after = rerun(image, limits, new TwinChanges(0, Map.of(), java.util.Set.of(service.getKey())), scenario, phase, cancelled);
            List<Integer> stillOpen = PortScans.open(after.threatFindings()).stream().filter(service.getValue()::contains).toList();
            recommendations.add(new Recommendation(PORT + ports + " (" + service.getKey() + ")", "if the endpoint does not need it, close port " + ports
                    + " by disabling " + service.getKey() + " (systemctl disable --now " + service.getKey() + ")", before.phase(),
                    "port " + ports + " open, " + service.getKey() + " listening",
                    stillOpen.isEmpty() ? "closed with " + service.getKey() + " disabled" : "still open: " + stillOpen, stillOpen.isEmpty(),
                    new Recommendation.Subject(ElementKind.SERVICE, service.getKey())));
        }
        return recommendations;
    }

    /** The scenario up to and including the phase, on a twin with the changed limits; that phase's result. */
    private PhaseResult rerun(TwinImage image, TwinLimits changed, Scenario scenario, int phase, BooleanSupplier cancelled) throws IOException {
        return rerun(image, changed, TwinChanges.NONE, scenario, phase, cancelled);
    }

    private PhaseResult rerun(TwinImage image, TwinLimits changed, TwinChanges changes, Scenario scenario, int phase, BooleanSupplier cancelled)
            throws IOException {
        Scenario upTo = new Scenario(scenario.name() + " (checking a change)", scenario.phases().subList(0, phase + 1));
        return runner.run(image, changed, changes, upTo, SimulationRunner.Progress.NONE, cancelled).phases().get(phase);
    }

    private static String processes(PhaseResult phase) {
        return String.format("%d processes at most of %d, %d refused at the twin's limit%s", phase.pidsPeak(), phase.pidsLimit(), phase.pidsLimitHits(),
                phase.saturated(PhaseStatistics.PROCESSES) ? ", saturated" : "");
    }

    private static int firstSaturated(SimulationReport report, String resource) {
        for (int i = 0; i < report.phases().size(); i++) {
            if (report.phases().get(i).saturated(resource)) {
                return i;
            }
        }
        return -1;
    }

    private static String cpu(PhaseResult phase, double cpus) {
        return String.format("CPU %.0f %% of %s (highest %.0f %%)%s", phase.cpuMeanPercent(), cores(cpus), phase.cpuMaxPercent(),
                phase.saturated(PhaseStatistics.CPU) ? ", saturated" : "");
    }

    private static String memory(PhaseResult phase) {
        return String.format("%d OOM kills, peak %d MiB of %d MiB%s", phase.oomKills(), phase.memoryPeakBytes() >> 20, phase.memoryLimitBytes() >> 20,
                phase.saturated(PhaseStatistics.MEMORY) ? ", saturated" : "");
    }

    private static String cores(double cpus) {
        return (cpus == Math.rint(cpus) ? Long.toString((long) cpus) : String.format("%.2f", cpus)) + (cpus == 1 ? " core" : " cores");
    }

    private static long roundUp(long bytes) {
        long mib = 64L << 20;
        return (bytes + mib - 1) / mib * mib;
    }
}
