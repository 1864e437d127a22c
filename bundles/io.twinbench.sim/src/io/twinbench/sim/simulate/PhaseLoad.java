package io.twinbench.sim.simulate;

import java.util.ArrayList;
import java.util.List;

import io.twinbench.sim.scenario.Phase;
import io.twinbench.sim.scenario.RequestReplay;
import io.twinbench.sim.scenario.Threat;

/**
 * The shell a phase runs inside the twin, written for the tools every Debian root has (sh,
 * coreutils, util-linux; bash for the port scan). Load runs in a session of its own, which
 * kills itself when the phase ends; its id is left in a file so that the phase can also end it
 * from outside.
 */
final class PhaseLoad {

    static final String GROUP_FILE = "/tmp/.twinbench-load";

    private PhaseLoad() {
    }

    /** The account a fork bomb runs as: nobody, as a compromised service would be. */
    static final String UNPRIVILEGED = "setpriv --reuid=65534 --regid=65534 --clear-groups";

    /** What runs in the background for the phase's duration; empty when the phase only watches. */
    static String background(Phase phase, double cpus) {
        return background(phase, cpus, 0);
    }

    /**
     * @param accountProcesses a limit on the processes of an unprivileged account (RLIMIT_NPROC, as
     *                         pam_limits sets it at login from nproc in limits.conf); 0 for none
     */
    static String background(Phase phase, double cpus, int accountProcesses) {
        List<String> parts = new ArrayList<>();
        int workers = phase.cpuWorkers() + (phase.threat() == Threat.CPU_MINER ? (int) Math.ceil(cpus) : 0);
        if (workers > 0) {
            parts.add("for i in $(seq " + workers + "); do (while :; do :; done) & done");
        }
        if (phase.memoryBytes() > 0) {
            // tail keeps the last N bytes of a stream until it ends: exactly N held, with no copy on the way (a shell variable held twice)
            parts.add("(head -c " + phase.memoryBytes() + " /dev/zero; sleep 86400) | tail -c " + phase.memoryBytes() + " > /dev/null &");
        }
        if (phase.diskBytes() > 0) {
            parts.add("(dd if=/dev/zero of=/var/tmp/.twinbench-disk bs=65536 count=" + Math.max(1, phase.diskBytes() / 65536)
                    + " conv=fsync 2>/tmp/.twinbench-dd; sleep 86400) &");
        }
        if (phase.threat() == Threat.FORK_BOMB) {
            String limit = accountProcesses > 0 ? "prlimit --nproc=" + accountProcesses + ":" + accountProcesses + " -- " : "";
            parts.add(limit + UNPRIVILEGED + " sh -c 'bomb() { bomb | bomb & }; bomb' 2>/dev/null &");
        }
        if (phase.threat() == Threat.DISK_FILL) {
            parts.add("(for d in /var/tmp /var/log /tmp; do dd if=/dev/zero of=$d/.twinbench-fill bs=1M 2>>/tmp/.twinbench-dd; done; sleep 86400) &");
        }
        if (parts.isEmpty()) {
            return "";
        }
        // The group ends itself just before the phase does: its timer is forked first, so killing
        // (kill 0 is a builtin) needs no new process even when a fork bomb has taken them all.
        double seconds = Math.max(0.5, phase.duration().toMillis() / 1000.0 - 0.5);
        String timer = String.format(java.util.Locale.ROOT, "(sleep %.1f; kill -9 0) &", seconds);
        // one command per line: "cmd &; next" is a syntax error in sh
        return "echo $$ > " + GROUP_FILE + "\n" + timer + "\n" + String.join("\n", parts) + "\nwait";
    }

    /**
     * Ends every process the phase started: the whole group at once with bash's kill (dash's
     * cannot signal a group, and a Debian minbase root has no /bin/kill), else one by one.
     */
    static String stop() {
        return "g=$(cat " + GROUP_FILE + " 2>/dev/null); if [ -n \"$g\" ]; then"
                + " if command -v bash >/dev/null; then bash -c \"kill -KILL -- -$g\" 2>/dev/null;"
                + " else for i in 1 2 3; do for s in /proc/[0-9]*/stat; do set -- $(cat $s 2>/dev/null); [ \"$5\" = \"$g\" ] && kill -9 $1 2>/dev/null; done; done; fi; fi;"
                + " rm -f " + GROUP_FILE + " /var/tmp/.twinbench-* /tmp/.twinbench-fill /var/log/.twinbench-fill; true";
    }

    /**
     * The command that plays the requests inside the twin for the given seconds, with bash's
     * /dev/tcp and its microsecond clock (a minbase root has neither curl nor nc). Each client
     * keeps its own schedule; a client whose answers come late sends its next request at once,
     * so a service that cannot keep up shows as fewer requests sent than asked for. Per request a
     * line "send START_US" as it goes, then "ok|timeout|refused START_US LATENCY_US [status line]"
     * once it is done; one cut off at the end has only the first.
     */
    static List<String> replay(RequestReplay replay, double seconds) {
        String script = String.join("\n",
                "port=$1 gap=$2 clients=$3 until=$4; shift 4; reqs=(\"$@\"); n=${#reqs[@]}",
                // a FIFO nobody writes: read -t on it sleeps without starting a process
                "f=/tmp/.twinbench-replay.$$; mkfifo \"$f\" && exec 9<>\"$f\"; rm -f \"$f\"",
                "now() { t=${EPOCHREALTIME/./}; t=$((10#$t)); }",
                "now; start=$t; end=$((start + until))",
                "client() {",
                "  local i=$1 next=$((start + $1 * gap)) t0 status line len d",
                "  while :; do",
                "    now; (( t >= end )) && break",
                "    if (( next > t )); then d=$((next - t)); printf -v d '%d.%06d' $((d / 1000000)) $((d % 1000000)); read -t \"$d\" -u 9; now; (( t >= end )) && break; fi",
                "    t0=$t; echo \"send $((t0 - start))\"",
                "    if exec 3<>/dev/tcp/127.0.0.1/$port; then",
                "      printf '%s' \"${reqs[i % n]}\" >&3",
                "      if IFS= read -r -t 10 status <&3; then",
                "        len=-1",
                "        while IFS= read -r -t 10 line <&3; do line=${line%$'\\r'}; [ -z \"$line\" ] && break;"
                        + " case ${line,,} in content-length:*) len=${line#*:}; len=$((10#${len// /}));; esac; done",
                // a HEAD, 204 or 304 answer announces a length it does not send
                "        case \"${reqs[i % n]%% *} $status\" in HEAD*|*' 204 '*|*' 304 '*) len=0;; esac",
                "        if (( len > 0 )); then read -r -N $len -t 10 line <&3; elif (( len < 0 )); then while IFS= read -r -t 10 line <&3; do :; done; fi",
                "        now; echo \"ok $((t0 - start)) $((t - t0)) ${status%$'\\r'}\"",
                "      else now; echo \"timeout $((t0 - start)) $((t - t0))\"; fi",
                "      exec 3<&-",
                "    else now; echo \"refused $((t0 - start)) $((t - t0))\"; fi",
                "    i=$((i + clients)); next=$((next + clients * gap))",
                "  done",
                "}",
                "for ((c = 0; c < clients; c++)); do client $c 2>/dev/null & done",
                "wait");
        // requests still waiting for an answer half a second after the last was sent are cut off with the clients (timeout kills its group)
        List<String> command = new ArrayList<>(List.of("timeout", "-s", "KILL", String.format(java.util.Locale.ROOT, "%.1f", seconds + 0.5), "env", "LC_ALL=C",
                "bash", "-c", script, "replay", Integer.toString(replay.port()),
                Long.toString(Math.max(1, 1_000_000L / replay.rate())), Integer.toString(replay.clients()),
                Long.toString(Math.round(seconds * 1_000_000))));
        command.addAll(replay.requests());
        return command;
    }

    /** Threats whose outcome is what they print, run to their end at the start of the phase. */
    static String probe(Threat threat) {
        return switch (threat) {
            case PRIVILEGE_ESCALATION -> String.join("\n",
                    "as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups \"$@\"; }",
                    "try() { what=$1; shift; if \"$@\" >/dev/null 2>&1; then echo \"ALLOWED: $what\"; else echo \"blocked: $what\"; fi; }",
                    "try 'read /etc/shadow as nobody' as_nobody cat /etc/shadow",
                    "command -v su >/dev/null && try 'su to root as nobody' as_nobody su -c true root </dev/null",
                    "cp /bin/sh /tmp/.twinbench-sh 2>/dev/null && chmod u+s /tmp/.twinbench-sh 2>/dev/null;"
                            + " try 'a setuid shell run by nobody gives root' as_nobody /tmp/.twinbench-sh -p -c 'test \"$(id -u)\" = 0'",
                    "rm -f /tmp/.twinbench-sh",
                    "try 'mount a file system as root' mount -t tmpfs none /mnt",
                    "try 'chroot as root' chroot / true",
                    "try 'write the root file system as root' touch /usr/.twinbench-was-here",
                    "try 'change the clock as root' date -s @0",
                    "try 'read kernel memory as root' head -c 1 /dev/mem");
            case PORT_SCAN -> "bash -c 'n=0; for p in $(seq 1 1024); do (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null && echo \"open: tcp $p\";"
                    + " n=$((n+1)); done; echo \"scanned: $n ports on 127.0.0.1\"'";
            default -> null;
        };
    }
}
