package io.twinbench.remedy.apply;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.twinbench.remedy.plan.Action;

/** Locks or unlocks an account's password with usermod; the inverse is whether it was locked (passwd -S). */
final class AccountStep implements Step<Action.Account> {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final Host host;

    AccountStep(Host host) {
        this.host = host;
    }

    private boolean locked(String name) throws IOException, StepException {
        Host.CommandResult status = host.run(List.of("passwd", "-S", name), TIMEOUT);
        String[] fields = status.output().trim().split("\\s+");
        if (!status.ok() || fields.length < 2) {
            throw new StepException("there is no account " + name + " on this endpoint" + (status.output().isBlank() ? "" : ": "
                    + ServiceManager.tail(status.output())));
        }
        return fields[1].equals("L");
    }

    @Override
    public Map<String, Object> prepare(Action.Account action, Path backups, String name) throws IOException, StepException {
        Map<String, Object> inverse = new LinkedHashMap<>();
        inverse.put("account", action.name());
        inverse.put("locked", locked(action.name()));
        return inverse;
    }

    @Override
    public void apply(Action.Account action) throws IOException, StepException {
        set(action.name(), action.lock());
    }

    private void set(String name, boolean lock) throws IOException, StepException {
        Host.CommandResult result = host.run(List.of("usermod", lock ? "-L" : "-U", name), TIMEOUT);
        if (!result.ok()) {
            throw new StepException("usermod " + (lock ? "-L " : "-U ") + name + " failed (exit " + result.exitCode() + "): "
                    + ServiceManager.tail(result.output()));
        }
    }

    @Override
    public void undo(Map<String, Object> inverse, Path backups) throws IOException, StepException {
        String name = (String) inverse.get("account");
        boolean wasLocked = Boolean.TRUE.equals(inverse.get("locked"));
        if (locked(name) != wasLocked) {
            set(name, wasLocked);
        }
    }
}
