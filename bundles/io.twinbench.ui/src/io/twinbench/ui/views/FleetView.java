package io.twinbench.ui.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.store.TwinSummary;
import io.twinbench.ui.internal.TwinOpener;
import io.twinbench.ui.session.AgentStatus;
import io.twinbench.ui.session.TwinWorkspace;
import io.twinbench.ui.session.TwinWorkspaceListener;

/**
 * Every twin in the workspace (double-click one to investigate its dependency graph) and
 * the enrolled agents that feed them, online or not, updated as they connect and stream.
 */
public final class FleetView extends ViewPart {

    public static final String ID = "io.twinbench.ui.views.fleet";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private TableViewer viewer;
    private AgentTable agents;
    private Label agentsLabel;
    private Label status;
    private TwinWorkspace workspace;
    private Action pause;
    private List<TwinSummary> heldTwins;
    private List<AgentStatus> heldAgents;
    private int waiting;
    private final TwinWorkspaceListener listener = new TwinWorkspaceListener() {
        @Override
        public void fleetChanged(List<TwinSummary> twins) {
            UiThread.async(viewer.getControl(), () -> {
                if (pause.isChecked()) {
                    heldTwins = twins;
                    held();
                } else {
                    show(twins);
                }
            });
        }

        @Override
        public void agentsChanged(List<AgentStatus> agents) {
            UiThread.async(viewer.getControl(), () -> {
                if (pause.isChecked()) {
                    heldAgents = agents;
                    held();
                } else {
                    showAgents(agents);
                }
            });
        }

        @Override
        public void problem(String message) {
            UiThread.async(viewer.getControl(), () -> status.setText(message));
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        workspace = getSite().getService(TwinWorkspace.class);
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(WrappingLayout.cell());
        status.setText("Opening the workspace and capturing this machine…");
        SashForm split = new SashForm(parent, SWT.VERTICAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer = new TableViewer(split, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        Composite agentsPane = new Composite(split, SWT.NONE);
        agentsPane.setLayout(new GridLayout(1, false));
        agentsLabel = new Label(agentsPane, SWT.WRAP);
        agentsLabel.setLayoutData(WrappingLayout.cell());
        agentsLabel.setText("Enrolled agents");
        agents = new AgentTable(agentsPane);
        agents.viewer().getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        split.setWeights(3, 2);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableColumns.add(viewer, TwinSummary.class, "Twin", 220, TwinSummary::name);
        TableColumns.add(viewer, TwinSummary.class, "Host", 120, TwinSummary::hostname);
        TableColumns.add(viewer, TwinSummary.class, "Elements", 80, t -> Integer.toString(t.elementCount()));
        TableColumns.add(viewer, TwinSummary.class, "Edges", 80, t -> Integer.toString(t.dependencyCount()));
        TableColumns.add(viewer, TwinSummary.class, "Snapshots", 80, t -> Integer.toString(t.snapshotCount()));
        TableColumns.add(viewer, TwinSummary.class, "Updated", 150, t -> TIME.format(t.updated()));
        TableColumns.add(viewer, TwinSummary.class, "Source", 100, TwinSummary::source);
        viewer.addDoubleClickListener(e -> openSelected());
        viewer.setComparer(new SameIdentity(t -> ((TwinSummary) t).id()));
        agents.viewer().setComparer(new SameIdentity(a -> ((AgentStatus) a).activity().id()));
        getSite().setSelectionProvider(viewer);
        Action open = new Action("Investigate") {
            @Override
            public void run() {
                openSelected();
            }
        };
        open.setToolTipText("Open the selected twin's dependency graph");
        getViewSite().getActionBars().getToolBarManager().add(open);
        pause = new Action("Pause", org.eclipse.jface.action.IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                setPaused(isChecked());
            }
        };
        pause.setToolTipText("Hold the twins and agents still while you read them; resuming shows what changed meanwhile");
        getViewSite().getActionBars().getToolBarManager().add(pause);
        FleetActions more = new FleetActions(() -> workspace, () -> getSite().getShell(), this::selectedTwin);
        var menu = getViewSite().getActionBars().getMenuManager();
        menu.add(more.capture());
        menu.add(more.importTwin());
        menu.add(more.exportTwin());
        menu.add(more.exportReport());
        menu.add(new org.eclipse.jface.action.Separator());
        menu.add(more.enrollmentToken());
        menu.add(new org.eclipse.jface.action.Separator());
        menu.add(more.delete());
        workspace.addListener(listener);
        show(workspace.fleet());
        showAgents(workspace.agents());
    }


    private void show(List<TwinSummary> twins) {
        viewer.setInput(twins);
        if (!twins.isEmpty()) {
            status.setText(twins.size() + (twins.size() == 1 ? " twin" : " twins") + ". Double-click one to investigate it.");
            status.getParent().layout();
        }
    }

    private void showAgents(List<AgentStatus> list) {
        agents.show(list);
        long online = list.stream().filter(AgentStatus::online).count();
        agentsLabel.setText("Enrolled agents: " + list.size() + ", " + online + " online. " + workspace.collectorStatus()
                + (list.isEmpty() ? " Enrol one with the view menu's New Enrolment Token." : ""));
        agentsLabel.getParent().layout();
    }

    /** Holds the lists still while paused (they count what waits), or shows what changed meanwhile. */
    public void setPaused(boolean paused) {
        pause.setChecked(paused);
        if (paused) {
            held();
            return;
        }
        pause.setText("Pause");
        waiting = 0;
        if (heldTwins != null) {
            show(heldTwins);
        }
        if (heldAgents != null) {
            showAgents(heldAgents);
        }
        heldTwins = null;
        heldAgents = null;
    }

    private void held() {
        pause.setText(waiting == 0 && heldTwins == null && heldAgents == null ? "Paused" : "Paused: " + (++waiting) + " waiting");
    }

    /** What the pause button says, for tests. */
    public String pauseText() {
        return pause.getText();
    }

    /** The table of enrolled agents, for tests. */
    public TableViewer agentsViewer() {
        return agents.viewer();
    }

    private void openSelected() {
        TwinSummary twin = selectedTwin();
        if (twin != null) {
            new TwinOpener(getSite().getPage()).open(twin.id(), twin.name());
        }
    }

    private TwinSummary selectedTwin() {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof TwinSummary twin ? twin : null;
    }

    /** The table of twins, for tests. */
    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (workspace != null) {
            workspace.removeListener(listener);
        }
        super.dispose();
    }
}
