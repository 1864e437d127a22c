package io.twinbench.remedy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.twinbench.remedy.plan.Action;
import io.twinbench.remedy.plan.Check;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanDocument;
import io.twinbench.remedy.plan.PlanFormatException;
import io.twinbench.remedy.plan.PlanReader;

class PlanReaderTest {

    static final String SHA = "3f0e6b9a1c2d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccdde";
    static final String PLAN = """
            id: harden-ssh
            title: No root login over SSH
            reason: CIS 5.2.10
            targets:
              endpoints: [web-01, web-02]
            confirmTimeout: 2m
            artifacts:
              - {name: hello_2.0_all.deb, sha256: %s, size: 1200}
            actions:
              - edit: /etc/ssh/sshd_config
                style: sshd
                set: {PermitRootLogin: "no", MaxAuthTries: "3"}
                remove: [X11Forwarding]
                why: "root logged in from 203.0.113.7"
              - write: /etc/issue.net
                content: "Authorised use only\\n"
                mode: "0644"
              - package: hello
                upgrade: hello_2.0_all.deb
              - service: ssh
                do: restart
              - sysctl: net.ipv4.tcp_syncookies
                value: 1
            checks:
              - tcp: 127.0.0.1:22
              - http: http://127.0.0.1/
                status: 200
              - process: sshd
              - service: ssh
              - metric: cpu
                max: 0.9
                for: 5s
            """.formatted(SHA);

    @Test
    void readsEveryKindOfActionAndCheck() throws Exception {
        Plan plan = new PlanReader().read("harden.yaml", PLAN);
        assertEquals("harden-ssh", plan.id());
        assertEquals(java.util.List.of("web-01", "web-02"), plan.targets().endpoints());
        assertEquals(java.time.Duration.ofMinutes(2), plan.confirmTimeout());
        assertEquals(5, plan.actions().size());
        Action.EditConfig edit = (Action.EditConfig) plan.actions().get(0);
        assertEquals("no", edit.set().get("PermitRootLogin"));
        assertEquals(java.util.List.of("X11Forwarding"), edit.remove());
        assertEquals(0644, ((Action.WriteFile) plan.actions().get(1)).mode());
        assertEquals(Action.PackageOperation.UPGRADE, ((Action.Package) plan.actions().get(2)).operation());
        assertEquals(Action.ServiceOperation.RESTART, ((Action.Service) plan.actions().get(3)).operation());
        assertEquals(6 - 1, plan.checks().size());
        assertEquals(new Check.TcpPort("127.0.0.1", 22), plan.checks().get(0));
    }

    @Test
    void theCanonicalJsonReadsBackToTheSameDigest() throws Exception {
        Plan plan = new PlanReader().read("harden.yaml", PLAN).approvedAs(7, java.time.Instant.parse("2026-12-07T00:00:00Z"),
                java.util.List.of("web-01"));
        String json = new String(PlanDocument.canonical(plan), java.nio.charset.StandardCharsets.UTF_8);
        Plan again = new PlanReader().read("again.json", json);
        assertEquals(PlanDocument.digest(plan), PlanDocument.digest(again));
        assertEquals(7, again.version());
        assertEquals(plan, new PlanReader().read("pretty.json", PlanDocument.pretty(plan)).approvedAs(7, plan.expires(), plan.targets().endpoints()));
        // as an agent reads its signed plan: parsed as JSON first, then read by the same rules without the YAML parser
        Plan parsed = new PlanReader().readParsed("signed plan", com.fasterxml.jackson.jr.ob.JSON.std.anyFrom(json));
        assertEquals(PlanDocument.digest(plan), PlanDocument.digest(parsed));
        assertEquals(plan, parsed);
    }

    @Test
    void aParsedPlansProblemsNameTheFieldWithoutALine() throws Exception {
        Object tree = com.fasterxml.jackson.jr.ob.JSON.std.anyFrom("""
                {"id": "restart", "title": "Restart", "targets": {"endpoints": ["web-01"]},
                 "actions": [{"service": "ssh", "do": "restart"}, {"service": "ssh", "do": "explode"}]}""");
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> new PlanReader().readParsed("signed plan", tree));
        assertEquals(0, e.line());
        assertTrue(e.getMessage().startsWith("signed plan: actions[1].do: "), e.getMessage());
        PlanFormatException unknown = assertThrows(PlanFormatException.class, () -> new PlanReader().readParsed("signed plan",
                com.fasterxml.jackson.jr.ob.JSON.std.anyFrom("{\"id\": \"x\", \"title\": \"x\", \"targets\": {\"endpoints\": [\"a\"]}, \"shell\": \"rm -rf /\"}")));
        assertTrue(unknown.getMessage().startsWith("signed plan: shell: unknown key"), unknown.getMessage());
    }

    @Test
    void accountsAndProcessLimitsAreActionsToo() throws Exception {
        String text = """
                title: Lock the old backup account and bound the web server's open files
                targets: {endpoints: [web-01]}
                actions:
                  - account: oldbackup
                    do: lock
                  - limit: nofile
                    for: www-data
                    type: hard
                    value: 65536
                """;
        Plan plan = new PlanReader().read("limits.yaml", text);
        assertEquals(new Action.Account("oldbackup", true, null), plan.actions().get(0));
        Action.Limit limit = (Action.Limit) plan.actions().get(1);
        assertEquals("/etc/security/limits.d/90-twinbench-www-data-nofile.conf", limit.path());
        assertEquals("www-data hard nofile 65536\n", limit.line());
        assertEquals(PlanDocument.digest(plan), PlanDocument.digest(new PlanReader().read("again.json",
                new String(PlanDocument.canonical(plan), java.nio.charset.StandardCharsets.UTF_8))));
        assertError(text.replace("limit: nofile", "limit: files"), 6, "actions[1].limit", "'files' is not one of as, core");
        assertError(text.replace("do: lock", "do: delete"), 5, "actions[0].do", "'delete' is not one of lock, unlock");
        assertError(text.replace("for: www-data", "for: ../etc"), 7, "actions[1].for", "is not a user, @group or *");
    }

    @Test
    void firewallRulesAreStructuredSoNoPlanTextReachesNftUnchecked() throws Exception {
        String text = """
                title: No telnet from outside
                targets: {endpoints: [web-01]}
                actions:
                  - firewall: add
                    chain: input
                    protocol: tcp
                    port: 23
                    from: 203.0.113.0/24
                    verdict: drop
                  - firewall: remove
                    chain: output
                    protocol: icmpv6
                    to: "2001:db8::/32"
                    verdict: accept
                """;
        Plan plan = new PlanReader().read("fw.yaml", text);
        Action.Firewall add = (Action.Firewall) plan.actions().get(0);
        assertEquals("input proto=tcp port=23 from=203.0.113.0/24 drop", add.rule().spec());
        assertEquals(add.rule(), io.twinbench.remedy.plan.FirewallRule.parse(add.rule().spec()));
        assertEquals(List.of("ip", "saddr", "203.0.113.0/24", "tcp", "dport", "23", "counter", "drop", "comment",
                "\"twinbench: input proto=tcp port=23 from=203.0.113.0/24 drop\""), add.rule().nftExpression("twinbench: "));
        assertEquals("remove firewall rule output proto=icmpv6 to=2001:db8::/32 accept", plan.actions().get(1).describe());
        assertEquals(PlanDocument.digest(plan), PlanDocument.digest(new PlanReader().read("again.json",
                new String(PlanDocument.canonical(plan), java.nio.charset.StandardCharsets.UTF_8))));
        assertError(text.replace("port: 23", "port: 23; flush ruleset"), 7, "actions[0].port", "is not a port");
        assertError(text.replace("from: 203.0.113.0/24", "from: 203.0.113.0/33"), 8, "actions[0].from", "not an IPv4 or IPv6 address");
        assertError(text.replace("chain: input", "chain: prerouting"), 5, "actions[0].chain", "is not one of input, output, forward");
        assertError(text.replace("verdict: drop", "verdict: jump evil"), 9, "actions[0].verdict", "is not one of accept, drop, reject");
        assertError(text.replace("    protocol: tcp\n", ""), 6, "actions[0].port", "needs protocol tcp or udp");
        assertError(text.replace("firewall: add", "firewall: flush"), 4, "actions[0].firewall", "is not one of add, remove");
    }

    @Test
    void errorsNameTheFileTheLineAndTheField() {
        assertError(PLAN.replace("do: restart", "do: reboot"), 21, "actions[3].do", "'reboot' is not one of enable, disable, start, stop, restart");
        assertError(PLAN.replace("upgrade: hello_2.0_all.deb", "upgrade: other.deb"), 19, "actions[2].upgrade", "not listed under artifacts");
        assertError(PLAN.replace("- tcp: 127.0.0.1:22", "- tcp: 127.0.0.1:99999"), 25, "checks[0].tcp", "is not a port");
        assertError(PLAN.replace("mode: \"0644\"", "mode: \"4755\""), 17, "actions[1].mode", "set-user-ID");
        assertError(PLAN.replace("- write: /etc/issue.net", "- write: /etc/../etc/issue.net"), 15, "actions[1].write", "without . or ..");
        assertError(PLAN.replace("set: {PermitRootLogin: \"no\"", "set: {PermitRootLogin: \"no\\nMatch all\""), 12, "actions[0].set.PermitRootLogin", "one line");
        assertError(PLAN.replace("  - sysctl: net.ipv4.tcp_syncookies", "  - reboot: now"), 22, "actions[4]", "an action starts with one of");
        assertError(PLAN.replace("title: No root login over SSH\n", ""), 0, "title", "a title is needed");
        assertError(PLAN.replace("confirmTimeout: 2m", "confirmTimeout: 2 weeks"), 6, "confirmTimeout", "not a duration");
        assertError(PLAN + "  - shell: rm -rf /\n", 33, "checks[5]", "a check starts with one of");
        assertError("title: [unclosed", 1, null, "not valid YAML or JSON");
    }

    private static void assertError(String text, int line, String field, String problem) {
        PlanFormatException e = assertThrows(PlanFormatException.class, () -> new PlanReader().read("plans/harden.yaml", text));
        assertEquals("plans/harden.yaml", e.file(), e.getMessage());
        if (line > 0) {
            assertEquals(line, e.line(), e.getMessage());
        }
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
