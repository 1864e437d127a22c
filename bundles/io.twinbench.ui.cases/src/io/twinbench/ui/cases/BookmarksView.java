package io.twinbench.ui.cases;

import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.cases.Annotation;
import io.twinbench.cases.CaseException;
import io.twinbench.ui.views.UiThread;
import io.twinbench.ui.views.ViewActions;

/** The open case's bookmarks: when, tags, comment, who; double-click shows it on the timeline. Kept apart from the evidence. */
public final class BookmarksView extends ViewPart {

    public static final String ID = "io.twinbench.ui.cases.bookmarks";
    private TableViewer viewer;
    private TimelineView timeline;
    private final Runnable caseChanged = () -> UiThread.async(viewer.getControl(), this::refresh);
    private final java.util.Map<String, Color> colours = new java.util.HashMap<>();

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("", 18, a -> "", a -> colour(a.colour()));
        column("From (UTC)", 190, a -> TimeText.full(a.from()), a -> null);
        column("To", 190, a -> a.to() == a.from() ? (a.onEvent() ? "event " + a.eventId() : "") : TimeText.full(a.to()), a -> null);
        column("Tags", 160, a -> String.join(", ", a.tags()), a -> null);
        column("Comment", 520, Annotation::comment, a -> null);
        column("By", 90, Annotation::author, a -> null);
        viewer.addDoubleClickListener(e -> selected().forEach(a -> timeline().ifPresent(t -> t.reveal(a.from() + (a.to() - a.from()) / 2,
                Math.max(2_000_000L, (a.to() - a.from()) * 3)))));
        getViewSite().getActionBars().getToolBarManager().add(ViewActions.of("Remove", "Remove the selected bookmarks (the evidence is untouched)",
                this::remove));
        getSite().getPage().addPartListener(parts);
        timeline().ifPresent(this::attach);
        getSite().setSelectionProvider(viewer);
    }

    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof TimelineView t) {
                attach(t);
            }
        }
    };

    private void attach(TimelineView t) {
        if (timeline != t) {
            timeline = t;
            t.addCaseListener(caseChanged);
            refresh();
        }
    }

    private java.util.Optional<TimelineView> timeline() {
        if (timeline != null) {
            return java.util.Optional.of(timeline);
        }
        return java.util.Optional.ofNullable((TimelineView) getSite().getPage().findView(TimelineView.ID));
    }

    void refresh() {
        viewer.setInput(timeline == null ? List.of() : timeline.annotations());
        setContentDescription(timeline == null || timeline.session().isEmpty() ? "Open a case in the Cases view."
                : timeline.annotations().size() + " bookmark(s) in " + timeline.session().get().summary().definition().name());
    }

    private List<Annotation> selected() {
        return ((IStructuredSelection) viewer.getSelection()).toList().stream().filter(Annotation.class::isInstance).map(Annotation.class::cast).toList();
    }

    private void remove() {
        List<Annotation> chosen = selected();
        if (chosen.isEmpty() || timeline == null || timeline.session().isEmpty()) {
            return;
        }
        CaseSession s = timeline.session().get();
        if (s.readOnly()) {
            MessageDialog.openInformation(getSite().getShell(), "Read-only case", "This case opened as tampered and cannot be annotated.");
            return;
        }
        String author = System.getProperty("user.name");
        Job job = Job.create("Removing bookmarks", m -> {
            try {
                s.cases().annotations(s.folder()).change(List.of(), chosen.stream().map(Annotation::id).toList(), author, java.time.Instant.now());
                UiThread.async(viewer.getControl(), () -> timeline.annotationsChanged());
            } catch (CaseException e) {
                UiThread.async(viewer.getControl(), () -> MessageDialog.openError(getSite().getShell(), "Not removed", e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    private void column(String title, int width, java.util.function.Function<Annotation, String> text, java.util.function.Function<Annotation, Color> back) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Annotation) element);
            }

            @Override
            public Color getBackground(Object element) {
                return back.apply((Annotation) element);
            }
        });
    }

    private Color colour(String hex) {
        return colours.computeIfAbsent(hex, h -> new Color(viewer.getControl().getDisplay(), Integer.parseInt(h.substring(1, 3), 16),
                Integer.parseInt(h.substring(3, 5), 16), Integer.parseInt(h.substring(5, 7), 16)));
    }

    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(parts);
        if (timeline != null) {
            timeline.removeCaseListener(caseChanged);
        }
        colours.values().forEach(Color::dispose);
        super.dispose();
    }
}
