package io.twinbench.sim.image;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The twin container's entry point: a POSIX shell script that starts the endpoint's services
 * from their own unit files, in the order their After= lines ask for, each with its environment
 * files, environment and user, and logs each start to the container's output. systemd itself
 * does not run in a twin: it needs privileges and a writable root a twin never gets.
 */
public final class TwinInitScript {

    public static final String PATH = ".twinbench/init";
    /** The line the script prints once every service was started; runs wait for it. */
    public static final String READY = "twinbench: services started";

    private TwinInitScript() {
    }

    /** The units in start order: After= first, then by name; cycles are broken by name, as systemd breaks them arbitrarily. */
    public static List<ServiceUnit> order(List<ServiceUnit> units) {
        Map<String, ServiceUnit> byName = new TreeMap<>();
        units.forEach(u -> byName.put(u.name(), u));
        List<ServiceUnit> ordered = new ArrayList<>();
        Map<String, Boolean> visiting = new LinkedHashMap<>();
        for (ServiceUnit unit : byName.values()) {
            visit(unit, byName, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(ServiceUnit unit, Map<String, ServiceUnit> byName, Map<String, Boolean> state, List<ServiceUnit> ordered) {
        if (state.containsKey(unit.name())) {
            return;
        }
        state.put(unit.name(), Boolean.FALSE);
        unit.after().stream().filter(byName::containsKey).sorted(Comparator.naturalOrder())
                .forEach(before -> visit(byName.get(before), byName, state, ordered));
        state.put(unit.name(), Boolean.TRUE);
        ordered.add(unit);
    }

    /**
     * @param logDirectories the image's directories under /var/log as "mode uid gid path": the twin's
     *                       /var/log is scratch space, empty at start, and services expect their own
     */
    public static String render(List<ServiceUnit> units, List<String> logDirectories) {
        StringBuilder sh = new StringBuilder();
        sh.append("#!/bin/sh\n")
                .append("# Written by Twinbench: starts this endpoint's services from their own unit files.\n")
                .append("# The root is read-only; /run, /tmp, /var/tmp and /var/log are the twin's scratch space.\n")
                .append("mkdir -p /run/twinbench\n")
                // mode before owner: once the directory is the service's, root without CAP_FOWNER may no longer chmod it
                .append("while read -r mode uid gid dir; do mkdir -p \"$dir\" && chmod \"$mode\" \"$dir\" && chown \"$uid:$gid\" \"$dir\"; done <<'EOF'\n");
        logDirectories.forEach(line -> sh.append(line).append('\n'));
        sh.append("EOF\n")
                .append("as_user() { u=$1; shift; if [ -n \"$u\" ] && [ \"$u\" != root ]; then")
                .append(" exec setpriv --reuid=\"$u\" --regid=\"${TWIN_GROUP:-$(id -g \"$u\")}\" --init-groups -- \"$@\"; else exec \"$@\"; fi; }\n")
                .append("trap 'kill -TERM $(cat /run/twinbench/*.pid 2>/dev/null) 2>/dev/null; exit 0' TERM INT\n")
                // a run may leave services out (TWINBENCH_DISABLED="a.service b.service"), as a recommendation to disable them is checked
                .append("disabled() { case \" ${TWINBENCH_DISABLED:-} \" in *\" $1 \"*) return 0;; esac; return 1; }\n")
                // a plan tried on the twin may have disabled a service the image started (update-rc.d NAME disable, as there is no
                // systemd to ask): its init script's runlevel links are then all K links, and the twin as the plan left it does not start it
                .append("rc_disabled() { n=${1%.service}; [ -e \"/etc/init.d/$n\" ] || return 1;")
                .append(" ls /etc/rc[2345].d/K[0-9][0-9]\"$n\" >/dev/null 2>&1 || return 1;")
                .append(" ! ls /etc/rc[2345].d/S[0-9][0-9]\"$n\" >/dev/null 2>&1; }\n");
        for (ServiceUnit unit : order(units)) {
            String name = unit.name();
            sh.append("\n# ").append(name).append('\n');
            sh.append("if disabled ").append(quote(name)).append("; then echo \"twinbench: ").append(name).append(" disabled for this run\"\n");
            sh.append("elif rc_disabled ").append(quote(name)).append("; then echo \"twinbench: ").append(name)
                    .append(" disabled in the image (no runlevel starts it)\"\nelse\n");
            sh.append("echo \"twinbench: starting ").append(name).append("\"\n");
            sh.append("(\n");
            for (String file : unit.environmentFiles()) {
                boolean optional = file.startsWith("-");
                String path = optional ? file.substring(1) : file;
                sh.append("  set -a; ");
                if (optional) {
                    sh.append("[ -r ").append(quote(path)).append(" ] && ");
                }
                sh.append(". ").append(quote(path)).append("; set +a\n");
            }
            for (String assignments : unit.environment()) {
                sh.append("  export ").append(assignments).append('\n');
            }
            if (unit.workingDirectory() != null) {
                String dir = unit.workingDirectory().startsWith("-") ? unit.workingDirectory().substring(1) : unit.workingDirectory();
                sh.append("  cd ").append(dir.equals("~") ? "\"$HOME\"" : quote(dir)).append(" 2>/dev/null\n");
            }
            if (unit.group() != null) {
                sh.append("  TWIN_GROUP=").append(quote(unit.group())).append('\n');
            }
            for (String pre : unit.execStartPre()) {
                sh.append("  (as_user ").append(quote(orEmpty(unit.user()))).append(" /bin/sh -c ").append(quote("exec " + command(pre)))
                        .append(")").append(pre.startsWith("-") ? "" : " || exit $?").append('\n');
            }
            List<String> starts = unit.execStart();
            for (int i = 0; i < starts.size(); i++) {
                boolean last = i == starts.size() - 1;
                String run = "as_user " + quote(orEmpty(unit.user())) + " /bin/sh -c " + quote("exec " + command(starts.get(i)));
                sh.append("  ").append(last ? run : "(" + run + ")").append('\n');
            }
            sh.append(") >>").append(quote("/run/twinbench/" + name + ".log")).append(" 2>&1");
            if (unit.type().equals("oneshot") || unit.type().equals("forking")) {
                // a oneshot is done when it returns; a forking daemon is up once its parent returned
                sh.append("\necho \"twinbench: ").append(name).append(" returned $?\"\n");
            } else {
                sh.append(" &\necho $! > ").append(quote("/run/twinbench/" + name + ".pid")).append('\n');
            }
            sh.append("fi\n");
        }
        sh.append("\necho \"").append(READY).append("\"\n")
                .append("while :; do sleep 3600 & wait $!; done\n");
        return sh.toString();
    }

    /** systemd's command prefixes (-, @, +, !, :) do not reach the shell; %% is a literal percent. */
    static String command(String exec) {
        String line = exec.strip();
        while (!line.isEmpty() && "-@+!:".indexOf(line.charAt(0)) >= 0) {
            line = line.substring(1);
        }
        return line.replace("%%", "%");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
