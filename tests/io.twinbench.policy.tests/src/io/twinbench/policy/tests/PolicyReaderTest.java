package io.twinbench.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.twinbench.policy.document.PolicyDocument;
import io.twinbench.policy.document.PolicyFormatException;
import io.twinbench.policy.document.PolicyReader;
import io.twinbench.policy.document.RuleSpec;
import io.twinbench.policy.eval.CompiledPolicy;

/** Policy documents as analysts write them, and as they get them wrong: each problem names file, line and field. */
class PolicyReaderTest {

    static final String BASELINE = """
            apiVersion: twinbench.io/v1
            kind: SecurityBaseline
            metadata:
              name: ssh-baseline
              description: No root and no passwords over SSH
            spec:
              action: warn
              matchConditions:
                - name: debian
                  expression: twin.os.family.startsWith('Debian')
              variables:
                - name: sshd
                  expression: twin.config.filter(c, c.path == '/etc/ssh/sshd_config')
              rules:
                - name: ssh-no-root-login
                  forEach: variables.sshd
                  expression: "'PermitRootLogin' in item.keys && item.keys['PermitRootLogin'] == 'no'"
                  messageExpression: "'root may log in over SSH (' + item.path + ')'"
                  action: deny
                  remedy: plan
                  fix:
                    - edit: /etc/ssh/sshd_config
                      style: sshd
                      set: {PermitRootLogin: "no"}
                - name: no-telnet
                  expression: "!twin.packages.exists(p, p.name == 'telnetd')"
                  message: a telnet server is installed
            """;

    private static PolicyFormatException refused(String file, String text) {
        return assertThrows(PolicyFormatException.class, () -> CompiledPolicy.compile(new PolicyReader().read(file, text)));
    }

    @Test
    void aSecurityBaselineIsReadWithItsRulesActionsAndFix() throws Exception {
        PolicyDocument doc = new PolicyReader().read("ssh.yaml", BASELINE);
        assertEquals("ssh-baseline", doc.name());
        assertEquals(PolicyDocument.SECURITY_BASELINE, doc.kind());
        assertEquals(List.of("ssh-no-root-login", "no-telnet"), doc.rules().stream().map(RuleSpec::name).toList());
        assertEquals(RuleSpec.Action.DENY, doc.rules().get(0).action());
        assertEquals(RuleSpec.Action.WARN, doc.rules().get(1).action(), "the spec's action is the default");
        assertEquals(RuleSpec.Remedy.PLAN, doc.rules().get(0).remedy());
        assertEquals(1, doc.rules().get(0).fix().size());
        assertEquals(15, doc.rules().get(0).line());
        CompiledPolicy policy = CompiledPolicy.compile(doc);
        assertEquals(java.util.Set.of("os", "config"), policy.rules().get(0).sections(), "through its variable and the match condition");
        assertEquals(java.util.Set.of("os", "packages"), policy.rules().get(1).sections());
    }

    @Test
    void theSameDocumentInJsonReadsTheSame() throws Exception {
        String json = """
                {"apiVersion": "twinbench.io/v1", "kind": "SecurityBaseline", "metadata": {"name": "ports"},
                 "spec": {"rules": [{"name": "only-ssh", "forEach": "twin.ports", "expression": "item.port in [22]"}]}}
                """;
        CompiledPolicy policy = CompiledPolicy.compile(new PolicyReader().read("ports.json", json));
        assertEquals(java.util.Set.of("ports"), policy.rules().get(0).sections());
    }

    @Test
    void anUnknownKindIsNamed() {
        PolicyFormatException e = refused("x.yaml", BASELINE.replace("kind: SecurityBaseline", "kind: Baseline"));
        assertEquals("x.yaml:2: kind", e.problems().get(0).toString().substring(0, "x.yaml:2: kind".length()), e.getMessage());
    }

    @Test
    void anUnknownFieldIsNamedWithItsLine() {
        PolicyFormatException e = refused("ssh.yaml", BASELINE.replace("      action: deny\n", "      acton: deny\n"));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("ssh.yaml:19: spec.rules[0].acton: unknown field 'acton'", e.problems().get(0).toString());
    }

    @Test
    void everySchemaProblemIsToldAtOnce() {
        PolicyFormatException e = refused("bad.yaml", BASELINE.replace("apiVersion: twinbench.io/v1", "apiVersion: twinbench.io/v2")
                .replace("remedy: plan", "remedy: fix-it").replace("name: no-telnet", "name: No Telnet"));
        List<String> problems = e.problems().stream().map(p -> p.line() + " " + p.field()).toList();
        assertTrue(problems.contains("1 apiVersion"), problems.toString());
        assertTrue(problems.contains("20 spec.rules[0].remedy"), problems.toString());
        assertTrue(problems.contains("25 spec.rules[1].name"), problems.toString());
    }

    @Test
    void badCelIsNamedWithItsPositionInTheExpression() {
        PolicyFormatException e = refused("ssh.yaml", BASELINE.replace("!twin.packages.exists(p, p.name == 'telnetd')",
                "!twin.packages.exists(p, p.name == 'telnetd'"));
        PolicyFormatException.Problem p = e.problems().get(0);
        assertEquals(26, p.line());
        assertEquals("spec.rules[1].expression", p.field());
        assertTrue(p.problem().startsWith("CEL 1:"), p.problem());
    }

    @Test
    void aTypeErrorAndAFieldTheTwinLacksAreRefusedWhenRead() {
        PolicyFormatException type = refused("ports.yaml", BASELINE.replace("p.name == 'telnetd'", "p.name == 23"));
        assertTrue(type.problems().get(0).problem().contains("'_==_' applied to '(string, int)'"), type.getMessage());
        assertEquals("spec.rules[1].expression", type.problems().get(0).field());

        PolicyFormatException field = refused("ssh.yaml", BASELINE.replace("item.path", "item.file"));
        assertTrue(field.problems().get(0).problem().contains("undefined field 'file'"), field.getMessage());
        assertEquals("spec.rules[0].messageExpression", field.problems().get(0).field());

        PolicyFormatException notBool = refused("ssh.yaml", BASELINE.replace("\"!twin.packages.exists(p, p.name == 'telnetd')\"", "twin.hostname"));
        assertTrue(notBool.problems().get(0).problem().contains("bool"), notBool.getMessage());

        PolicyFormatException notList = refused("ssh.yaml", BASELINE.replace("forEach: variables.sshd", "forEach: twin.hostname"));
        assertEquals("ssh.yaml:16: spec.rules[0].forEach: forEach must be a list, not string", notList.problems().get(0).toString());
    }

    @Test
    void aFixThatIsNoPlanIsRefusedAsThePlanReaderWould() {
        PolicyFormatException e = refused("ssh.yaml", BASELINE.replace("style: sshd", "style: toml"));
        assertEquals("spec.rules[0].fix[0].style", e.problems().get(0).field(), e.getMessage());
        assertEquals(23, e.problems().get(0).line(), "the line of the style it names");
    }

    @Test
    void whatIsNotADocumentSaysSo() {
        PolicyFormatException yaml = refused("x.yaml", "spec: [unclosed\n");
        assertTrue(yaml.problems().get(0).line() >= 1 && yaml.getMessage().contains("expected ',' or ']'"), yaml.getMessage());
        PolicyFormatException empty = refused("x.yaml", "");
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        PolicyFormatException huge = refused("x.yaml", "#".repeat(PolicyReader.MAX_BYTES + 1));
        assertTrue(huge.getMessage().contains("KiB"), huge.getMessage());
    }

    static final String RETENTION = """
            apiVersion: twinbench.io/v1
            kind: TwinManagement
            metadata:
              name: keep-less
            spec:
              retention:
                raw: 2d
                events: 30d
                snapshots:
                  daily: 90d
            """;

    @Test
    void aTwinManagementPolicyIsReadAsItsSettingsWithTheirLines() throws Exception {
        PolicyDocument doc = new PolicyReader().read("keep.yaml", RETENTION);
        assertEquals(PolicyDocument.TWIN_MANAGEMENT, doc.kind());
        assertEquals(List.of("retention.events", "retention.raw", "retention.snapshots.daily"), List.copyOf(doc.settings().keySet()), "by path");
        assertEquals("2d", doc.settings().get("retention.raw").value());
        assertEquals(10, doc.settings().get("retention.snapshots.daily").line());
        assertEquals(List.of(), CompiledPolicy.compile(doc).rules());
    }

    @Test
    void aTwinManagementPolicyIsCheckedAgainstItsOwnPartOfTheSchema() {
        PolicyFormatException unknown = refused("keep.yaml", RETENTION.replace("events: 30d", "event: 30d"));
        assertEquals("keep.yaml:8: spec.retention.event: unknown field 'event'", unknown.problems().get(0).toString());
        PolicyFormatException duration = refused("keep.yaml", RETENTION.replace("raw: 2d", "raw: 2 days"));
        assertEquals("spec.retention.raw", duration.problems().get(0).field(), duration.getMessage());
        assertEquals(7, duration.problems().get(0).line());
        PolicyFormatException rules = refused("keep.yaml", RETENTION.replace("spec:\n", "spec:\n  rules: []\n"));
        assertTrue(rules.getMessage().contains("unknown field 'rules'"), rules.getMessage());
    }

    static final String ORCHESTRATION = """
            apiVersion: twinbench.io/v1
            kind: Orchestration
            metadata: {name: tiers}
            spec:
              groups:
                - name: web
                  selector:
                    matchLabels: {tier: web}
                    matchExpressions:
                      - {key: env, operator: NotIn, values: [lab]}
                  maxChanging: 1
                  keepServing:
                    - {service: lighttpd, atLeast: 2}
            """;

    @Test
    void anOrchestrationPolicyIsReadWithItsGroupsAndAMalformedOneIsRefusedWithItsLine() throws Exception {
        PolicyDocument doc = new PolicyReader().read("tiers.yaml", ORCHESTRATION);
        assertEquals(PolicyDocument.ORCHESTRATION, doc.kind());
        io.twinbench.policy.document.GroupSpec web = doc.groups().get(0);
        assertEquals("tier=web,env notin (lab)", web.selector().toString());
        assertEquals("at most 1 changing at once; lighttpd kept up on at least 2", web.describe());
        assertTrue(web.selector().matches(java.util.Map.of("tier", "web")));
        assertTrue(!web.selector().matches(java.util.Map.of("tier", "web", "env", "lab")));
        assertTrue(!web.selector().matches(java.util.Map.of("tier", "db")));

        PolicyFormatException neither = refused("tiers.yaml", ORCHESTRATION.replace("      maxChanging: 1\n", "").replace(
                "      keepServing:\n        - {service: lighttpd, atLeast: 2}\n", ""));
        assertTrue(neither.getMessage().contains("tiers.yaml:6") && neither.getMessage().contains("spec.groups[0]"), neither.getMessage());
        PolicyFormatException operator = refused("tiers.yaml", ORCHESTRATION.replace("operator: NotIn", "operator: Between"));
        assertTrue(operator.getMessage().contains("tiers.yaml:10") && operator.getMessage().contains("operator"), operator.getMessage());
        PolicyFormatException zero = refused("tiers.yaml", ORCHESTRATION.replace("maxChanging: 1", "maxChanging: 0"));
        assertTrue(zero.getMessage().contains("spec.groups[0].maxChanging"), zero.getMessage());
    }
}
