package io.twinbench.ui.cases;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Forensic review: the cases on the left, the timeline filling the page, bookmarks below it. */
public final class CasesPerspective implements IPerspectiveFactory {

    public static final String ID = "io.twinbench.ui.perspective.cases";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        layout.addView(CasesView.ID, IPageLayout.LEFT, 0.2f, editors);
        IFolderLayout main = layout.createFolder("io.twinbench.ui.cases.folder.main", IPageLayout.TOP, 0.78f, editors);
        main.addView(TimelineView.ID);
        IFolderLayout bottom = layout.createFolder("io.twinbench.ui.cases.folder.bottom", IPageLayout.BOTTOM, 0.78f, editors);
        bottom.addView(BookmarksView.ID);
        layout.addPerspectiveShortcut("io.twinbench.ui.perspective.fleet");
        layout.addPerspectiveShortcut("io.twinbench.ui.perspective.investigation");
        layout.addPerspectiveShortcut("io.twinbench.ui.perspective.shadow");
        layout.addShowViewShortcut(CasesView.ID);
        layout.addShowViewShortcut(TimelineView.ID);
        layout.addShowViewShortcut(BookmarksView.ID);
    }
}
