package io.twinbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rollout start, status, pause, resume, abort, halt-all and report as a script runs them, on a workspace plan signed by its approver. */
class RolloutCommandsTest {

    @TempDir
    Path dir;

    private String f(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void aSignedPlanIsRolledOutSteeredAndReported() throws Exception {
        Files.writeString(dir.resolve("motd.yaml"), """
                id: motd
                title: A banner
                targets: {endpoints: [web-01, web-02, web-03, web-04]}
                actions:
                  - write: /etc/motd
                    content: "Authorised use only\\n"
                """);
        Files.writeString(dir.resolve("pass"), "correct horse\n");
        assertEquals(0, CommandRun.run("plan", "keygen", "--name", "alice", "--out", f("alice.key"), "--passphrase-file", f("pass")).code());
        assertEquals(0, CommandRun.run("plan", "root", "--key", f("alice.key"), "--passphrase-file", f("pass"), "--data", f("ws")).code());
        assertEquals(0, CommandRun.run("plan", "new", f("motd.yaml"), "--data", f("ws")).code());
        Files.writeString(dir.resolve("rollout.yaml"), """
                plan: motd
                stages:
                  - canary: 1
                    bake: 10m
                  - wave: 100%
                analysis:
                  metrics:
                    - name: errors
                      measure: error-log-lines
                      failure: "max > 5.0"
                """);
        CommandRun unsigned = CommandRun.run("rollout", "start", f("rollout.yaml"), "--data", f("ws"));
        assertEquals(1, unsigned.code());
        assertTrue(unsigned.err().contains("plan motd is not approved yet"), unsigned.err());

        CommandRun approved = CommandRun.run("plan", "approve", "motd", "--key", f("alice.key"), "--passphrase-file", f("pass"), "--data", f("ws"),
                "--override", "a banner changes nothing that runs");
        assertEquals(0, approved.code(), approved.err());
        Files.writeString(dir.resolve("bad.yaml"), Files.readString(dir.resolve("rollout.yaml")).replace("max > 5.0", "max > 'five'"));
        CommandRun bad = CommandRun.run("rollout", "start", f("bad.yaml"), "--data", f("ws"));
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("bad.yaml:10: analysis.metrics[0].failure: "), bad.err());

        CommandRun started = CommandRun.run("rollout", "start", f("rollout.yaml"), "--data", f("ws"));
        assertEquals(0, started.code(), started.err());
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("rollout (motd@\\d+) started over 4 endpoint\\(s\\)").matcher(started.out());
        assertTrue(named.find(), started.out());
        String id = named.group(1);
        CommandRun again = CommandRun.run("rollout", "start", f("rollout.yaml"), "--data", f("ws"));
        assertEquals(1, again.code());
        assertTrue(again.err().contains("rolls out once"), again.err());

        CommandRun list = CommandRun.run("rollout", "status", "--data", f("ws"));
        assertTrue(list.out().startsWith(id) && list.out().contains("applying"), list.out());
        assertEquals(0, CommandRun.run("rollout", "pause", id, "--reason", "freeze", "--data", f("ws")).code());
        CommandRun shown = CommandRun.run("rollout", "status", id, "--data", f("ws"));
        assertTrue(shown.out().contains("(paused)") && shown.out().contains("stage 0: approved with an override by"), shown.out());
        assertEquals(0, CommandRun.run("rollout", "resume", id, "--data", f("ws")).code());
        CommandRun promoteEarly = CommandRun.run("rollout", "promote", id, "--reason", "looks fine", "--data", f("ws"));
        assertEquals(1, promoteEarly.code(), "nothing bakes before the canary confirmed");
        assertTrue(promoteEarly.err().contains("only a baking stage can be promoted"), promoteEarly.err());

        CommandRun halted = CommandRun.run("rollout", "halt-all", "--reason", "incident 7", "--data", f("ws"));
        assertEquals(0, halted.code(), halted.err());
        assertTrue(halted.out().contains("halted, rolling back: " + id), halted.out());
        CommandRun json = CommandRun.run("rollout", "status", id, "--json", "--data", f("ws"));
        assertTrue(json.out().contains("\"state\" : \"rolled-back\"") && json.out().contains("\"kind\" : \"aborted\""), json.out());

        assertEquals(0, CommandRun.run("rollout", "report", id, "--output", f("report.html"), "--data", f("ws")).code());
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<h1>Rollout " + id + "</h1>") && html.contains("incident 7"), html);
        assertFalse(html.contains("<script"), html);
        assertEquals(0, CommandRun.run("rollout", "report", id, "--output", f("report.json"), "--data", f("ws")).code());
        assertTrue(Files.readString(dir.resolve("report.json")).contains("\"decisions\""));
    }
}
