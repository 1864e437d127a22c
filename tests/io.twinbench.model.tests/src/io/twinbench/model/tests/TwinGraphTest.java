package io.twinbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.twinbench.model.query.TwinGraph;
import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Twin;

class TwinGraphTest {

    private final Twin twin = SampleTwins.webServer();
    private final TwinGraph graph = new TwinGraph(twin);

    private Element el(String id) {
        return twin.findElement(id);
    }

    private static Set<String> ids(java.util.Map<Element, Dependency> elements) {
        return elements.keySet().stream().map(Element::getId).collect(Collectors.toSet());
    }

    @Test
    void whatDependsOnTheDiskIncludesEverythingAboveIt() {
        assertEquals(Set.of("fs/", "svc/nginx.service", "proc/42"), ids(graph.dependentsOf(el("disk/dev/sda"))));
    }

    @Test
    void whatTheServiceDependsOnFollowsEdgesTransitively() {
        assertEquals(Set.of("fs/", "disk/dev/sda", "endpoint", "pkg/nginx", "pkg/libc6"),
                ids(graph.dependenciesOf(el("svc/nginx.service"))));
        assertEquals(DependencyType.MOUNTED_ON, graph.dependenciesOf(el("svc/nginx.service")).get(el("disk/dev/sda")).getType(), "reached by");
    }

    @Test
    void aListeningPortDependsOnTheProcessListeningOnIt() {
        Twin t = SampleTwins.webServer();
        Element process = t.findElement("proc/42");
        io.twinbench.model.twin.ListeningPort port = io.twinbench.model.twin.TwinFactory.eINSTANCE.createListeningPort();
        port.setId("port/tcp/80");
        port.setName("tcp 80");
        t.getElements().add(port);
        Dependency listens = io.twinbench.model.twin.TwinFactory.eINSTANCE.createDependency();
        listens.setSource(process);
        listens.setTarget(port);
        listens.setType(DependencyType.LISTENS_ON);
        t.getDependencies().add(listens);
        TwinGraph g = new TwinGraph(t);
        assertTrue(ids(g.dependentsOf(process)).contains("port/tcp/80"), "the port closes with its process");
        assertTrue(!ids(g.dependenciesOf(process)).contains("port/tcp/80"), "the process does not need its own port");
        assertTrue(io.twinbench.model.query.DependencyDirection.explanation().contains("A listens on B: B depends on A"));
    }

    @Test
    void aSelfLoopIsNotItsOwnDependency() {
        assertTrue(graph.dependenciesOf(el("pkg/orphan")).isEmpty());
    }

    @Test
    void pathBetweenProcessAndLibcGoesThroughServiceAndPackage() {
        List<Dependency> path = graph.path(el("proc/42"), el("pkg/libc6")).orElseThrow();
        assertEquals(List.of(DependencyType.PART_OF, DependencyType.REQUIRES, DependencyType.REQUIRES),
                path.stream().map(Dependency::getType).toList());
        assertEquals("proc/42", path.get(0).getSource().getId());
        assertEquals("pkg/libc6", path.get(2).getTarget().getId());
    }

    @Test
    void pathFollowsEdgesAgainstTheirDirectionToo() {
        assertEquals(4, graph.path(el("endpoint"), el("proc/42")).orElseThrow().size());
    }

    @Test
    void unrelatedElementsHaveNoPath() {
        assertTrue(graph.path(el("pkg/orphan"), el("endpoint")).isEmpty());
    }

    @Test
    void cyclesDoNotLoopForever() {
        Twin cyclic = SampleTwins.webServer();
        Element a = cyclic.findElement("pkg/libc6");
        Element b = cyclic.findElement("pkg/nginx");
        Dependency back = io.twinbench.model.twin.TwinFactory.eINSTANCE.createDependency();
        back.setSource(a);
        back.setTarget(b);
        back.setType(DependencyType.REQUIRES);
        cyclic.getDependencies().add(back);
        assertEquals(Set.of("pkg/libc6"), ids(new TwinGraph(cyclic).dependenciesOf(b)));
    }
}
