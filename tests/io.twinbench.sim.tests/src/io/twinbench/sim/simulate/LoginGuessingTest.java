package io.twinbench.sim.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The brute force's output as findings, the accounts it got into, and a shadow file with them locked. */
class LoginGuessingTest {

    @Test
    void findingsNameTheAccountsAndTheGuessNeverThePassword() {
        String out = "accounts:  alice bob\nlocked: 17\nguess alice 0 accepted 40\nguess bob 0 refused 3100\nguess bob 4 refused 2900\nguess bob 8 unknown 8000\n";
        List<String> findings = LoginGuessing.findings(out, 10);
        assertEquals(List.of("accounts that take a password: alice, bob (17 locked or without one)",
                "ALLOWED: alice logged in with a common password (guess 1 of 40 in the list)",
                "blocked: bob: 2 wrong passwords refused (1 without an answer), 4.7 s each on average",
                "guessing pace: 4 guesses in 10 s with 4 logins at a time (0.4 per second)"), findings);
        assertEquals(List.of("alice"), LoginGuessing.guessedAccounts(findings));
        assertTrue(LoginGuessing.findings("accounts: \nlocked: 19\n", 5).get(0).startsWith("blocked: no account takes a password"));
    }

    @Test
    void lockingPutsAnExclamationMarkBeforeTheHashOfTheGuessedAccountsOnly() {
        String shadow = "root:*:19000:0:99999:7:::\nalice:$6$s$h:20000:0:99999:7:::\nbob:$6$t$i:20000:0:99999:7:::\ncarol:!$6$u$j:1:::::\n";
        String locked = new String(LoginGuessing.locked(shadow.getBytes(StandardCharsets.UTF_8), List.of("alice", "carol")), StandardCharsets.UTF_8);
        assertEquals("root:*:19000:0:99999:7:::\nalice:!$6$s$h:20000:0:99999:7:::\nbob:$6$t$i:20000:0:99999:7:::\ncarol:!$6$u$j:1:::::\n", locked);
    }
}
