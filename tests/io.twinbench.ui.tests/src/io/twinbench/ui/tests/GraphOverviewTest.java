package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Process;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.ui.graph.TwinGraphEditor;
import io.twinbench.ui.graph.layout.GroupNode;
import io.twinbench.ui.graph.parts.GroupEditPart;
import io.twinbench.ui.internal.TwinEditorInput;

/** A twin of real size opens as an overview of groups with counts, expanded on demand. */
class GraphOverviewTest {

    private static final TwinPackage P = TwinPackage.eINSTANCE;
    private TwinGraphEditor editor;
    private Twin twin;

    /** A web server: 300 worker processes of www-data, 40 kernel threads, sshd of root, and a listener. */
    private static Twin busyHost(String id) {
        TwinBuilder b = new TwinBuilder(id, "busy " + id, new Date());
        Element host = b.element(P.getEndpoint(), "endpoint", "host", e -> { });
        Element os = b.element(P.getOperatingSystem(), "os", "Linux", e -> { });
        b.edge(os, DependencyType.RUNS_ON, host);
        Element www = b.element(P.getUser(), "user/www-data", "www-data", (io.twinbench.model.twin.User u) -> u.setUid(33));
        for (int i = 0; i < 300; i++) {
            int pid = 1000 + i;
            Element p = b.element(P.getProcess(), "proc/" + pid, "nginx", (Process x) -> {
                x.setPid(pid);
                x.setUser("www-data");
                x.setCommandLine("nginx: worker process " + pid);
                x.setParentPid(999);
            });
            b.edge(p, DependencyType.RUNS_ON, os);
            b.edge(p, DependencyType.OWNED_BY, www);
        }
        for (int i = 0; i < 40; i++) {
            int pid = 10 + i;
            Element k = b.element(P.getProcess(), "proc/" + pid, "kworker/" + i, (Process x) -> {
                x.setPid(pid);
                x.setParentPid(2);
            });
            b.edge(k, DependencyType.RUNS_ON, os);
        }
        Element sshd = b.element(P.getProcess(), "proc/500", "sshd", (Process x) -> {
            x.setPid(500);
            x.setUser("root");
            x.setCommandLine("/usr/sbin/sshd -D");
        });
        Element port = b.element(P.getListeningPort(), "port/tcp/22", "tcp 22", e -> { });
        b.edge(sshd, DependencyType.LISTENS_ON, port);
        b.edge(sshd, DependencyType.RUNS_ON, os);
        return b.twin();
    }

    @BeforeEach
    void openEditor() throws Exception {
        twin = busyHost("busy-" + System.nanoTime());
        Ui.waitUntil("the workspace store", 60_000, () -> Ui.workspace().store().isPresent());
        Ui.workspace().adopt(twin);
        editor = (TwinGraphEditor) Ui.page().openEditor(new TwinEditorInput(twin.getId(), twin.getName()), TwinGraphEditor.ID);
        Ui.processEvents(300);
    }

    @AfterEach
    void closeEditor() {
        Ui.page().closeEditor(editor, false);
        Ui.workspace().close(twin.getId());
    }

    private GroupNode group(String label) {
        return editor.diagram().graph().nodes().stream().filter(GroupNode.class::isInstance).map(GroupNode.class::cast)
                .filter(g -> g.label().equals(label)).findFirst().orElse(null);
    }

    @Test
    void bigGroupsAreOneNodeWithTheirCountAndEdgesMerged() {
        GroupNode workers = group("Processes of www-data");
        GroupNode kernel = group("Kernel threads");
        assertNotNull(workers, editor.diagram().graph().nodes().toString());
        assertEquals(300, workers.members().size());
        assertEquals(40, kernel.members().size());
        assertNull(editor.viewer().getEditPartRegistry().get(twin.findElement("proc/1000")), "a worker is inside its group");
        assertNotNull(editor.viewer().getEditPartRegistry().get(twin.findElement("proc/500")), "sshd, alone of root, stands alone");
        assertEquals(2 + 1 + 2 + 2, editor.diagram().graph().nodes().size(), "endpoint, os, www-data, sshd, port, and the two groups");
        assertEquals(List.of(300), editor.diagram().graph().outgoing(workers).stream()
                .filter(e -> e instanceof io.twinbench.ui.graph.layout.GroupEdge g && g.type() == DependencyType.OWNED_BY)
                .map(e -> ((io.twinbench.ui.graph.layout.GroupEdge) e).count()).toList(), "300 ownerships drawn as one edge");
    }

    @Test
    void aDoubleClickExpandsAGroupAndFindOpensTheGroupOfWhatItFinds() {
        GroupEditPart kernel = (GroupEditPart) editor.viewer().getEditPartRegistry().get(group("Kernel threads"));
        kernel.performRequest(new org.eclipse.gef.Request(org.eclipse.gef.RequestConstants.REQ_OPEN));
        Ui.processEvents(300);
        assertNull(group("Kernel threads"));
        assertNotNull(editor.viewer().getEditPartRegistry().get(twin.findElement("proc/10")));
        assertNotNull(group("Processes of www-data"), "the other group stays closed");

        editor.findBar().find("worker process 1234");
        Ui.processEvents(400);
        assertNotNull(editor.viewer().getEditPartRegistry().get(twin.findElement("proc/1234")), "its group was opened to show it");
        assertTrue(editor.selectedElements().stream().anyMatch(e -> e.getId().equals("proc/1234")));
    }
}
