package io.twinbench.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.twinbench.ui.views.FleetView;

/** One twin up close: its dependency graph, the selected element's properties and telemetry. */
public final class InvestigationPerspective implements IPerspectiveFactory {

    public static final String ID = "io.twinbench.ui.perspective.investigation";
    public static final String TELEMETRY_VIEW_ID = "io.twinbench.ui.charts.telemetry";
    /** The graph's Dependency Answer view: beside Telemetry when a question is asked. */
    public static final String ANSWER_VIEW_ID = "io.twinbench.ui.graph.answer";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(FleetView.ID, IPageLayout.LEFT, 0.18f, editors);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.68f, editors);
        right.addView(IPageLayout.ID_PROP_SHEET);
        IFolderLayout below = layout.createFolder("below", IPageLayout.BOTTOM, 0.5f, "right");
        below.addView(TELEMETRY_VIEW_ID);
        below.addPlaceholder(ANSWER_VIEW_ID);
        layout.addPerspectiveShortcut(FleetPerspective.ID);
        layout.addPerspectiveShortcut("io.twinbench.ui.perspective.simulation");
        layout.addPerspectiveShortcut(ShadowPerspective.ID);
        layout.addShowViewShortcut(TELEMETRY_VIEW_ID);
        layout.addShowViewShortcut(ANSWER_VIEW_ID);
    }
}
