package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;

import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.ElementKind;
import io.twinbench.model.twin.Process;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.ui.graph.TwinGraphEditor;
import io.twinbench.ui.graph.figures.ElementFigure;
import io.twinbench.ui.internal.TwinEditorInput;
import io.twinbench.ui.session.OpenTwin;

/** The graph editor in the real workbench: figures, Properties, undo through the twin's command stack. */
class GraphEditorTest {

    private static final TwinPackage P = TwinPackage.eINSTANCE;
    private TwinGraphEditor editor;
    private Twin twin;

    /** A host with services, processes under them, their listeners and owners: 1 + 10 + 60 + 20 + 3 elements. */
    private static Twin sampleTwin(String id) {
        TwinBuilder b = new TwinBuilder(id, "graph test " + id, new Date());
        Element host = b.element(P.getEndpoint(), "endpoint", "host", e -> { });
        Element os = b.element(P.getOperatingSystem(), "os", "Linux", e -> { });
        b.edge(os, DependencyType.RUNS_ON, host);
        Element[] users = new Element[3];
        for (int u = 0; u < 3; u++) {
            users[u] = b.element(P.getUser(), TwinBuilder.id("user", "u" + u), "user" + u, e -> { });
        }
        for (int s = 0; s < 10; s++) {
            Element service = b.element(P.getService(), TwinBuilder.id("svc", s), "service-" + s, e -> { });
            b.edge(service, DependencyType.RUNS_ON, os);
            for (int p = 0; p < 6; p++) {
                int pid = s * 10 + p;
                Element process = b.element(P.getProcess(), TwinBuilder.id("proc", pid), "proc-" + pid, (Process x) -> x.setPid(pid));
                b.edge(process, DependencyType.PART_OF, service);
                b.edge(process, DependencyType.OWNED_BY, users[pid % 3]);
                if (p < 2) {
                    Element port = b.element(P.getListeningPort(), TwinBuilder.id("port", pid), "port " + (8000 + pid), e -> { });
                    b.edge(process, DependencyType.LISTENS_ON, port);
                }
            }
        }
        return b.twin();
    }

    @BeforeEach
    void openEditor() throws Exception {
        twin = sampleTwin("graph-test-" + System.nanoTime());
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

    @Test
    void everyShownElementHasAFigureInTheViewer() {
        assertEquals(twin.getElements().size(), editor.diagram().graph().elements().size(), "default filter hides only packages");
        for (Element element : twin.getElements()) {
            GraphicalEditPart part = (GraphicalEditPart) editor.viewer().getEditPartRegistry().get(element);
            assertNotNull(part, "edit part for " + element.getId());
            IFigure figure = part.getFigure();
            assertTrue(figure instanceof ElementFigure f && f.name().equals(element.getName()));
            assertTrue(figure.getBounds().width > 0 && figure.getParent() != null, "figure of " + element.getId() + " is laid out");
        }
        long edgeParts = twin.getDependencies().stream().filter(d -> editor.viewer().getEditPartRegistry().get(d) != null).count();
        assertEquals(twin.getDependencies().size(), edgeParts);
    }

    @Test
    void filteringAKindRemovesItsFiguresAndItsEdges() {
        io.twinbench.ui.graph.internal.KindFilterBar bar = findFilterBar();
        bar.toggle(ElementKind.PROCESS, false);
        Ui.processEvents(200);
        Element process = twin.findElement("proc/0");
        assertNull(editor.viewer().getEditPartRegistry().get(process));
        assertEquals(twin.getElements().size() - 60, editor.diagram().graph().elements().size());
        assertEquals(10 + 1, editor.diagram().graph().edgeCount(), "only service and OS edges remain");
        bar.toggle(ElementKind.PROCESS, true);
        Ui.processEvents(200);
        assertNotNull(editor.viewer().getEditPartRegistry().get(process));
    }

    private io.twinbench.ui.graph.internal.KindFilterBar findFilterBar() {
        org.eclipse.swt.widgets.Control canvas = editor.viewer().getControl();
        for (org.eclipse.swt.widgets.Composite c = canvas.getParent(); c != null; c = c.getParent()) {
            for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
                if (child instanceof io.twinbench.ui.graph.internal.KindFilterBar bar) {
                    return bar;
                }
            }
        }
        throw new AssertionError("no filter bar in the editor");
    }

    @Test
    void theSelectedNodeIsShownInProperties() throws Exception {
        PropertySheet sheet = (PropertySheet) Ui.page().showView(IPageLayout.ID_PROP_SHEET);
        Ui.page().activate(editor);
        Element process = twin.findElement("proc/42");
        assertTrue(editor.reveal(process));
        Ui.waitUntil("Properties to show proc-42", 10_000, () -> propertyValue(sheet, "Name") != null
                && propertyValue(sheet, "Name").equals("proc-42"));
        assertEquals("42", propertyValue(sheet, "Pid"));
        assertEquals("proc/42", propertyValue(sheet, "Id"));
    }

    private static String propertyValue(PropertySheet sheet, String property) {
        if (!(sheet.getCurrentPage() instanceof PropertySheetPage page)) {
            return null;
        }
        Tree tree = (Tree) page.getControl();
        for (TreeItem item : tree.getItems()) {
            String found = find(item, property);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String find(TreeItem item, String property) {
        if (property.equals(item.getText(0))) {
            return item.getText(1);
        }
        for (TreeItem child : item.getItems()) {
            String found = find(child, property);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    void anEditIsUndoneThroughTheEditorsUndoAction() {
        OpenTwin open = editor.openTwin();
        Element service = twin.findElement("svc/3");
        open.domain().getCommandStack().execute(SetCommand.create(open.domain(), service, P.getElement_Name(), "renamed"));
        Ui.processEvents(100);
        ElementFigure figure = (ElementFigure) ((GraphicalEditPart) editor.viewer().getEditPartRegistry().get(service)).getFigure();
        assertEquals("renamed", figure.name());
        assertTrue(editor.isDirty());

        editor.actions().getAction(ActionFactory.UNDO.getId()).run();
        Ui.processEvents(100);
        assertEquals("service-3", service.getName());
        assertEquals("service-3", figure.name(), "the figure follows the undo");
        assertFalse(editor.isDirty());

        editor.actions().getAction(ActionFactory.REDO.getId()).run();
        assertEquals("renamed", service.getName());
    }

    @Test
    void deletingANodeRemovesItsEdgesAndUndoRestoresBoth() {
        Element service = twin.findElement("svc/0");
        int edges = twin.getDependencies().size();
        GraphicalEditPart part = (GraphicalEditPart) editor.viewer().getEditPartRegistry().get(service);
        editor.viewer().select(part);
        Ui.processEvents(100);
        editor.actions().getAction(ActionFactory.DELETE.getId()).run();
        Ui.processEvents(100);
        assertFalse(twin.getElements().contains(service));
        assertEquals(edges - 7, twin.getDependencies().size(), "its RUNS_ON edge and six PART_OF edges go with it");
        assertNull(editor.viewer().getEditPartRegistry().get(service));
        editor.actions().getAction(ActionFactory.UNDO.getId()).run();
        Ui.processEvents(100);
        assertTrue(twin.getElements().contains(service));
        assertEquals(edges, twin.getDependencies().size());
        assertNotNull(editor.viewer().getEditPartRegistry().get(service));
    }

    private java.util.Set<String> selectedIds() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (Element e : editor.selectedElements()) {
            ids.add(e.getId());
        }
        return ids;
    }

    private io.twinbench.ui.graph.internal.DependencyQueryAction query(io.twinbench.ui.graph.internal.DependencyQueryAction.Query which) {
        var action = editor.queries().get(which.ordinal());
        action.update();
        return action;
    }

    @Test
    void whatDependsOnAServiceIsSelected() {
        editor.selectModel(java.util.List.of(twin.findElement("svc/3")));
        query(io.twinbench.ui.graph.internal.DependencyQueryAction.Query.DEPENDENTS).run();
        assertEquals(java.util.Set.of("proc/30", "proc/31", "proc/32", "proc/33", "proc/34", "proc/35"), selectedIds());
        assertEquals("6 elements depend on service-3", editor.lastStatus());
    }

    @Test
    void whatAProcessDependsOnIsSelectedAndHiddenOnesAreCounted() {
        editor.selectModel(java.util.List.of(twin.findElement("proc/30")));
        query(io.twinbench.ui.graph.internal.DependencyQueryAction.Query.DEPENDENCIES).run();
        assertEquals(java.util.Set.of("svc/3", "os", "endpoint", "user/u0", "port/30"), selectedIds());
        findFilterBar().toggle(ElementKind.USER, false);
        editor.selectModel(java.util.List.of(twin.findElement("proc/30")));
        query(io.twinbench.ui.graph.internal.DependencyQueryAction.Query.DEPENDENCIES).run();
        assertTrue(editor.lastStatus().endsWith("(1 hidden by the kind filter)"), editor.lastStatus());
    }

    @Test
    void thePathBetweenTwoElementsIsSelectedWithItsEdges() {
        var path = query(io.twinbench.ui.graph.internal.DependencyQueryAction.Query.PATH);
        editor.selectModel(java.util.List.of(twin.findElement("proc/30")));
        path.update();
        assertFalse(path.isEnabled(), "a path needs two elements");
        editor.selectModel(java.util.List.of(twin.findElement("proc/30"), twin.findElement("user/u1")));
        path.update();
        assertTrue(path.isEnabled());
        path.run();
        assertTrue(selectedIds().containsAll(java.util.Set.of("proc/30", "user/u1")), selectedIds().toString());
        assertTrue(editor.lastStatus().startsWith("Path of 3 dependencies"), editor.lastStatus());
        long edges = editor.viewer().getSelectedEditParts().stream()
                .filter(p -> ((org.eclipse.gef.EditPart) p).getModel() instanceof io.twinbench.model.twin.Dependency).count();
        assertEquals(3, edges);
    }

    @Test
    void aSelectedNodesEdgesStandOut() {
        Element service = twin.findElement("svc/5");
        editor.selectModel(java.util.List.of(service));
        Ui.processEvents(100);
        int emphasized = 0;
        for (io.twinbench.model.twin.Dependency d : twin.getDependencies()) {
            GraphicalEditPart part = (GraphicalEditPart) editor.viewer().getEditPartRegistry().get(d);
            boolean touches = d.getSource() == service || d.getTarget() == service;
            assertEquals(touches, ((io.twinbench.ui.graph.figures.DependencyFigure) part.getFigure()).isEmphasized(), d.toString());
            emphasized += touches ? 1 : 0;
        }
        assertEquals(7, emphasized, "its RUNS_ON edge and its six processes");
        editor.selectModel(java.util.List.of());
        Ui.processEvents(100);
        GraphicalEditPart anyEdge = (GraphicalEditPart) editor.viewer().getEditPartRegistry().get(twin.getDependencies().get(0));
        assertFalse(((io.twinbench.ui.graph.figures.DependencyFigure) anyEdge.getFigure()).isEmphasized());
    }
}
