package io.twinbench.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.twinbench.model.twin.SoftwarePackage;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinFactory;
import io.twinbench.policy.document.PolicyReader;
import io.twinbench.policy.eval.CompiledPolicy;
import io.twinbench.policy.eval.ComplianceIndex;
import io.twinbench.policy.eval.RuleVerdict;
import io.twinbench.policy.view.TwinFacts;

/** Verdicts kept current as twins change: only the rules a change can affect run again, and a verdict keeps when it began. */
class ComplianceIndexTest {

    private static final String POLICY = """
            apiVersion: twinbench.io/v1
            kind: SecurityBaseline
            metadata: {name: fleet}
            spec:
              rules:
                - name: no-telnet
                  forEach: twin.packages
                  expression: item.name != 'telnetd'
                - name: named-host
                  expression: twin.hostname != ''
                - name: few-users
                  expression: twin.users.size() < 50
            """;

    private static final class Ticking extends Clock {
        private Instant now = Instant.parse("2026-12-07T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static Twin twin(String id) {
        Twin twin = TwinFactory.eINSTANCE.createTwin();
        twin.setId(id);
        twin.setHostname(id + ".example");
        return twin;
    }

    private static void install(Twin twin, String name) {
        SoftwarePackage p = TwinFactory.eINSTANCE.createSoftwarePackage();
        p.setId("pkg:" + name);
        p.setName(name);
        p.setVersion("1.0");
        twin.getElements().add(p);
    }

    @Test
    void aChangeToPackagesRunsOnlyTheRulesThatReadPackagesAndAVerdictKeepsItsStart() throws Exception {
        Ticking clock = new Ticking();
        ComplianceIndex index = new ComplianceIndex(clock);
        index.putPolicy(CompiledPolicy.compile(new PolicyReader().read("fleet.yaml", POLICY)));
        Twin web = twin("web");
        install(web, "nginx");
        index.putTwins(List.of(TwinFacts.of(web), TwinFacts.of(twin("db"))));
        assertEquals(6, index.evaluations());
        assertEquals(6, index.entries().stream().filter(e -> e.verdict().status() == RuleVerdict.Status.HOLDS).count());

        clock.now = clock.now.plusSeconds(60);
        install(web, "telnetd");
        List<ComplianceIndex.Entry> changed = index.twinChanged(web, Set.of(TwinFacts.PACKAGES));
        assertEquals(7, index.evaluations(), "one rule reads packages");
        assertEquals(1, changed.size());
        RuleVerdict fails = changed.get(0).verdict();
        assertEquals(List.of("web", "no-telnet", RuleVerdict.Status.FAILS, List.of("pkg:telnetd")),
                List.of(fails.twinId(), fails.rule(), fails.status(), fails.offenders()));
        assertEquals(Instant.parse("2026-12-07T10:01:00Z"), changed.get(0).since());

        clock.now = clock.now.plusSeconds(60);
        install(web, "curl");
        assertEquals(List.of(), index.twinChanged(web, Set.of(TwinFacts.PACKAGES)), "still failing, for the same element");
        ComplianceIndex.Entry still = index.entries().stream().filter(e -> e.verdict().rule().equals("no-telnet") && e.verdict().twinId().equals("web"))
                .findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-12-07T10:01:00Z"), still.since(), "failing since the first time");

        web.setHostname("");
        List<ComplianceIndex.Entry> renamed = index.twinChanged(web, Set.of("identity"));
        assertEquals(9, index.evaluations(), "the hostname rule, and nothing that reads packages or users");
        assertEquals("named-host", renamed.get(0).verdict().rule());
        assertEquals(1, renamed.size());
    }

    @Test
    void aTwinToldOnlyThatItChangedIsComparedSectionBySection() throws Exception {
        ComplianceIndex index = new ComplianceIndex(new Ticking());
        index.putPolicy(CompiledPolicy.compile(new PolicyReader().read("fleet.yaml", POLICY)));
        Twin web = twin("web");
        install(web, "nginx");
        assertEquals(3, index.twinUpdated(web).size(), "a new twin: every rule");
        assertEquals(List.of(), index.twinUpdated(web), "nothing changed: nothing runs");
        assertEquals(3, index.evaluations());
        install(web, "telnetd");
        List<ComplianceIndex.Entry> changed = index.twinUpdated(web);
        assertEquals(4, index.evaluations(), "only the rule that reads packages");
        assertEquals("no-telnet", changed.get(0).verdict().rule());
    }
}
