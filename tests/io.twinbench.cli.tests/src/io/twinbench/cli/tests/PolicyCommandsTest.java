package io.twinbench.cli.tests;

import static io.twinbench.cli.tests.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.twinbench.store.PlanLibrary;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.TwinStore;

/**
 * ./twinbench policy as an administrator uses it on a workspace with two imported endpoint images:
 * a wrong document named by line and field, apply (a version with who and why, verdicts, a
 * drafted plan), status as JSON, diff, history, rollback and withdraw.
 */
class PolicyCommandsTest {

    @TempDir
    Path dir;

    private static final String POLICY = """
            apiVersion: twinbench.io/v1
            kind: SecurityBaseline
            metadata:
              name: ssh-baseline
            spec:
              rules:
                - name: ssh-no-root-login
                  forEach: twin.config.filter(c, c.path == '/etc/ssh/sshd_config')
                  expression: "item.keys[?'PermitRootLogin'].orValue('prohibit-password') == 'no'"
                  messageExpression: "'PermitRootLogin ' + item.keys[?'PermitRootLogin'].orValue('unset')"
                  remedy: plan
                  fix:
                    - edit: /etc/ssh/sshd_config
                      style: sshd
                      set: {PermitRootLogin: "no"}
            """;

    private Path root(String name, String sshd) throws Exception {
        Path root = dir.resolve(name);
        write(root, "etc/os-release", "NAME=\"Debian GNU/Linux\"\nVERSION_ID=\"12\"\n");
        write(root, "var/lib/dpkg/status", "Package: openssh-server\nStatus: install ok installed\nVersion: 1:9.2p1-2\nArchitecture: amd64\n");
        write(root, "etc/ssh/sshd_config", sshd);
        return root;
    }

    private static void write(Path root, String relative, String content) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void applyEvaluatesDraftsAPlanAndKeepsVersionsThatDiffAndRollBack() throws Exception {
        String data = dir.resolve("workspace").toString();
        assertEquals(0, run("image", "import", root("web", "PermitRootLogin yes\n").toString(), "--id", "web", "--data", data).code());
        assertEquals(0, run("image", "import", root("db", "PermitRootLogin no\n").toString(), "--id", "db", "--data", data).code());

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, POLICY.replace("remedy: plan", "remedie: plan"));
        CommandRun refused = run("policy", "check", bad.toString(), "--data", data);
        assertEquals(1, refused.code());
        assertEquals(bad + ":11: spec.rules[0].remedie: unknown field 'remedie'", refused.err().strip());

        Path file = dir.resolve("ssh.yaml");
        Files.writeString(file, POLICY);
        CommandRun checked = run("policy", "check", file.toString(), "--data", data);
        assertEquals(0, checked.code(), checked.err());
        List<String> lines = checked.out().lines().toList();
        assertTrue(lines.get(1).contains("fails") && lines.get(1).contains("web") && lines.get(1).contains("PermitRootLogin yes"),
                "the failure first: " + checked.out());
        assertTrue(lines.get(2).contains("holds") && lines.get(2).contains("db"), checked.out());
        assertTrue(checked.out().contains("applying it would draft plan policy-ssh-baseline-ssh-no-root-login for web"), checked.out());
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(Path.of(data)))) {
            assertTrue(store.library().draft("policy-ssh-baseline-ssh-no-root-login").isEmpty(), "check keeps nothing");
        }

        CommandRun applied = run("policy", "apply", file.toString(), "--reason", "CIS 5.2.10", "--author", "alice", "--data", data);
        assertEquals(0, applied.code(), applied.err());
        assertTrue(applied.out().startsWith("policy ssh-baseline is now version 1"), applied.out());
        assertTrue(applied.out().contains("1 hold, 1 fail"), applied.out());
        assertTrue(applied.out().contains("drafted plan policy-ssh-baseline-ssh-no-root-login for web"), applied.out());
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(Path.of(data)))) {
            PlanLibrary.Draft plan = store.library().draft("policy-ssh-baseline-ssh-no-root-login").orElseThrow();
            assertTrue(plan.document().contains("- web") && !plan.document().contains("- db"), plan.document());
            assertTrue(plan.document().contains("PermitRootLogin: 'no'"), plan.document());
        }
        assertTrue(run("policy", "apply", file.toString(), "--reason", "again", "--data", data).out().contains("already has this text"));

        JsonNode status = new ObjectMapper().readTree(run("policy", "status", "--json", "--data", data).out());
        assertEquals(1, status.get("policies").get("ssh-baseline").asLong());
        JsonNode web = null;
        for (JsonNode v : status.get("verdicts")) {
            if (v.get("twin").asText().equals("web")) {
                web = v;
            }
        }
        assertEquals("fails", web.get("status").asText());
        assertEquals("cfg/etc/ssh/sshd_config", web.get("offenders").get(0).asText(), "the element the graph opens at");

        Path report = dir.resolve("report.html");
        assertEquals(0, run("report", "web", "-o", report.toString(), "--data", data).code());
        String html = Files.readString(report);
        assertTrue(html.contains("1 policy rules failing") && html.contains("<h3>Policy rules failing</h3>")
                && html.contains("<td>ssh-baseline v1</td><td>ssh-no-root-login</td><td>deny</td><td>PermitRootLogin yes</td>"), html);

        Files.writeString(file, POLICY + """
                    - name: named
                      expression: twin.hostname != '' || twin.name != ''
                """);
        assertEquals(0, run("policy", "apply", file.toString(), "--reason", "also a name", "--author", "bob", "--data", data).code());
        String diff = run("policy", "diff", "ssh-baseline", "--data", data).out();
        assertTrue(diff.contains("+    - name: named"), diff);
        assertTrue(diff.startsWith("--- ssh-baseline v1"), diff);
        List<String> history = run("policy", "history", "ssh-baseline", "--data", data).out().lines().toList();
        assertEquals(2, history.size(), history.toString());
        assertTrue(history.get(0).contains("alice") && history.get(0).contains("CIS 5.2.10"), history.get(0));
        assertTrue(history.get(1).contains("bob"), history.get(1));

        CommandRun back = run("policy", "rollback", "ssh-baseline", "--to", "1", "--data", data);
        assertEquals(0, back.code(), back.err());
        assertTrue(back.out().contains("now version 3 (the text of version 1)"), back.out());
        String all = run("policy", "status", "--all", "--data", data).out();
        assertTrue(all.contains("ssh-baseline v3") && !all.contains(" named "), all);

        assertEquals(0, run("policy", "withdraw", "ssh-baseline", "--reason", "replaced", "--data", data).code());
        assertTrue(run("policy", "status", "--data", data).out().contains("no policy is in force"));
    }

    @Test
    void abDraftsEachVersionAsOnePlanAndWritesTheRolloutSpecThatComparesThem() throws Exception {
        String data = dir.resolve("workspace").toString();
        assertEquals(0, run("image", "import", root("web", "PermitRootLogin yes\n").toString(), "--id", "web", "--data", data).code());
        assertEquals(0, run("image", "import", root("db", "PermitRootLogin no\nPasswordAuthentication yes\n").toString(), "--id", "db", "--data", data).code());
        Path v1 = dir.resolve("ssh.yaml");
        Files.writeString(v1, POLICY);
        assertEquals(0, run("policy", "apply", v1.toString(), "--reason", "CIS", "--data", data).code());
        Path candidate = dir.resolve("candidate.yaml");
        Files.writeString(candidate, POLICY.replace("set: {PermitRootLogin: \"no\"}", "set: {PermitRootLogin: prohibit-password}") + """
                    - name: ssh-no-passwords
                      forEach: twin.config.filter(c, c.path == '/etc/ssh/sshd_config')
                      expression: "item.keys[?'PasswordAuthentication'].orValue('yes') == 'no'"
                      remedy: plan
                      fix:
                        - edit: /etc/ssh/sshd_config
                          style: sshd
                          set: {PasswordAuthentication: "no"}
                """);

        assertEquals(1, run("policy", "ab", "ssh-baseline", "--data", data).code(), "neither a candidate nor a stored version");
        Path spec = dir.resolve("ab.yaml");
        CommandRun ab = run("policy", "ab", "ssh-baseline", candidate.toString(), "--spec", spec.toString(), "--data", data);
        assertEquals(0, ab.code(), ab.err());
        assertTrue(ab.out().startsWith("drafted plan policy-ssh-baseline-v1 (a) and plan policy-ssh-baseline-v2 (b) for db, web"), ab.out());
        assertTrue(ab.out().contains("policy apply " + candidate), ab.out());
        var read = new io.twinbench.rollout.spec.RolloutSpecReader().read(spec);
        assertEquals(List.of("policy-ssh-baseline-v1", "policy-ssh-baseline-v2"), List.of(read.plan(), read.ab().otherPlan()));
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(Path.of(data)))) {
            String a = store.library().draft("policy-ssh-baseline-v1").orElseThrow().document();
            String b = store.library().draft("policy-ssh-baseline-v2").orElseThrow().document();
            assertTrue(a.contains("PermitRootLogin: 'no'") && !a.contains("PasswordAuthentication"), a);
            assertTrue(b.contains("PermitRootLogin: prohibit-password") && b.contains("PasswordAuthentication: 'no'"), b);
            assertTrue(a.contains("- db") && a.contains("- web"), "both plans name every endpoint either version finds failing: " + a);
        }
        CommandRun baseline = run("policy", "ab", "ssh-baseline", "--against", "1", "--data", data);
        assertEquals(1, baseline.code());
        assertTrue(baseline.err().contains("compared with itself"), baseline.err());
    }

    @Test
    void aRetentionPolicyChangesWhatTheStoreKeeps() throws Exception {
        Path workspace = dir.resolve("retained");
        String data = workspace.toString();
        long now = System.currentTimeMillis();
        io.twinbench.store.SeriesKey cpu = new io.twinbench.store.SeriesKey("web", "endpoint", "cpu.load");
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            store.snapshots().save(new io.twinbench.model.build.TwinBuilder("web", "web", new java.util.Date(now)).twin());
            List<io.twinbench.store.Sample> samples = new java.util.ArrayList<>();
            for (int hours : new int[] {120, 96, 72, 36, 12}) {
                samples.add(new io.twinbench.store.Sample(now - hours * 3_600_000L, hours));
            }
            store.telemetry().append(cpu, "%", samples);
        }
        CommandRun defaults = run("retention", "--data", data);
        assertEquals(0, defaults.code(), defaults.err());
        assertTrue(defaults.out().startsWith("folded 0 raw samples"), "seven days by default: " + defaults.out());

        Path keepLess = dir.resolve("keep-less.yaml");
        Files.writeString(keepLess, """
                apiVersion: twinbench.io/v1
                kind: TwinManagement
                metadata: {name: keep-less}
                spec:
                  retention:
                    raw: 2d
                """);
        assertEquals(0, run("policy", "apply", keepLess.toString(), "--reason", "privacy review", "--data", data).code());
        Path again = dir.resolve("again.yaml");
        Files.writeString(again, Files.readString(keepLess).replace("keep-less", "keep-other").replace("2d", "3d"));
        CommandRun twice = run("policy", "apply", again.toString(), "--reason", "a second say", "--data", data);
        assertEquals(1, twice.code());
        assertTrue(twice.err().contains(":6: spec.retention.raw: policy keep-less in force sets it already"), twice.err());
        Files.writeString(again, Files.readString(again).replace("raw: 3d", "rollups: 1d"));
        CommandRun shorter = run("policy", "apply", again.toString(), "--reason", "rollups too short", "--data", data);
        assertEquals(1, shorter.code());
        assertTrue(shorter.err().contains("spec.retention: retention: raw must be positive"), shorter.err());

        assertTrue(run("policy", "status", "--data", data).out().contains("keep-less v1: sets retention.raw 2d"));
        CommandRun applied = run("retention", "--data", data);
        assertEquals(0, applied.code(), applied.err());
        assertTrue(applied.out().startsWith("folded 3 raw samples"), "the samples older than two days: " + applied.out());
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            assertEquals(2, store.telemetry().range(cpu, 0, now).size(), "the last two days stay raw");
        }
    }

    @Test
    void endpointsAreLabelledAndAnOrchestrationPolicySaysWhichOfThemEachGroupHolds() throws Exception {
        Path workspace = dir.resolve("labelled");
        String data = workspace.toString();
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            for (String id : List.of("web-1", "web-2", "db-1")) {
                store.snapshots().save(new io.twinbench.model.build.TwinBuilder(id, id, new java.util.Date()).twin());
            }
        }
        assertEquals(0, run("label", "web-1", "tier=web", "env=prod", "--data", data).code());
        assertEquals(0, run("label", "web-2", "tier=web", "--data", data).code());
        CommandRun bad = run("label", "db-1", "tier=data base", "--data", data);
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("label value 'data base'"), bad.err());
        CommandRun nobody = run("label", "db-9", "tier=db", "--data", data);
        assertEquals(1, nobody.code());
        assertTrue(nobody.err().contains("there is no endpoint db-9"), nobody.err());
        assertEquals("web-1  env=prod,tier=web", run("label", "web-1", "--remove", "nothing", "--data", data).out().strip());

        Path policy = dir.resolve("tiers.yaml");
        Files.writeString(policy, """
                apiVersion: twinbench.io/v1
                kind: Orchestration
                metadata: {name: tiers}
                spec:
                  groups:
                    - name: web
                      selector: {matchLabels: {tier: web}}
                      maxChanging: 1
                    - name: data
                      selector: {matchLabels: {tier: db}}
                      keepServing: [{service: postgresql, atLeast: 1}]
                """);
        assertEquals(0, run("policy", "apply", policy.toString(), "--reason", "one at a time", "--data", data).code());
        CommandRun status = run("policy", "status", "--data", data);
        assertTrue(status.out().contains("group web (tier=web): at most 1 changing at once; web-1, web-2"), status.out());
        assertTrue(status.out().contains("group data (tier=db): postgresql kept up on at least 1; no endpoint has these labels yet"), status.out());
    }
}
