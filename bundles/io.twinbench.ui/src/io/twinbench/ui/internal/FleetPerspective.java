package io.twinbench.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.twinbench.ui.views.AnomaliesView;
import io.twinbench.ui.views.DockerEngineView;
import io.twinbench.ui.views.EventsView;
import io.twinbench.ui.views.FleetView;
import io.twinbench.ui.views.PredictionsView;
import io.twinbench.ui.views.TwinHistoryView;

/** The fleet at a glance: every twin, the engine that runs them, and what is selected. */
public final class FleetPerspective implements IPerspectiveFactory {

    public static final String ID = "io.twinbench.ui.perspective.fleet";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(FleetView.ID, IPageLayout.LEFT, 0.32f, editors);
        // the tables about the selected twin get half the height: a few rows would say little
        IFolderLayout changes = layout.createFolder("io.twinbench.ui.folder.changes", IPageLayout.BOTTOM, 0.5f, editors);
        changes.addView(TwinHistoryView.ID);
        changes.addView(EventsView.ID);
        changes.addView(AnomaliesView.ID);
        changes.addView(PredictionsView.ID);
        changes.addView(DockerEngineView.ID);
        changes.addView(io.twinbench.ui.views.PlansView.ID);
        changes.addView("io.twinbench.ui.charts.rollouts"); // in the charts bundle, which this one cannot name
        changes.addView(io.twinbench.ui.views.OrchestrationView.ID);
        layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.RIGHT, 0.68f, "io.twinbench.ui.folder.changes");
        layout.addPerspectiveShortcut(InvestigationPerspective.ID);
        layout.addPerspectiveShortcut("io.twinbench.ui.perspective.simulation");
        layout.addPerspectiveShortcut(ShadowPerspective.ID);
        layout.addShowViewShortcut(FleetView.ID);
        layout.addShowViewShortcut(DockerEngineView.ID);
        layout.addShowViewShortcut(TwinHistoryView.ID);
        layout.addShowViewShortcut(EventsView.ID);
        layout.addShowViewShortcut(AnomaliesView.ID);
        layout.addShowViewShortcut(PredictionsView.ID);
    }
}
