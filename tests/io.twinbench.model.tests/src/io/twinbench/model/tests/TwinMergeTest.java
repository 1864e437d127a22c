package io.twinbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.build.TwinMerge;
import io.twinbench.model.twin.Anomaly;
import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Prediction;
import io.twinbench.model.twin.Process;
import io.twinbench.model.twin.SoftwarePackage;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinFactory;

/** An open twin follows a newer model of its endpoint in place: what stays keeps its identity. */
class TwinMergeTest {

    @Test
    void removedAddedAndChangedElementsAndEdgesAreMergedInPlace() {
        Twin open = SampleTwins.webServer();
        Element process = open.findElement("proc/42");
        Element libc = open.findElement("pkg/libc6");

        Twin newer = EcoreUtil.copy(open);
        ((SoftwarePackage) newer.findElement("pkg/libc6")).setVersion("2.37");
        EcoreUtil.delete(newer.findElement("pkg/orphan"), true);
        newer.getDependencies().removeIf(d -> d.getSource().getId().equals("pkg/nginx") && d.getTarget().getId().equals("pkg/libc6"));
        TwinBuilder extra = new TwinBuilder("x", "x", new java.util.Date(0));
        Process worker = extra.element(SampleTwins.P.getProcess(), "proc/43", "nginx worker", (Process p) -> p.setPid(43));
        newer.getElements().add(worker);
        Dependency edge = EcoreUtil.copy(newer.getDependencies().get(0));
        edge.setType(DependencyType.CHILD_OF);
        edge.setSource(worker);
        edge.setTarget(newer.findElement("proc/42"));
        newer.getDependencies().add(edge);

        List<Notification> structural = new ArrayList<>();
        open.eAdapters().add(new AdapterImpl() {
            @Override
            public void notifyChanged(Notification n) {
                structural.add(n);
            }
        });
        TwinMerge.Outcome outcome = TwinMerge.apply(open, newer);

        assertEquals(new TwinMerge.Outcome(1, 1, 1, 1, 1, 0, 0), outcome, outcome.toString());
        assertSame(process, open.findElement("proc/42"), "an element that stays is the same object");
        assertSame(libc, open.findElement("pkg/libc6"));
        assertEquals("2.37", ((SoftwarePackage) libc).getVersion());
        assertNull(open.findElement("pkg/orphan"));
        Element added = open.findElement("proc/43");
        assertTrue(open.getDependencies().stream().anyMatch(d -> d.getSource() == added && d.getTarget() == process
                && d.getType() == DependencyType.CHILD_OF), "the new edge joins the open twin's own elements");
        assertTrue(open.getDependencies().stream().noneMatch(d -> d.getSource().getId().equals("pkg/nginx")
                && d.getTarget() == libc), "the edge that went is gone");
        assertTrue(open.getDependencies().stream().allMatch(d -> d.getSource().getTwin() == open && d.getTarget().getTwin() == open),
                "no edge points outside the twin");
        assertEquals(4, structural.size(), "one list change each for removed edges, removed elements, added elements, added edges");
        assertEquals(newer.getElements().size(), open.getElements().size());
        assertEquals(newer.getDependencies().size(), open.getDependencies().size());

        assertTrue(TwinMerge.apply(open, newer).isEmpty(), "merging the same model again changes nothing");
    }

    @Test
    void anElementWhoseKindChangedIsReplaced() {
        Twin open = SampleTwins.webServer();
        Twin newer = EcoreUtil.copy(open);
        Element pkg = newer.findElement("pkg/orphan");
        TwinBuilder b = new TwinBuilder("x", "x", new java.util.Date(0));
        Process now = b.element(SampleTwins.P.getProcess(), "pkg/orphan", "orphan", (Process p) -> p.setPid(7));
        newer.getDependencies().removeIf(d -> d.getSource() == pkg || d.getTarget() == pkg);
        newer.getElements().set(newer.getElements().indexOf(pkg), now);
        TwinMerge.Outcome outcome = TwinMerge.apply(open, newer);
        assertEquals(1, outcome.added());
        assertEquals(1, outcome.removed());
        assertTrue(open.findElement("pkg/orphan") instanceof Process);
    }

    @Test
    void findingsFollowTheNewerModelAndKeepTheirIdentity() {
        Twin open = SampleTwins.webServer();
        Anomaly spike = anomaly(open, "proc/42", "cpu.load", 1_000, 4.0);
        Anomaly past = anomaly(open, "pkg/libc6", "disk.write.rate", 2_000, 6.0);
        anomaly(open, "pkg/orphan", "memory.used", 3_000, 5.0);

        Twin newer = EcoreUtil.copy(open);
        newer.getFindings().remove(2);
        newer.getFindings().remove(1);
        ((Anomaly) newer.getFindings().get(0)).setScore(9.0);
        EcoreUtil.delete(newer.findElement("pkg/orphan"), true);
        TwinBuilder extra = new TwinBuilder("x", "x", new java.util.Date(0));
        Process worker = extra.element(SampleTwins.P.getProcess(), "proc/43", "nginx worker", (Process p) -> p.setPid(43));
        newer.getElements().add(worker);
        anomaly(newer, "proc/43", "cpu.load", 4_000, 7.0);
        Prediction full = TwinFactory.eINSTANCE.createPrediction();
        full.setElement(newer.findElement("pkg/libc6"));
        full.setFailureMode("filesystem full");
        newer.getFindings().add(full);

        TwinMerge.Outcome outcome = TwinMerge.apply(open, newer);

        assertEquals(2, outcome.findingsAdded(), outcome.toString());
        assertEquals(2, outcome.findingsRemoved(), "the anomaly that aged out and the one about the element that left");
        assertSame(spike, open.getFindings().get(0), "a finding that stays is the same object");
        assertEquals(9.0, spike.getScore(), "and takes the newer values");
        assertTrue(open.getFindings().stream().noneMatch(f -> f == past));
        assertTrue(open.getFindings().stream().allMatch(f -> f.getElement().getTwin() == open), "every finding is about an element of the open twin");
        assertSame(open.findElement("proc/43"), open.getFindings().get(1).getElement(), "a new finding points at the open twin's new element");
        assertTrue(TwinMerge.apply(open, newer).isEmpty(), "merging the same model again changes nothing");
    }

    private static Anomaly anomaly(Twin twin, String elementId, String metric, long at, double score) {
        Anomaly a = TwinFactory.eINSTANCE.createAnomaly();
        a.setElement(twin.findElement(elementId));
        a.setMetric(metric);
        a.setDetectedAt(new java.util.Date(at));
        a.setScore(score);
        twin.getFindings().add(a);
        return a;
    }
}
