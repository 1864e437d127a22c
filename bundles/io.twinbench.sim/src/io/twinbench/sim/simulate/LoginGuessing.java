package io.twinbench.sim.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The brute-force-login threat: common passwords guessed inside the twin for each account that
 * takes a password, through login(1) on a pseudo-terminal (script), so the endpoint's own PAM
 * stack, its delays after a failure and any lockout decide, as they would for an intruder. A
 * guess is accepted when the account's session begins ("Last login", its motd, or a shell
 * running what was typed). The passwords found are never reported, only which guess it was.
 */
final class LoginGuessing {

    /** Tried in this order: the most common passwords of published breach lists. */
    static final List<String> COMMON_PASSWORDS = List.of("123456", "password", "123456789", "12345678", "12345", "qwerty", "1234567", "111111",
            "123123", "abc123", "password1", "1234", "iloveyou", "admin", "welcome", "monkey", "letmein", "dragon", "sunshine", "princess",
            "football", "000000", "654321", "qwerty123", "1q2w3e4r", "baseball", "master", "superman", "123qwe", "trustno1", "root", "toor",
            "changeme", "passw0rd", "secret", "test", "guest", "default", "P@ssw0rd", "Welcome1");
    /** How a finding says a guess got in: "ALLOWED: alice logged in with a common password (guess 2 of 40 in the list)". */
    private static final java.util.regex.Pattern GOT_IN = java.util.regex.Pattern.compile("ALLOWED: (\\S+) logged in with a common password.*");

    /** Logins run at once: an intruder does not wait for one to fail before the next. */
    static final int WORKERS = 4;

    private LoginGuessing() {
    }

    /**
     * The command that guesses for the given seconds. It prints "accounts: a b", "locked: n",
     * then per guess "guess USER INDEX refused|accepted|unknown MILLIS".
     */
    static List<String> command(double seconds) {
        String script = String.join("\n",
                "until=$1 workers=$2; shift 2; pw=(\"$@\")",
                "now() { t=${EPOCHREALTIME/./}; t=$((10#$t / 1000)); }",
                "now; end=$((t + until))",
                // accounts whose shadow entry holds a hash; locked (! or *) and empty ones cannot be guessed into
                "accounts=$(awk -F: 'length($2) > 2 && $2 !~ /^[!*]/ {print $1}' /etc/shadow)",
                "echo \"accounts: \" $accounts",
                "echo \"locked: $(awk -F: 'length($2) <= 2 || $2 ~ /^[!*]/' /etc/shadow | wc -l)\"",
                "try() {",
                "  local user=$1 guess=$2 out='' c line result=unknown pid",
                "  coproc S { exec setsid script -qec \"login $user\" /dev/null 2>&1; }",
                "  pid=$S_PID",
                // the password may only be typed once login asks: it flushes what came before
                "  while IFS= read -r -d '' -n 1 -t 10 c <&\"${S[0]}\"; do out+=$c; [[ $out == *Password:* ]] && break; done",
                "  printf '%s\\n' \"$guess\" >&\"${S[1]}\"; printf 'echo TWINBENCH-IN-$((6*7))\\n' >&\"${S[1]}\"",
                "  while IFS= read -r -t 8 line <&\"${S[0]}\"; do",
                "    case $line in *'Login incorrect'*) result=refused; break;; *TWINBENCH-IN-42*|*'Last login'*|*'Debian GNU/Linux'*|*'Unable to change owner'*|*'Cannot make'*) result=accepted; break;; esac",
                "  done",
                "  kill -9 -- -$pid 2>/dev/null; wait $pid 2>/dev/null",
                "  echo $result",
                "}",
                "worker() {",
                "  local i=$1 user t0 result",
                "  while (( i < ${#pw[@]} )); do",
                "    for user in $accounts; do",
                "      now; (( t >= end )) && return",
                "      [ -e /tmp/.twinbench-found-$user ] && continue",
                "      t0=$t; result=$(try \"$user\" \"${pw[i]}\"); now",
                "      [ \"$result\" = accepted ] && : > /tmp/.twinbench-found-$user",
                "      echo \"guess $user $i $result $((t - t0))\"",
                "    done",
                "    i=$((i + workers))",
                "  done",
                "}",
                "for ((w = 0; w < workers; w++)); do worker $w 2>/dev/null & done",
                "wait; rm -f /tmp/.twinbench-found-*");
        List<String> command = new ArrayList<>(List.of("env", "LC_ALL=C", "bash", "-c", script, "guess", Long.toString(Math.round(seconds * 1000)),
                Integer.toString(WORKERS)));
        command.addAll(COMMON_PASSWORDS);
        return command;
    }

    /** What the guessing found, as threat findings: accounts, each one's outcome, the pace. */
    static List<String> findings(String output, double seconds) {
        List<String> accounts = new ArrayList<>();
        String locked = "0";
        Map<String, int[]> perUser = new LinkedHashMap<>(); // refused, unknown, accepted guess index + 1, total millis
        for (String line : output.lines().map(String::strip).toList()) {
            if (line.startsWith("accounts:")) {
                for (String a : line.substring(9).trim().split("\\s+")) {
                    if (!a.isEmpty()) {
                        accounts.add(a);
                        perUser.put(a, new int[4]);
                    }
                }
            } else if (line.startsWith("locked:")) {
                locked = line.substring(7).trim();
            } else if (line.startsWith("guess ")) {
                String[] w = line.split(" ");
                if (w.length == 5 && perUser.containsKey(w[1])) {
                    int[] u = perUser.get(w[1]);
                    switch (w[3]) {
                        case "refused" -> u[0]++;
                        case "accepted" -> u[2] = Integer.parseInt(w[2]) + 1;
                        default -> u[1]++;
                    }
                    u[3] += Integer.parseInt(w[4]);
                }
            }
        }
        List<String> findings = new ArrayList<>();
        if (accounts.isEmpty()) {
            findings.add("blocked: no account takes a password (" + locked + " locked or without one): nothing to guess");
            return findings;
        }
        findings.add("accounts that take a password: " + String.join(", ", accounts) + " (" + locked + " locked or without one)");
        int guesses = 0;
        for (Map.Entry<String, int[]> e : perUser.entrySet()) {
            int[] u = e.getValue();
            int tried = u[0] + u[1] + (u[2] > 0 ? 1 : 0);
            guesses += tried;
            if (u[2] > 0) {
                findings.add("ALLOWED: " + e.getKey() + " logged in with a common password (guess " + u[2] + " of " + COMMON_PASSWORDS.size()
                        + " in the list)");
            } else {
                findings.add(String.format(Locale.ROOT, "blocked: %s: %d wrong passwords refused%s, %.1f s each on average", e.getKey(), u[0],
                        u[1] > 0 ? " (" + u[1] + " without an answer)" : "", tried == 0 ? 0 : u[3] / 1000.0 / tried));
            }
        }
        findings.add(String.format(Locale.ROOT, "guessing pace: %d guesses in %.0f s with %d logins at a time (%.1f per second)", guesses, seconds,
                WORKERS, seconds <= 0 ? 0 : guesses / seconds));
        return findings;
    }

    /** The accounts a phase's findings say a guess got into. */
    static List<String> guessedAccounts(List<String> findings) {
        List<String> accounts = new ArrayList<>();
        for (String finding : findings) {
            java.util.regex.Matcher m = GOT_IN.matcher(finding);
            if (m.matches()) {
                accounts.add(m.group(1));
            }
        }
        return accounts;
    }

    /** A shadow file with the accounts' passwords locked as passwd -l locks them: a "!" before the hash. */
    static byte[] locked(byte[] shadow, List<String> accounts) {
        StringBuilder out = new StringBuilder();
        for (String line : new String(shadow, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1)) {
            int colon = line.indexOf(':');
            if (colon > 0 && accounts.contains(line.substring(0, colon)) && line.length() > colon + 1 && line.charAt(colon + 1) != '!') {
                line = line.substring(0, colon + 1) + "!" + line.substring(colon + 1);
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
