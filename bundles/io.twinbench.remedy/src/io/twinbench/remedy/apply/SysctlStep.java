package io.twinbench.remedy.apply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.twinbench.remedy.plan.Action;

/** Sets a kernel parameter through /proc/sys; the inverse is its value before. */
final class SysctlStep implements Step<Action.Sysctl> {

    private final Host host;

    SysctlStep(Host host) {
        this.host = host;
    }

    private Path file(String key) {
        return host.file("/proc/sys/" + key.replace('.', '/'));
    }

    @Override
    public Map<String, Object> prepare(Action.Sysctl action, Path backups, String name) throws IOException, StepException {
        Path file = file(action.key());
        if (!Files.isRegularFile(file)) {
            throw new StepException("this kernel has no parameter " + action.key());
        }
        Map<String, Object> inverse = new LinkedHashMap<>();
        inverse.put("sysctl", action.key());
        inverse.put("value", Files.readString(file, StandardCharsets.UTF_8).strip());
        return inverse;
    }

    @Override
    public void apply(Action.Sysctl action) throws IOException, StepException {
        write(action.key(), action.value());
    }

    private void write(String key, String value) throws StepException {
        try {
            Files.writeString(file(key), value + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StepException("the kernel refused " + key + " = " + value + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void undo(Map<String, Object> inverse, Path backups) throws StepException {
        write((String) inverse.get("sysctl"), (String) inverse.get("value"));
    }
}
