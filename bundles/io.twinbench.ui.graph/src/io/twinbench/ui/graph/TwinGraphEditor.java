package io.twinbench.ui.graph;

import java.util.EventObject;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.MouseWheelHandler;
import org.eclipse.gef.MouseWheelZoomHandler;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.gef.ui.parts.GraphicalEditor;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.ElementKind;
import io.twinbench.model.build.TwinMerge;
import io.twinbench.model.twin.Twin;
import io.twinbench.store.StoreException;
import io.twinbench.ui.graph.commands.EmfGefCommandStack;
import io.twinbench.ui.graph.internal.DependencyQueryAction;
import io.twinbench.ui.graph.internal.KindFilterBar;
import io.twinbench.ui.graph.internal.TwinGraphContextMenu;
import io.twinbench.ui.graph.internal.TwinPropertySheetPage;
import io.twinbench.ui.graph.parts.AnomalyMarks;
import io.twinbench.ui.graph.parts.ElementEditPart;
import io.twinbench.ui.graph.parts.GraphSettings;
import io.twinbench.ui.graph.parts.TwinEditPart;
import io.twinbench.ui.graph.parts.TwinGraphPartFactory;
import io.twinbench.ui.internal.TwinEditorInput;
import io.twinbench.ui.session.OpenTwin;
import io.twinbench.ui.session.TwinWorkspace;
import io.twinbench.ui.session.TwinWorkspaceListener;

/**
 * The twin's dependency graph. Edits go through the twin's one EMF command stack (shared
 * with the Properties view), so undo, redo and the dirty mark agree everywhere.
 */
public final class TwinGraphEditor extends GraphicalEditor {

    public static final String ID = TwinEditorInput.GRAPH_EDITOR_ID;
    private static final long MARKED_PERIOD_MILLIS = 24 * 3600_000L;
    private static final int MAX_MARKED = 20_000;
    /** Up to this many nodes the graph opens at a zoom whose labels can be read; beyond, as a map of colours. */
    private static final int LEGIBLE_UP_TO = 400;
    private static final double[] ZOOM_LEVELS = {0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3};

    private TwinWorkspace workspace;
    private OpenTwin openTwin;
    private final GraphSettings settings = GraphSettings.defaults();
    private KindFilterBar filterBar;
    private io.twinbench.ui.graph.internal.ProvenanceBar provenance;
    private io.twinbench.ui.graph.internal.FindBar find;
    private boolean paused;
    private Twin pending;
    private int waiting;
    private final java.util.Deque<io.twinbench.ui.graph.parts.GraphScope> backStack = new java.util.ArrayDeque<>();
    private final java.util.Deque<io.twinbench.ui.graph.parts.GraphScope> forwardStack = new java.util.ArrayDeque<>();
    private java.util.List<DependencyQueryAction> queries = java.util.List.of();
    private String lastStatus = "";
    private io.twinbench.ui.graph.internal.DependencyAnswer answer;
    private final TwinWorkspaceListener live = new TwinWorkspaceListener() {
        @Override
        public void liveTwinUpdated(String twinId, Twin latest) {
            if (openTwin != null && twinId.equals(openTwin.twin().getId())) {
                org.eclipse.swt.widgets.Display display = getSite().getShell().getDisplay();
                if (!display.isDisposed()) {
                    display.asyncExec(() -> follow(latest));
                }
            }
        }

        @Override
        public void anomaliesFound(String twinId) {
            if (openTwin != null && twinId.equals(openTwin.twin().getId())) {
                loadAnomalyMarks();
            }
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof TwinEditorInput twinInput)) {
            throw new PartInitException("The twin graph editor opens twins of the workspace, not " + input.getName());
        }
        workspace = site.getService(TwinWorkspace.class);
        try {
            openTwin = workspace.openedTwin(twinInput.twinId()).orElseGet(() -> workspace.open(twinInput.twinId()));
        } catch (StoreException e) {
            throw new PartInitException("Cannot open twin " + twinInput.getName() + ": " + e.getMessage(), e);
        }
        DefaultEditDomain domain = new DefaultEditDomain(this);
        domain.setCommandStack(new EmfGefCommandStack(openTwin.commandStack()));
        setEditDomain(domain);
        super.init(site, input);
        setPartName(input.getName());
        workspace.addListener(live);
        openTwin.addNoteListener(noteChanged);
    }

    /** A note changed (an edit, an undo): its node's corner and tooltip follow. */
    private final java.util.function.Consumer<String> noteChanged = elementId -> {
        org.eclipse.swt.widgets.Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            if (getGraphicalViewer() == null || getGraphicalViewer().getControl() == null || getGraphicalViewer().getControl().isDisposed()) {
                return;
            }
            Element element = twin().findElement(elementId);
            if (element != null && getGraphicalViewer().getEditPartRegistry().get(element) instanceof ElementEditPart node) {
                node.refreshMark();
            }
        });
    };

    /**
     * The endpoint's agent reported a new model: merged in place, so the graph, Properties and
     * the selection follow. Not while the analyst has unsaved edits: those would be mixed with
     * the endpoint's changes, so the status line says how to follow again.
     */
    private void follow(Twin latest) {
        if (getGraphicalViewer() == null || getGraphicalViewer().getControl() == null || getGraphicalViewer().getControl().isDisposed()) {
            return;
        }
        if (isDirty()) {
            status("The endpoint reported changes; save or close the twin to follow it live again.");
            return;
        }
        if (paused) {
            // held, as Wireshark holds its list: the newest model is merged on resuming
            pending = latest;
            waiting++;
            provenance.showPaused(waiting);
            return;
        }
        TwinMerge.Outcome outcome = TwinMerge.apply(openTwin.twin(), latest);
        if (!outcome.isEmpty()) {
            filterBar.update(diagram().graph());
            status("Live: " + outcome + ".");
        }
    }

    /** Holds the graph still while the analyst reads it (live updates wait), or resumes following the endpoint. */
    public void setPaused(boolean pause) {
        paused = pause;
        provenance.showPaused(pause ? waiting : -1);
        if (!pause && pending != null) {
            Twin latest = pending;
            pending = null;
            waiting = 0;
            follow(latest);
        }
    }

    /** How many live updates wait while paused, for tests. */
    public int waitingUpdates() {
        return waiting;
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        body.setLayout(layout);
        provenance = new io.twinbench.ui.graph.internal.ProvenanceBar(body, openTwin.twin(), this::makeDraft, this::setPaused);
        provenance.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        find = new io.twinbench.ui.graph.internal.FindBar(body, () -> openTwin.twin(), this::centre);
        find.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        filterBar = new KindFilterBar(body, settings, this::showKinds);
        filterBar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite canvas = new Composite(body, SWT.NONE);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.setLayout(new org.eclipse.swt.layout.FillLayout());
        super.createPartControl(canvas);
    }

    @Override
    protected void configureGraphicalViewer() {
        super.configureGraphicalViewer();
        GraphicalViewer viewer = getGraphicalViewer();
        ScalableFreeformRootEditPart root = new io.twinbench.ui.graph.parts.TwinRootEditPart();
        viewer.setRootEditPart(root);
        viewer.setEditPartFactory(new TwinGraphPartFactory(settings, openTwin));
        ZoomManager zoom = root.getZoomManager();
        zoom.setZoomLevels(ZOOM_LEVELS);
        zoom.setZoomLevelContributions(java.util.List.of(ZoomManager.FIT_ALL, ZoomManager.FIT_WIDTH));
        IAction zoomIn = new ZoomInAction(zoom);
        IAction zoomOut = new ZoomOutAction(zoom);
        getActionRegistry().registerAction(zoomIn);
        getActionRegistry().registerAction(zoomOut);
        KeyHandler keys = new GraphicalViewerKeyHandler(viewer);
        keys.put(org.eclipse.gef.KeyStroke.getPressed(SWT.DEL, 127, 0), getActionRegistry().getAction(ActionFactory.DELETE.getId()));
        viewer.setKeyHandler(keys);
        viewer.getControl().addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'f' || e.keyCode == 'F')) {
                find.focus();
                e.doit = false;
            } else if ((e.stateMask & SWT.ALT) != 0 && e.keyCode == SWT.ARROW_LEFT) {
                back();
            } else if ((e.stateMask & SWT.ALT) != 0 && e.keyCode == SWT.ARROW_RIGHT) {
                forward();
            }
        });
        viewer.setProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.MOD1), MouseWheelZoomHandler.SINGLETON);
        queries = java.util.Arrays.stream(DependencyQueryAction.Query.values())
                .map(q -> new DependencyQueryAction(this, q)).toList();
        IAction draft = openTwin.isEditable() ? null : new org.eclipse.jface.action.Action("Make a Draft to Try Changes") {
            @Override
            public void run() {
                makeDraft();
            }
        };
        TwinGraphContextMenu menu = new TwinGraphContextMenu(viewer, getActionRegistry(), queries, draft, viewActions());
        viewer.setContextMenu(menu);
        getSite().registerContextMenu(menu, viewer);
    }

    /**
     * Copies the twin as it is now into a draft, in the background, and opens the draft beside
     * it; the captured twin is not touched.
     */
    public void makeDraft() {
        String twinId = openTwin.twin().getId();
        org.eclipse.ui.IWorkbenchPage page = getSite().getPage();
        Job job = Job.create("Making a draft of " + openTwin.twin().getName(), monitor -> {
            try {
                Twin draft = workspace.makeDraft(twinId);
                getSite().getShell().getDisplay().asyncExec(() -> new io.twinbench.ui.internal.TwinOpener(page).open(draft.getId(), draft.getName()));
            } catch (StoreException e) {
                getSite().getShell().getDisplay().asyncExec(() -> MessageDialog.openError(getSite().getShell(),
                        "Cannot make a draft", e.getMessage() + "\nThe captured twin is unchanged."));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    /** The line that says whether this is captured evidence or a draft. */
    public String provenance() {
        return provenance.text();
    }

    /** Narrowing and widening what the graph shows, for its context menu. */
    private java.util.List<IAction> viewActions() {
        return java.util.List.of(
                action("Show Neighbourhood (1 Hop)", () -> showNeighbourhood(1)),
                action("Show Neighbourhood (2 Hops)", () -> showNeighbourhood(2)),
                action("Hide", this::hideSelected),
                action("Pin", this::pinSelected),
                action("Show Whole Twin", this::showWholeTwin),
                action("Back\tAlt+Left", this::back),
                action("Forward\tAlt+Right", this::forward),
                action("Focus on Anomalies and New Elements", this::focusOnWhatMatters));
    }

    private static IAction action(String text, Runnable run) {
        return new org.eclipse.jface.action.Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** The dependency questions offered on the graph's context menu, for tests. */
    public java.util.List<DependencyQueryAction> queries() {
        return queries;
    }

    /** The elements whose nodes are selected. */
    public java.util.List<Element> selectedElements() {
        java.util.List<Element> elements = new java.util.ArrayList<>();
        for (Object part : getGraphicalViewer().getSelectedEditParts()) {
            if (((EditPart) part).getModel() instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** Selects the nodes and edges of these model objects; returns how many are not shown. */
    public int selectModel(java.util.Collection<? extends org.eclipse.emf.ecore.EObject> models) {
        java.util.List<EditPart> parts = new java.util.ArrayList<>();
        int hidden = 0;
        for (org.eclipse.emf.ecore.EObject model : models) {
            if (model instanceof Element element) {
                expandGroupOf(element);
            }
            EditPart part = (EditPart) getGraphicalViewer().getEditPartRegistry().get(model);
            if (part == null) {
                hidden++;
            } else {
                parts.add(part);
            }
        }
        getGraphicalViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(parts));
        if (!parts.isEmpty()) {
            getGraphicalViewer().reveal(parts.get(0));
        }
        return hidden;
    }

    /**
     * Shows the answer to a dependency question: the subject stays selected, the answer stands
     * out with the rest dimmed, and the Dependency Answer view lists it until the next question
     * (live updates no longer overwrite it as they did the status line).
     */
    public void showAnswer(io.twinbench.ui.graph.internal.DependencyAnswer answer) {
        this.answer = answer;
        settings.setHighlight(answer.shown());
        refreshHighlight();
        selectModel(answer.subject());
        long hidden = answer.lines().stream().filter(l -> getGraphicalViewer().getEditPartRegistry().get(l.element()) == null).count();
        status(answer.question() + (hidden == 0 ? "" : " (" + hidden + " hidden by the kind filter)"));
        try {
            DependencyAnswerView view = (DependencyAnswerView) getSite().getPage().showView(DependencyAnswerView.ID, null,
                    org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
            view.show(this, answer);
        } catch (PartInitException e) {
            // the answer still stands out in the graph and on the status line
            status(answer.question() + " (the Dependency Answer view could not open: " + e.getMessage() + ")");
        }
    }

    /** Ends the shown answer: nothing is dimmed any more. */
    public void clearAnswer() {
        answer = null;
        settings.setHighlight(null);
        refreshHighlight();
    }

    /** The answer shown now, or null. */
    public io.twinbench.ui.graph.internal.DependencyAnswer answer() {
        return answer;
    }

    private void refreshHighlight() {
        for (Object part : getGraphicalViewer().getEditPartRegistry().values()) {
            if (part instanceof ElementEditPart node) {
                node.refreshMark();
            } else if (part instanceof io.twinbench.ui.graph.parts.DependencyEditPart edge) {
                edge.refreshHighlight();
            } else if (part instanceof io.twinbench.ui.graph.parts.GroupEditPart group) {
                group.refreshHighlight();
            } else if (part instanceof io.twinbench.ui.graph.parts.GroupEdgeEditPart edge) {
                edge.refreshHighlight();
            }
        }
    }

    /** A line in the status bar, e.g. the answer to a dependency question. */
    public void status(String message) {
        getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
        lastStatus = message;
    }

    public String lastStatus() {
        return lastStatus;
    }

    @Override
    protected void initializeGraphicalViewer() {
        getGraphicalViewer().setContents(openTwin.twin());
        filterBar.update(diagram().graph());
        zoomToOverview();
        loadAnomalyMarks();
    }

    /** Reads the twin's anomalies of the last 24 hours off the UI thread, then marks their nodes. */
    private void loadAnomalyMarks() {
        String twinId = openTwin.twin().getId();
        Job read = Job.create("Reading the anomalies of " + openTwin.twin().getName(), monitor -> {
            workspace.store().ifPresent(store -> {
                long now = System.currentTimeMillis();
                AnomalyMarks marks = AnomalyMarks.of(store.anomalies().find(twinId, now - MARKED_PERIOD_MILLIS, Long.MAX_VALUE, MAX_MARKED));
                org.eclipse.swt.widgets.Display display = getSite().getShell().getDisplay();
                if (!display.isDisposed()) {
                    display.asyncExec(() -> showAnomalyMarks(marks));
                }
            });
            return Status.OK_STATUS;
        });
        read.setSystem(true);
        read.schedule();
    }

    private void showAnomalyMarks(AnomalyMarks marks) {
        if (getGraphicalViewer() == null || getGraphicalViewer().getControl() == null || getGraphicalViewer().getControl().isDisposed()) {
            return;
        }
        settings.setAnomalyMarks(marks);
        for (Object part : getGraphicalViewer().getEditPartRegistry().values()) {
            if (part instanceof ElementEditPart node) {
                node.refreshMark();
            }
        }
    }

    /** The anomalies the nodes are marked with. */
    public AnomalyMarks anomalyMarks() {
        return settings.anomalyMarks();
    }

    /** A kind shown or hidden: the zoom stays where the analyst put it, only the layout follows. */
    private void showKinds(Set<ElementKind> kinds) {
        settings.setShownKinds(kinds);
        diagram().relayout();
        filterBar.update(diagram().graph());
    }

    /**
     * The whole graph in view; a graph of up to 400 nodes at no less than 60 %, where labels
     * can be read (scrolled to where its top layer begins), a bigger one as a map coloured by
     * kind, down to 10 %.
     */
    private void zoomToOverview() {
        getGraphicalViewer().getControl().getDisplay().asyncExec(() -> {
            if (getGraphicalViewer().getControl().isDisposed()) {
                return;
            }
            ZoomManager zoom = zoomManager();
            zoom.setZoomAsText(ZoomManager.FIT_ALL);
            // a graph of a few hundred nodes at most (an overview of a real machine) opens where its labels can be read
            double least = diagram().graph().nodes().size() <= LEGIBLE_UP_TO ? 0.6 : 0.1;
            double scale = Math.max(least, Math.min(1.0, zoom.getZoom()));
            zoom.setZoom(scale);
            int[] topLeft = diagram().graph().topLeftmostPosition();
            int viewWidth = zoom.getViewport().getSize().width;
            int drawn = (int) (diagram().graph().width() * scale);
            // a drawing wider than the view opens at its middle (where the top layer's first node sits in a big one), not cut at one side
            int x = diagram().graph().nodes().size() <= LEGIBLE_UP_TO ? Math.max(0, (drawn - viewWidth) / 2)
                    : Math.max(0, (int) (topLeft[0] * scale) - 20);
            zoom.setViewLocation(new Point(x, 0));
        });
    }

    /** The diagram's root part, for commands and tests. */
    public TwinEditPart diagram() {
        return (TwinEditPart) getGraphicalViewer().getContents();
    }

    public GraphicalViewer viewer() {
        return getGraphicalViewer();
    }

    public OpenTwin openTwin() {
        return openTwin;
    }

    public Twin twin() {
        return openTwin.twin();
    }

    /**
     * Selects an element's node and puts it in the middle of the view at the current zoom; an
     * element whose kind the legend hides is shown by ticking its kind.
     */
    public boolean centre(Element element) {
        if (getGraphicalViewer().getEditPartRegistry().get(element) == null && !settings.shownKinds().contains(element.kind())) {
            java.util.Set<ElementKind> kinds = settings.shownKinds();
            kinds.add(element.kind());
            settings.setShownKinds(kinds);
            diagram().relayout();
            filterBar.update(diagram().graph());
        }
        expandGroupOf(element);
        EditPart part = (EditPart) getGraphicalViewer().getEditPartRegistry().get(element);
        if (!(part instanceof org.eclipse.gef.GraphicalEditPart node)) {
            return false;
        }
        getGraphicalViewer().select(part);
        getGraphicalViewer().getControl().getDisplay().asyncExec(() -> {
            if (getGraphicalViewer().getControl().isDisposed()) {
                return;
            }
            getGraphicalViewer().getControl().getParent().layout(true, true);
            org.eclipse.draw2d.geometry.Rectangle bounds = node.getFigure().getBounds();
            ZoomManager zoom = zoomManager();
            org.eclipse.draw2d.geometry.Dimension view = zoom.getViewport().getClientArea().getSize();
            double scale = zoom.getZoom();
            zoom.setViewLocation(new Point((int) (bounds.getCenter().x * scale - view.width / 2.0),
                    (int) (bounds.getCenter().y * scale - view.height / 2.0)));
        });
        return true;
    }

    /** Narrows the graph to the selection and what lies within hops edges of it. */
    public void showNeighbourhood(int hops) {
        java.util.List<Element> selected = selectedElements();
        if (selected.isEmpty()) {
            status("Select the nodes whose neighbourhood to show.");
            return;
        }
        java.util.Set<Element> near = io.twinbench.ui.graph.internal.Neighbourhood.within(twin(), selected, hops);
        String who = selected.size() == 1 ? selected.get(0).getName() : selected.size() + " elements";
        applyScope(settings.scope().around(near, "the neighbourhood of " + who + ", " + hops + (hops == 1 ? " hop" : " hops")), true);
        selectModel(selected);
    }

    /** Hides the selected nodes (Show Whole Twin or Back brings them again). */
    public void hideSelected() {
        java.util.List<Element> selected = selectedElements();
        if (!selected.isEmpty()) {
            applyScope(settings.scope().hiding(new java.util.HashSet<>(selected)), true);
        }
    }

    /** Pins the selected nodes: they stay whatever neighbourhood is shown next. */
    public void pinSelected() {
        java.util.List<Element> selected = selectedElements();
        if (!selected.isEmpty()) {
            applyScope(settings.scope().pinning(new java.util.HashSet<>(selected)), true);
            status(selected.size() + (selected.size() == 1 ? " node pinned" : " nodes pinned") + ": shown whatever neighbourhood comes next.");
        }
    }

    public void showWholeTwin() {
        applyScope(settings.scope().whole(), true);
    }

    /** Returns to the view before the last change of scope; false when there is none. */
    public boolean back() {
        if (backStack.isEmpty()) {
            return false;
        }
        forwardStack.push(settings.scope());
        applyScope(backStack.pop(), false);
        return true;
    }

    /** Undoes a Back; false when there is nothing to go forward to. */
    public boolean forward() {
        if (forwardStack.isEmpty()) {
            return false;
        }
        backStack.push(settings.scope());
        applyScope(forwardStack.pop(), false);
        return true;
    }

    private void applyScope(io.twinbench.ui.graph.parts.GraphScope scope, boolean record) {
        if (record) {
            backStack.push(settings.scope());
            forwardStack.clear();
        }
        settings.setScope(scope);
        diagram().relayout();
        filterBar.update(diagram().graph());
        filterBar.setScopeText(scope.isWhole() ? "" : "Narrowed to " + (scope.description().isEmpty() ? "part of the twin" : scope.description())
                + (scope.hidden().isEmpty() ? "" : ", " + scope.hidden().size() + " hidden") + ". Show Whole Twin (or Back) for the rest.");
        zoomToOverview();
    }

    /** The scope shown now, for tests. */
    public io.twinbench.ui.graph.parts.GraphScope scope() {
        return settings.scope();
    }

    /**
     * What matters now stands out, the rest faded: elements with anomalies, elements first seen
     * within the twin's time range, and the chains of edges that connect them. Listed in the
     * Dependency Answer view like an answer.
     */
    public void focusOnWhatMatters() {
        long since = workspace.timeRange(twin().getId()).from(System.currentTimeMillis());
        java.util.List<Element> anomalous = new java.util.ArrayList<>();
        java.util.List<Element> fresh = new java.util.ArrayList<>();
        for (Element e : twin().getElements()) {
            if (settings.anomalyMarks().of(e.getId()).isPresent()) {
                anomalous.add(e);
            } else if (e.getFirstSeen() != null && e.getFirstSeen().getTime() >= since && twin().getCreated() != null
                    && e.getFirstSeen().after(twin().getCreated())) {
                fresh.add(e);
            }
        }
        java.util.List<Element> interesting = new java.util.ArrayList<>(anomalous);
        interesting.addAll(fresh);
        java.util.Set<org.eclipse.emf.ecore.EObject> shown = new java.util.LinkedHashSet<>();
        for (Object o : io.twinbench.ui.graph.internal.Neighbourhood.connecting(twin(), interesting)) {
            shown.add((org.eclipse.emf.ecore.EObject) o);
        }
        java.util.List<io.twinbench.ui.graph.internal.DependencyAnswer.Line> lines = new java.util.ArrayList<>();
        interesting.forEach(e -> lines.add(new io.twinbench.ui.graph.internal.DependencyAnswer.Line(e, null)));
        String question = interesting.isEmpty() ? "Nothing anomalous and nothing new in " + workspace.timeRange(twin().getId()).label()
                : "Focus: " + anomalous.size() + " anomalous and " + fresh.size() + " new element" + (fresh.size() == 1 ? "" : "s") + " ("
                        + workspace.timeRange(twin().getId()).label() + "), and what connects them";
        showAnswer(new io.twinbench.ui.graph.internal.DependencyAnswer(question, java.util.List.of(), lines, shown));
    }

    /** The search box, for tests. */
    public io.twinbench.ui.graph.internal.FindBar findBar() {
        return find;
    }

    /** An element drawn inside a collapsed group is shown on its own: its group is expanded. */
    private void expandGroupOf(Element element) {
        io.twinbench.ui.graph.layout.GroupNode group = diagram().graph().groupOf(element);
        if (group != null) {
            settings.expand(group.key());
            diagram().relayout();
            filterBar.update(diagram().graph());
        }
    }

    /** Expands a collapsed group into its elements (as a double-click on it does). */
    public void expand(io.twinbench.ui.graph.layout.GroupNode group) {
        settings.expand(group.key());
        diagram().relayout();
        filterBar.update(diagram().graph());
    }

    /** Selects an element's node and scrolls it into view; false when the element is filtered out. */
    public boolean reveal(Element element) {
        expandGroupOf(element);
        EditPart part = (EditPart) getGraphicalViewer().getEditPartRegistry().get(element);
        if (part == null) {
            return false;
        }
        getGraphicalViewer().select(part);
        getGraphicalViewer().reveal(part);
        return true;
    }

    public ActionRegistry actions() {
        return getActionRegistry();
    }

    public ZoomManager zoomManager() {
        return ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager();
    }

    @Override
    public void commandStackChanged(EventObject event) {
        super.commandStackChanged(event);
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public boolean isDirty() {
        return openTwin != null && openTwin.isDirty();
    }

    /** Saves a copy in the background, so the UI never waits on the database. */
    @Override
    public void doSave(IProgressMonitor monitor) {
        Twin copy = EcoreUtil.copy(openTwin.twin());
        getCommandStack().markSaveLocation();
        Job save = Job.create("Saving twin " + copy.getName(), m -> {
            try {
                workspace.saveSnapshot(copy);
            } catch (StoreException e) {
                getSite().getShell().getDisplay().asyncExec(() -> MessageDialog.openError(getSite().getShell(),
                        "Cannot save twin", e.getMessage() + "\nThe changes are still in the editor; try saving again."));
            }
            return Status.OK_STATUS;
        });
        save.setUser(true);
        save.schedule();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class type) {
        if (type == IPropertySheetPage.class) {
            return new TwinPropertySheetPage(openTwin, getActionRegistry());
        }
        if (type == ZoomManager.class) {
            return zoomManager();
        }
        if (type == OpenTwin.class) {
            return openTwin;
        }
        if (type == io.twinbench.ui.ElementNavigator.class) {
            return (io.twinbench.ui.ElementNavigator) id -> {
                Element element = twin().findElement(id);
                return element != null && reveal(element);
            };
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        if (workspace != null) {
            workspace.removeListener(live);
        }
        if (openTwin != null) {
            openTwin.removeNoteListener(noteChanged);
        }
        boolean discard = openTwin != null && openTwin.isDirty();
        super.dispose();
        if (discard) {
            // unsaved edits were declined: the next open reads the twin from the store again
            workspace.close(openTwin.twin().getId());
        }
    }

}
