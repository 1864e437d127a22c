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

    private static Set<String> ids(Set<Element> elements) {
        return elements.stream().map(Element::getId).collect(Collectors.toSet());
    }

    @Test
    void whatDependsOnTheDiskIncludesEverythingAboveIt() {
        assertEquals(Set.of("fs/", "svc/nginx.service", "proc/42"), ids(graph.dependentsOf(el("disk/dev/sda"))));
    }

    @Test
    void whatTheServiceDependsOnFollowsEdgesTransitively() {
        assertEquals(Set.of("fs/", "disk/dev/sda", "endpoint", "pkg/nginx", "pkg/libc6"),
                ids(graph.dependenciesOf(el("svc/nginx.service"))));
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
