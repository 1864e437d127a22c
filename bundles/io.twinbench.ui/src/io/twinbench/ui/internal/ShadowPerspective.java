package io.twinbench.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.twinbench.ui.views.FleetView;
import io.twinbench.ui.views.ShadowCompareView;
import io.twinbench.ui.views.ShadowSessionsView;

/** Shadowing: the sessions and what they capture above, live against twin below, the fleet beside. */
public final class ShadowPerspective implements IPerspectiveFactory {

    public static final String ID = "io.twinbench.ui.perspective.shadow";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addView(FleetView.ID, IPageLayout.LEFT, 0.16f, editors);
        IFolderLayout top = layout.createFolder("io.twinbench.ui.folder.shadow.top", IPageLayout.TOP, 0.38f, editors);
        top.addView(ShadowSessionsView.ID);
        IFolderLayout bottom = layout.createFolder("io.twinbench.ui.folder.shadow.bottom", IPageLayout.BOTTOM, 0.62f, editors);
        bottom.addView(ShadowCompareView.ID);
        layout.addPerspectiveShortcut(FleetPerspective.ID);
        layout.addPerspectiveShortcut(InvestigationPerspective.ID);
        layout.addShowViewShortcut(ShadowSessionsView.ID);
        layout.addShowViewShortcut(ShadowCompareView.ID);
    }
}
