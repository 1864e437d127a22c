package io.twinbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Date;

import org.junit.jupiter.api.Test;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.ElementKind;
import io.twinbench.model.twin.Process;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinPackage;

class TwinModelTest {

    private static final TwinPackage P = TwinPackage.eINSTANCE;

    @Test
    void everyConcreteElementClassHasAKind() {
        for (var classifier : P.getEClassifiers()) {
            if (classifier instanceof org.eclipse.emf.ecore.EClass c && !c.isAbstract() && P.getElement().isSuperTypeOf(c)) {
                Element e = (Element) io.twinbench.model.twin.TwinFactory.eINSTANCE.create(c);
                e.kind();
            }
        }
        assertEquals(ElementKind.PROCESS, io.twinbench.model.twin.TwinFactory.eINSTANCE.createProcess().kind());
    }

    @Test
    void builderReturnsTheSameElementForTheSameIdAndStampsTimes() {
        Date seen = new Date(1000);
        TwinBuilder b = new TwinBuilder("t", "t", seen);
        Process first = b.element(P.getProcess(), "proc/1", "init", (Process p) -> p.setPid(1));
        Process again = b.element(P.getProcess(), "proc/1", "init", (Process p) -> p.setUser("root"));
        assertSame(first, again);
        assertEquals("root", first.getUser());
        assertEquals(seen, first.getFirstSeen());
        assertEquals(seen, first.getLastSeen());
        assertEquals(1, b.twin().getElements().size());
    }

    @Test
    void builderKeepsOneEdgePerSourceTypeAndTarget() {
        TwinBuilder b = new TwinBuilder("t", "t", new Date());
        Element x = b.element(P.getProcess(), "proc/1", "a", (Process p) -> { });
        Element y = b.element(P.getProcess(), "proc/2", "b", (Process p) -> { });
        b.edge(x, DependencyType.CHILD_OF, y);
        b.edge(x, DependencyType.CHILD_OF, y);
        b.edge(x, DependencyType.OWNED_BY, y);
        b.edge(x, DependencyType.CHILD_OF, null);
        assertEquals(2, b.twin().getDependencies().size());
    }

    @Test
    void idsAreMadeSafeForXmiReferences() {
        assertEquals("conn/tcp4/10.0.0.1/22/10.0.0.2/5000", TwinBuilder.id("conn", "tcp4", "10.0.0.1", 22, "10.0.0.2", 5000));
        assertEquals("svc/my_unit_1.service", TwinBuilder.id("svc", "my unit#1.service"));
        assertEquals("fs/", TwinBuilder.id("fs", "/"));
        assertEquals("port/tcp6/__1/80", TwinBuilder.id("port", "tcp6", "::1", 80));
        TwinBuilder b = new TwinBuilder("t", "t", new Date());
        assertThrows(IllegalArgumentException.class, () -> b.element(P.getProcess(), "proc:1", "x", (Process p) -> { }));
    }

    @Test
    void builderRefusesOneIdForTwoKinds() {
        TwinBuilder b = new TwinBuilder("t", "t", new Date());
        b.element(P.getProcess(), "x", "x", (Process p) -> { });
        assertThrows(IllegalArgumentException.class, () -> b.element(P.getUser(), "x", "x", (io.twinbench.model.twin.User u) -> { }));
    }

    @Test
    void findElementAndElementsOfKind() {
        Twin twin = SampleTwins.webServer();
        assertEquals("nginx", twin.findElement("proc/42").getName());
        assertNull(twin.findElement("proc/43"));
        assertEquals(3, twin.elementsOfKind(ElementKind.PACKAGE).size());
        assertSame(twin, twin.findElement("endpoint").getTwin());
    }
}
