package io.twinbench.ui.charts;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Simulations on twins: the fleet, the simulation with its live charts and report, and the twin images. */
public final class SimulationPerspective implements IPerspectiveFactory {

    public static final String ID = "io.twinbench.ui.perspective.simulation";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editors = layout.getEditorArea();
        layout.addView(SimulationView.ID, IPageLayout.TOP, 0.72f, editors);
        layout.addView("io.twinbench.ui.views.fleet", IPageLayout.LEFT, 0.22f, SimulationView.ID);
        layout.addView("io.twinbench.ui.views.docker", IPageLayout.BOTTOM, 0.66f, SimulationView.ID);
        layout.addShowViewShortcut(SimulationView.ID);
        layout.addPerspectiveShortcut("io.twinbench.ui.perspective.fleet");
        layout.addPerspectiveShortcut("io.twinbench.ui.perspective.investigation");
    }
}
