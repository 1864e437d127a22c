package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.twinbench.model.twin.Process;
import io.twinbench.model.twin.Service;
import io.twinbench.model.twin.TwinFactory;
import io.twinbench.ui.graph.figures.NodeLabels;

/** Four processes named "bash" must not read alike: a node says pid, user and command. */
class NodeLabelsTest {

    @Test
    void aProcessNodeSaysItsPidUserAndCommand() {
        Process p = TwinFactory.eINSTANCE.createProcess();
        p.setId("proc/4242");
        p.setName("python3");
        p.setPid(4242);
        p.setUser("alice");
        p.setCommandLine("/usr/bin/python3  -m http.server 8000");
        assertEquals("Process 4242 · alice", NodeLabels.title(p));
        assertEquals("python3 -m http.server 8000", NodeLabels.name(p));
        p.setCommandLine("");
        assertEquals("python3", NodeLabels.name(p), "a kernel thread has no command line: its name");
    }

    @Test
    void aServiceNodeSaysItsUnit() {
        Service s = TwinFactory.eINSTANCE.createService();
        s.setId("svc/ssh.service");
        s.setName("ssh");
        s.setUnit("ssh.service");
        assertEquals("ssh.service", NodeLabels.name(s));
    }
}
