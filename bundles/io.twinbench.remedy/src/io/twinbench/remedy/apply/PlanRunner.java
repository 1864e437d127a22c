package io.twinbench.remedy.apply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.twinbench.remedy.plan.Action;
import io.twinbench.remedy.plan.Check;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanDocument;

/**
 * Applies a verified plan as a journaled transaction: for each action the inverse is forced to
 * disk before the action runs; a failing action or check undoes everything applied, in reverse
 * (files first, then services, so restarted services read the restored files). A plan that
 * passes waits for the workbench's confirmation; {@link #recover} rolls back what a crash cut
 * short and returns the plans still waiting, with their deadlines.
 */
public final class PlanRunner {

    private final Path plansDirectory;
    private final Steps steps;
    private final CheckRunner checks;
    private final Consumer<PlanProgress> progress;
    private final Clock clock;

    public PlanRunner(Path plansDirectory, Steps steps, CheckRunner checks, Consumer<PlanProgress> progress, Clock clock) {
        this.plansDirectory = plansDirectory;
        this.steps = steps;
        this.checks = checks;
        this.progress = progress;
        this.clock = clock;
    }

    public record Outcome(boolean applied, Instant confirmBy, String reason) {
    }

    /** A plan that passed and waits for confirmation until its deadline. */
    public record Waiting(String planId, long version, Instant confirmBy) {
    }

    public Journal journal(String planId, long version) {
        return new Journal(plansDirectory.resolve(planId + "-v" + version));
    }

    public Outcome apply(Plan plan) throws IOException, InterruptedException {
        Journal journal = journal(plan.id(), plan.version());
        if (!journal.events().isEmpty()) {
            throw new IOException("plan " + plan.id() + " version " + plan.version() + " was already applied here");
        }
        Files.createDirectories(journal.directory());
        Files.write(journal.directory().resolve("plan.json"), PlanDocument.canonical(plan));
        journal.append(Journal.event(Journal.BEGIN, "plan", plan.id(), "version", plan.version()));
        Path backups = journal.backups();
        List<Action> actions = plan.actions();
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            try {
                Map<String, Object> inverse = steps.prepare(action, backups, Integer.toString(i));
                journal.append(Journal.event(Journal.PREPARED, "step", i, "inverse", inverse));
                steps.apply(action);
                journal.append(Journal.event(Journal.APPLIED, "step", i));
                report(plan, PlanProgress.Kind.ACTION, i, PlanProgress.APPLIED, action.describe());
            } catch (IOException | StepException | RuntimeException e) {
                String reason = "action " + (i + 1) + " (" + action.describe() + ") failed: " + message(e);
                report(plan, PlanProgress.Kind.ACTION, i, PlanProgress.FAILED, message(e));
                rollback(plan.id(), plan.version(), reason);
                return new Outcome(false, null, reason);
            }
        }
        List<Check> planChecks = plan.checks();
        for (int i = 0; i < planChecks.size(); i++) {
            CheckRunner.Result result = checks.run(planChecks.get(i));
            report(plan, PlanProgress.Kind.CHECK, i, result.passed() ? PlanProgress.PASSED : PlanProgress.FAILED,
                    planChecks.get(i).describe() + ": " + result.observed());
            if (!result.passed()) {
                String reason = "check " + (i + 1) + " (" + planChecks.get(i).describe() + ") failed: " + result.observed();
                rollback(plan.id(), plan.version(), reason);
                return new Outcome(false, null, reason);
            }
        }
        Instant confirmBy = clock.instant().plus(plan.confirmTimeout());
        journal.append(Journal.event(Journal.AWAITING, "confirmBy", confirmBy.toString()));
        report(plan, PlanProgress.Kind.PLAN, -1, PlanProgress.AWAITING_CONFIRMATION, "confirm by " + confirmBy);
        return new Outcome(true, confirmBy, null);
    }

    /** The workbench confirmed: the plan stays. False when it was not waiting (already rolled back, say). */
    public synchronized boolean confirm(String planId, long version) throws IOException {
        Journal journal = journal(planId, version);
        if (!journal.state().equals(Journal.AWAITING)) {
            return false;
        }
        journal.append(Journal.event(Journal.CONFIRMED));
        progress.accept(new PlanProgress(planId, version, PlanProgress.Kind.PLAN, -1, PlanProgress.CONFIRMED, ""));
        return true;
    }

    /**
     * Undoes every prepared action of the plan, newest first, files before services. Each undone
     * step is journaled, so a rollback cut short by a crash resumes where it stopped.
     */
    public synchronized boolean rollback(String planId, long version, String reason) throws IOException {
        Journal journal = journal(planId, version);
        List<Map<String, Object>> events = journal.events();
        if (events.isEmpty() || journal.state().equals(Journal.ROLLED_BACK)) {
            return false;
        }
        List<Integer> undone = new ArrayList<>();
        List<Map<String, Object>> prepared = new ArrayList<>();
        for (Map<String, Object> event : events) {
            if (Journal.PREPARED.equals(event.get("event"))) {
                prepared.add(event);
            } else if ("undone".equals(event.get("event"))) {
                undone.add(((Number) event.get("step")).intValue());
            }
        }
        Collections.reverse(prepared);
        List<String> failures = new ArrayList<>();
        Path backups = journal.backups();
        for (boolean servicePass : new boolean[] {false, true}) {
            for (Map<String, Object> event : prepared) {
                int step = ((Number) event.get("step")).intValue();
                @SuppressWarnings("unchecked")
                Map<String, Object> inverse = (Map<String, Object>) event.get("inverse");
                if (Steps.isService(inverse) != servicePass || undone.contains(step)) {
                    continue;
                }
                try {
                    steps.undo(inverse, backups);
                    journal.append(Journal.event("undone", "step", step));
                    progress.accept(new PlanProgress(planId, version, PlanProgress.Kind.ACTION, step, PlanProgress.UNDONE, ""));
                } catch (IOException | StepException | RuntimeException e) {
                    failures.add("undoing action " + (step + 1) + ": " + message(e));
                }
            }
        }
        String detail = reason + (failures.isEmpty() ? "" : "; " + String.join("; ", failures));
        journal.append(Journal.event(Journal.ROLLED_BACK, "reason", detail));
        progress.accept(new PlanProgress(planId, version, PlanProgress.Kind.PLAN, -1, PlanProgress.ROLLED_BACK, detail));
        return true;
    }

    /** After a start: rolls back every plan a crash left unfinished, and returns those still waiting for confirmation. */
    public List<Waiting> recover() throws IOException {
        List<Waiting> waiting = new ArrayList<>();
        if (!Files.isDirectory(plansDirectory)) {
            return waiting;
        }
        List<Path> directories;
        try (Stream<Path> list = Files.list(plansDirectory)) {
            directories = list.filter(Files::isDirectory).sorted().toList();
        }
        for (Path directory : directories) {
            Journal journal = new Journal(directory);
            List<Map<String, Object>> events = journal.events();
            if (events.isEmpty() || journal.finished()) {
                continue;
            }
            String planId = String.valueOf(events.get(0).get("plan"));
            long version = ((Number) events.get(0).get("version")).longValue();
            Map<String, Object> last = events.get(events.size() - 1);
            if (Journal.AWAITING.equals(last.get("event"))) {
                waiting.add(new Waiting(planId, version, Instant.parse((String) last.get("confirmBy"))));
            } else {
                rollback(planId, version, "the agent stopped while applying the plan");
            }
        }
        return waiting;
    }

    /** The highest plan version this endpoint ever began to apply: a plan at or below it is a replay. */
    public long highestVersion() throws IOException {
        long highest = 0;
        Path file = plansDirectory.resolve("highest-version");
        if (Files.exists(file)) {
            highest = Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).trim());
        }
        return highest;
    }

    public void recordVersion(long version) throws IOException {
        Files.createDirectories(plansDirectory);
        Path temporary = plansDirectory.resolve("highest-version.new");
        Files.writeString(temporary, Long.toString(version), StandardCharsets.UTF_8);
        Durable.force(temporary);
        Files.move(temporary, plansDirectory.resolve("highest-version"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Durable.forceDirectory(plansDirectory);
    }

    private void report(Plan plan, PlanProgress.Kind kind, int index, String state, String detail) {
        progress.accept(new PlanProgress(plan.id(), plan.version(), kind, index, state, detail));
    }

    static String message(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
