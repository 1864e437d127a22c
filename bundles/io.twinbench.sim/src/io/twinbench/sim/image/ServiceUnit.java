package io.twinbench.sim.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.twinbench.inventory.UnitFileKeys;
import io.twinbench.sim.run.TwinHardening;

/**
 * What a twin needs of a systemd service unit to start it the way the endpoint does: its
 * commands, environment, user and ordering. Read from the unit file in the endpoint's own image.
 */
public record ServiceUnit(String name, String type, List<String> execStartPre, List<String> execStart, List<String> environmentFiles,
        List<String> environment, String user, String group, String workingDirectory, List<String> after, String bootStep) {

    public ServiceUnit {
        execStartPre = List.copyOf(execStartPre);
        execStart = List.copyOf(execStart);
        environmentFiles = List.copyOf(environmentFiles);
        environment = List.copyOf(environment);
        after = List.copyOf(after);
    }

    public static ServiceUnit parse(String name, List<String> lines) {
        Map<String, List<String>> keys = UnitFileKeys.parse(lines);
        List<String> execStart = resettable(keys, "ExecStart");
        return new ServiceUnit(name, first(keys, "Type", "simple"), resettable(keys, "ExecStartPre"), execStart,
                resettable(keys, "EnvironmentFile"), resettable(keys, "Environment"), first(keys, "User", null),
                first(keys, "Group", null), first(keys, "WorkingDirectory", null), words(keys.get("After")), bootStep(keys, execStart));
    }

    /** Whether the unit runs a command at all: a unit without ExecStart has nothing for the twin to start. */
    public boolean startable() {
        return !execStart.isEmpty();
    }

    /**
     * Why the twin leaves this unit out although the endpoint enables it: it is a step of
     * systemd's own boot (early, without default dependencies, or one of systemd's programs), or
     * it asks for a capability a twin never has; null for the endpoint's own services. systemd
     * does not run in a twin, so these would only fail there.
     */
    private static String bootStep(Map<String, List<String>> keys, List<String> execStart) {
        if ("no".equalsIgnoreCase(first(keys, "DefaultDependencies", "yes"))) {
            return "early boot (DefaultDependencies=no)";
        }
        String program = execStart.isEmpty() ? "" : TwinInitScript.command(execStart.get(execStart.size() - 1)).split("\\s+")[0];
        if (program.startsWith("/lib/systemd/") || program.startsWith("/usr/lib/systemd/") || program.startsWith("systemd")
                || program.equals("systemctl") || program.endsWith("/systemctl")) {
            return "systemd's own (" + program + ")";
        }
        for (String capability : keys.getOrDefault("ConditionCapability", List.of())) {
            String wanted = capability.strip();
            if (!wanted.isEmpty() && !wanted.startsWith("!") && !TwinHardening.keeps(wanted)) {
                return "needs " + wanted + ", which a twin never has";
            }
        }
        return null;
    }

    private static String first(Map<String, List<String>> keys, String key, String otherwise) {
        List<String> values = keys.get(key);
        return values == null || values.isEmpty() || values.get(values.size() - 1).isBlank() ? otherwise : values.get(values.size() - 1);
    }

    /** systemd's list keys: an empty assignment clears what came before (drop-ins use it). */
    private static List<String> resettable(Map<String, List<String>> keys, String key) {
        List<String> result = new ArrayList<>();
        for (String value : keys.getOrDefault(key, List.of())) {
            if (value.isBlank()) {
                result.clear();
            } else {
                result.add(value);
            }
        }
        return result;
    }

    private static List<String> words(List<String> values) {
        List<String> result = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String word : value.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    result.add(word);
                }
            }
        }
        return result;
    }
}
