package io.twinbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.twinbench.change.PlanChangesOnTwin;
import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.ConfigurationItem;
import io.twinbench.model.twin.Service;
import io.twinbench.model.twin.ServiceState;
import io.twinbench.model.twin.SoftwarePackage;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanReader;

/** What a plan changes on an endpoint, read against its twin: the diff the agent's own editor makes, versions from and to, service states. */
class PlanChangesOnTwinTest {

    @Test
    void aPlanIsReadAgainstTheTwinAsDiffsVersionsAndServiceStates() throws Exception {
        TwinBuilder b = new TwinBuilder("web-01", "web-01", new Date());
        TwinPackage t = TwinPackage.eINSTANCE;
        b.<ConfigurationItem>element(t.getConfigurationItem(), "config/etc/ssh/sshd_config", "sshd_config", c -> {
            c.setPath("/etc/ssh/sshd_config");
            c.setValue("Port 22\nPermitRootLogin yes\nX11Forwarding yes\nUsePAM yes\n");
        });
        b.<ConfigurationItem>element(t.getConfigurationItem(), "config/etc/issue.net", "secret", c -> {
            c.setPath("/etc/issue.net");
            c.setSha256("ab".repeat(32));
        });
        b.<SoftwarePackage>element(t.getSoftwarePackage(), "pkg/hello", "hello", p -> p.setVersion("2.10-3"));
        b.<Service>element(t.getService(), "svc/ssh", "ssh", s -> {
            s.setUnit("ssh");
            s.setState(ServiceState.ACTIVE);
            s.setEnabled(true);
        });
        Plan plan = new PlanReader().read("p.yaml", """
                title: harden
                targets: {endpoints: [web-01]}
                artifacts: [{name: hello_2.12-1_amd64.deb, sha256: %s}]
                actions:
                  - edit: /etc/ssh/sshd_config
                    style: sshd
                    set: {PermitRootLogin: "no", MaxAuthTries: "3"}
                    remove: [X11Forwarding]
                  - write: /etc/issue.net
                    content: "Authorised use only\\n"
                  - write: /etc/motd
                    content: "hello\\n"
                  - package: hello
                    upgrade: hello_2.12-1_amd64.deb
                  - service: ssh.service
                    do: restart
                  - service: cups
                    do: disable
                """.formatted("c".repeat(64)));
        assertEquals(List.of(
                "1. edit /etc/ssh/sshd_config: MaxAuthTries 3, PermitRootLogin no, remove X11Forwarding",
                "     - PermitRootLogin yes",
                "     - X11Forwarding yes",
                "     + PermitRootLogin no",
                "     + MaxAuthTries 3",
                "2. write /etc/issue.net",
                "     the twin holds only this file's sha256 abababababab…, not its content",
                "3. write /etc/motd",
                "     not among the files the twin records: the change is made as written",
                "4. upgrade package hello from hello_2.12-1_amd64.deb: version 2.10-3 → version 2.12-1",
                "5. restart service ssh.service: active, enabled → restarted",
                "6. disable service cups: no such service in the twin → not enabled"), PlanChangesOnTwin.of(plan, b.twin()));
    }
}
