package io.twinbench.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The keys of a systemd unit file, shared by the inventory and by the twin's start of its services. */
public final class UnitFileKeys {

    private UnitFileKeys() {
    }

    /** Key=value lines of an INI-style unit file; repeated keys accumulate, '\' continues a line. */
    public static Map<String, List<String>> parse(List<String> lines) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        StringBuilder pending = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (pending.length() == 0 && (line.isEmpty() || line.startsWith("#") || line.startsWith(";") || line.startsWith("["))) {
                continue;
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            pending.append(line);
            String full = pending.toString();
            pending.setLength(0);
            int eq = full.indexOf('=');
            if (eq > 0) {
                keys.computeIfAbsent(full.substring(0, eq).strip(), k -> new ArrayList<>()).add(full.substring(eq + 1).strip());
            }
        }
        return keys;
    }
}
