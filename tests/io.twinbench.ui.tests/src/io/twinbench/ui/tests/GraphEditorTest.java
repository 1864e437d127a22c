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

    @Test
    void findSelectsAndCentresAnElementByAnyOfItsValues() {
        Ui.processEvents(500); // the overview zoom the editor opened with is applied by then
        editor.zoomManager().setZoom(1.0);
        Ui.processEvents(200);
        editor.findBar().find("proc 42");
        Ui.processEvents(400);
        assertEquals(java.util.Set.of("proc/42"), selectedIds());
        assertEquals("1 of 1: proc-42 (proc/42)", editor.findBar().result());
        IFigure figure = ((GraphicalEditPart) editor.viewer().getEditPartRegistry().get(twin.findElement("proc/42"))).getFigure();
        org.eclipse.draw2d.geometry.Rectangle onScreen = figure.getBounds().getCopy();
        figure.translateToAbsolute(onScreen);
        org.eclipse.swt.graphics.Rectangle view = editor.viewer().getControl().getBounds();
        assertTrue(onScreen.x >= 0 && onScreen.right() <= view.width && onScreen.y >= 0 && onScreen.bottom() <= view.height,
                onScreen + " within " + view);
        assertEquals(1.0, editor.zoomManager().getZoom(), 1e-9, "finding keeps the zoom");

        findFilterBar().toggle(ElementKind.USER, false);
        Ui.processEvents(200);
        editor.findBar().find("user2");
        Ui.processEvents(300);
        assertEquals(java.util.Set.of("user/u2"), selectedIds(), "a kind the legend hid is shown to show what was found");
        editor.findBar().find("no such thing");
        assertEquals("Nothing matches \"no such thing\"", editor.findBar().result());
    }

    @Test
    void theNeighbourhoodOfANodeHidingPinningBackAndForward() {
        int whole = editor.diagram().graph().elements().size();
        editor.selectModel(java.util.List.of(twin.findElement("proc/30")));
        editor.showNeighbourhood(1);
        Ui.processEvents(200);
        java.util.Set<String> shown = editor.diagram().graph().elements().stream().map(Element::getId)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(java.util.Set.of("proc/30", "svc/3", "user/u0", "port/30"), shown, "the process and what one edge away");
        assertTrue(findFilterBar().scopeText().startsWith("Narrowed to the neighbourhood of proc-30, 1 hop"), findFilterBar().scopeText());
        assertEquals(java.util.Set.of("proc/30"), selectedIds(), "the subject stays selected");

        editor.selectModel(java.util.List.of(twin.findElement("svc/3")));
        editor.pinSelected();
        editor.selectModel(java.util.List.of(twin.findElement("user/u0")));
        editor.hideSelected();
        assertEquals(3, editor.diagram().graph().elements().size(), "user/u0 hidden");
        editor.selectModel(java.util.List.of(twin.findElement("endpoint")));
        editor.selectModel(java.util.List.of(twin.findElement("port/30")));
        editor.showNeighbourhood(1);
        assertTrue(editor.diagram().graph().isVisible(twin.findElement("svc/3")), "pinned, it stays");

        assertTrue(editor.back());
        assertEquals(3, editor.diagram().graph().elements().size(), "back to before the last neighbourhood");
        assertTrue(editor.back());
        assertTrue(editor.back());
        assertTrue(editor.back());
        assertEquals(whole, editor.diagram().graph().elements().size(), "back to the whole twin");
        assertFalse(editor.back());
        assertTrue(editor.forward());
        assertEquals(4, editor.diagram().graph().elements().size());
        editor.showWholeTwin();
        assertEquals(whole, editor.diagram().graph().elements().size());
        assertEquals("", findFilterBar().scopeText());
    }

    @Test
    void aFocusOnWhatIsNewShowsItAndWhatConnectsIt() throws Exception {
        java.util.Date later = new Date(twin.getCreated().getTime() + 60_000);
        twin.findElement("port/51").setFirstSeen(later);
        twin.findElement("user/u0").setFirstSeen(later);
        Ui.workspace().setTimeRange(twin.getId(), io.twinbench.ui.session.TimeRange.everything());
        editor.focusOnWhatMatters();
        Ui.processEvents(200);
        assertEquals(java.util.Set.of("port/51", "user/u0"), answerIds());
        assertTrue(editor.answer().question().startsWith("Focus: 0 anomalous and 2 new elements"), editor.answer().question());
        assertFalse(dimmed(twin.findElement("proc/51")), "proc-51 listens on port 8051 and is owned by user0: it connects them");
        assertTrue(dimmed(twin.findElement("proc/40")), "the rest fades");
    }

    @Test
    void theZoomStaysWhereTheAnalystPutItWhenKindsAreToggled() {
        Ui.processEvents(500);
        editor.zoomManager().setZoom(1.5);
        Ui.processEvents(100);
        findFilterBar().toggle(ElementKind.USER, false);
        Ui.processEvents(300);
        assertEquals(1.5, editor.zoomManager().getZoom(), 1e-9);
        findFilterBar().toggle(ElementKind.USER, true);
        Ui.processEvents(300);
        assertEquals(1.5, editor.zoomManager().getZoom(), 1e-9);
    }

    @Test
    void liveCountsDoNotMoveTheLegendsBoxes() {
        io.twinbench.ui.graph.internal.KindFilterBar bar = findFilterBar();
        var before = bar.boxBounds();
        // a burst of new processes, as a live round may bring: the count gains a digit
        for (int i = 0; i < 9_000; i += 10) {
            io.twinbench.model.twin.Process p = io.twinbench.model.twin.TwinFactory.eINSTANCE.createProcess();
            p.setId("proc/new-" + i);
            p.setName("new-" + i);
            twin.getElements().add(p);
        }
        editor.diagram().relayout();
        bar.update(editor.diagram().graph());
        Ui.processEvents(200);
        assertEquals(before, bar.boxBounds(), "every box where it was");
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
        assertEquals("not reported", propertyValue(sheet, "Command Line"), "an empty value is said, not left blank");
        assertEquals("not reported", propertyValue(sheet, "Resident Bytes"), "nor shown as zero");
        assertTrue(propertyValue(sheet, "First Seen").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC"), propertyValue(sheet, "First Seen"));
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

    /** Reopens the editor on a draft of the sample twin, as Make a Draft does. */
    private void switchToDraft() {
        closeEditor();
        twin = io.twinbench.model.build.TwinDrafts.draftOf(twin, java.time.Instant.now());
        Ui.workspace().adopt(twin);
        try {
            editor = (TwinGraphEditor) Ui.page().openEditor(new TwinEditorInput(twin.getId(), twin.getName()), TwinGraphEditor.ID);
        } catch (org.eclipse.ui.PartInitException e) {
            throw new AssertionError(e);
        }
        Ui.processEvents(300);
    }

    /** Which of an element's rows in Properties would open an editor on a click. */
    private java.util.Set<String> editableRows(Element element) {
        var page = (io.twinbench.ui.graph.internal.TwinPropertySheetPage) editor.getAdapter(org.eclipse.ui.views.properties.IPropertySheetPage.class);
        org.eclipse.swt.widgets.Shell shell = new org.eclipse.swt.widgets.Shell();
        try {
            java.util.Set<String> rows = new java.util.TreeSet<>();
            for (var d : page.provider().getPropertySource(element).getPropertyDescriptors()) {
                org.eclipse.jface.viewers.CellEditor cell = d.createPropertyEditor(shell);
                if (cell != null) {
                    rows.add(d.getDisplayName());
                    cell.dispose();
                }
            }
            return rows;
        } finally {
            shell.dispose();
        }
    }

    @Test
    void aCapturedElementCannotBeEditedOrDeletedWhileADraftCan() {
        assertTrue(editor.provenance().startsWith("Captured"), editor.provenance());
        Element process = twin.findElement("proc/42");
        assertEquals(java.util.Set.of("Note", "Tags"), editableRows(process), "no captured row of a captured element opens an editor");
        OpenTwin open = editor.openTwin();
        assertFalse(SetCommand.create(open.domain(), process, P.getElement_Name(), "x").canExecute(), "EMF refuses too");
        editor.viewer().select((GraphicalEditPart) editor.viewer().getEditPartRegistry().get(process));
        Ui.processEvents(100);
        var delete = editor.actions().getAction(ActionFactory.DELETE.getId());
        delete.run();
        Ui.processEvents(100);
        assertFalse(delete.isEnabled(), "Delete is off on captured data");
        assertTrue(twin.getElements().contains(process));
        assertFalse(editor.isDirty());

        switchToDraft();
        assertTrue(editor.provenance().startsWith("Draft of graph-test-"), editor.provenance());
        assertTrue(editableRows(twin.findElement("proc/42")).containsAll(java.util.Set.of("Name", "Pid")), editableRows(twin.findElement("proc/42")).toString());
    }

    @Test
    void theAnalystsNoteOnACapturedElementIsKeptApartUndoableAndShown() throws Exception {
        Element process = twin.findElement("proc/42");
        var page = (io.twinbench.ui.graph.internal.TwinPropertySheetPage) editor.getAdapter(org.eclipse.ui.views.properties.IPropertySheetPage.class);
        var source = page.provider().getPropertySource(process);
        assertEquals(java.util.Set.of("Note", "Tags"), editableRows(process), "on captured data only the analyst's own rows open an editor");
        source.setPropertyValue("analyst.note", "started by the new user eve");
        source.setPropertyValue("analyst.tags", "suspicious, case-17");
        Ui.processEvents(200);
        ElementFigure figure = (ElementFigure) ((GraphicalEditPart) editor.viewer().getEditPartRegistry().get(process)).getFigure();
        assertTrue(figure.isNoted(), "a yellow corner marks the note");
        assertEquals("proc-42", process.getName(), "the captured element is untouched");
        Ui.waitUntil("the note in the store", 10_000, () -> Ui.workspace().store().orElseThrow().notes().get(twin.getId(), "proc/42")
                .map(n -> "suspicious, case-17".equals(n.tags())).orElse(false));
        assertFalse(editor.isDirty(), "a captured twin has nothing to save: notes are written as made");

        editor.actions().getAction(ActionFactory.UNDO.getId()).run();
        Ui.processEvents(200);
        assertEquals("", source.getPropertyValue("analyst.tags"), "undo takes the tags back");
        assertEquals("started by the new user eve", source.getPropertyValue("analyst.note"));
        editor.actions().getAction(ActionFactory.UNDO.getId()).run();
        Ui.processEvents(200);
        assertFalse(figure.isNoted());
        Ui.waitUntil("the note gone from the store", 10_000, () -> Ui.workspace().store().orElseThrow().notes().get(twin.getId(), "proc/42").isEmpty());
    }

    @Test
    void makeADraftSavesACopyAndLeavesTheCapturedTwinAsItWas() throws Exception {
        String capturedId = twin.getId();
        Ui.workspace().saveSnapshot(org.eclipse.emf.ecore.util.EcoreUtil.copy(twin));
        long versions = Ui.workspace().store().orElseThrow().snapshots().latestVersionNumber(capturedId);
        Twin draft = Ui.workspace().makeDraft(capturedId);
        assertTrue(io.twinbench.model.build.TwinDrafts.isDraft(draft));
        assertEquals(java.util.Optional.of(capturedId), io.twinbench.model.build.TwinDrafts.draftedFrom(draft));
        assertEquals(twin.getElements().size(), Ui.workspace().store().orElseThrow().snapshots().latest(draft.getId()).orElseThrow().getElements().size());
        assertEquals(versions, Ui.workspace().store().orElseThrow().snapshots().latestVersionNumber(capturedId), "the captured twin gets no new version");
        Ui.workspace().deleteTwin(draft.getId(), false);
    }

    @Test
    void anEditIsUndoneThroughTheEditorsUndoAction() {
        switchToDraft();
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
        switchToDraft();
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

    private java.util.Set<String> answerIds() {
        return editor.answer().lines().stream().map(l -> l.element().getId()).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    private boolean dimmed(org.eclipse.emf.ecore.EObject model) {
        IFigure figure = ((GraphicalEditPart) editor.viewer().getEditPartRegistry().get(model)).getFigure();
        return figure instanceof ElementFigure f ? f.isDimmed() : ((io.twinbench.ui.graph.figures.DependencyFigure) figure).isDimmed();
    }

    @Test
    void whatDependsOnAServiceStandsOutIsListedAndStaysThroughLiveUpdates() throws Exception {
        editor.selectModel(java.util.List.of(twin.findElement("svc/3")));
        query(io.twinbench.ui.graph.internal.DependencyQueryAction.Query.DEPENDENTS).run();
        Ui.processEvents(200);
        assertEquals(java.util.Set.of("proc/30", "proc/31", "proc/32", "proc/33", "proc/34", "proc/35", "port/30", "port/31"), answerIds(),
                "its processes, and the ports they listen on");
        assertEquals(java.util.Set.of("svc/3"), selectedIds(), "the question's subject stays selected");
        assertFalse(dimmed(twin.findElement("proc/30")) || dimmed(twin.findElement("port/31")) || dimmed(twin.findElement("svc/3")));
        assertTrue(dimmed(twin.findElement("svc/4")) && dimmed(twin.findElement("proc/40")), "the rest is dimmed");
        var view = (io.twinbench.ui.graph.DependencyAnswerView) Ui.page().findView(io.twinbench.ui.graph.DependencyAnswerView.ID);
        assertTrue(view.questionText().startsWith("8 elements depend on service-3"), view.questionText());
        assertEquals(8, view.listedIds().size());
        editor.status("Live: 3 elements added, 1 removed.");
        Ui.processEvents(300);
        assertTrue(view.questionText().startsWith("8 elements depend on service-3"), "live updates leave the answer listed");
        editor.clearAnswer();
        assertFalse(dimmed(twin.findElement("svc/4")));
    }

    @Test
    void anEmptyAnswerKeepsItsSubjectSelected() {
        editor.selectModel(java.util.List.of(twin.findElement("user/u2")));
        query(io.twinbench.ui.graph.internal.DependencyQueryAction.Query.DEPENDENCIES).run();
        assertEquals(java.util.Set.of(), answerIds());
        assertEquals(java.util.Set.of("user/u2"), selectedIds());
        assertEquals("user2 depends on 0 elements", editor.lastStatus());
    }

    @Test
    void whatAProcessDependsOnIsListedAndHiddenOnesAreCounted() {
        editor.selectModel(java.util.List.of(twin.findElement("proc/30")));
        query(io.twinbench.ui.graph.internal.DependencyQueryAction.Query.DEPENDENCIES).run();
        assertEquals(java.util.Set.of("svc/3", "os", "endpoint", "user/u0"), answerIds(), "not its own port, which depends on it");
        findFilterBar().toggle(ElementKind.USER, false);
        editor.selectModel(java.util.List.of(twin.findElement("proc/30")));
        query(io.twinbench.ui.graph.internal.DependencyQueryAction.Query.DEPENDENCIES).run();
        assertTrue(editor.lastStatus().endsWith("(1 hidden by the kind filter)"), editor.lastStatus());
    }

    @Test
    void thePathBetweenTwoElementsStandsOutWithItsEdges() {
        var path = query(io.twinbench.ui.graph.internal.DependencyQueryAction.Query.PATH);
        editor.selectModel(java.util.List.of(twin.findElement("proc/30")));
        path.update();
        assertFalse(path.isEnabled(), "a path needs two elements");
        editor.selectModel(java.util.List.of(twin.findElement("proc/30"), twin.findElement("user/u1")));
        path.update();
        assertTrue(path.isEnabled());
        path.run();
        Ui.processEvents(200);
        assertEquals(java.util.Set.of("proc/30", "user/u1"), selectedIds());
        assertTrue(editor.lastStatus().startsWith("Path of 3 dependencies"), editor.lastStatus());
        long standing = twin.getDependencies().stream().filter(d -> !dimmed(d)).count();
        assertEquals(3, standing, "the path's three edges stand out");
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
