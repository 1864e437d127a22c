package io.twinbench.ui.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;

import io.twinbench.cases.CaseEvent;
import io.twinbench.cases.CaseException;
import io.twinbench.cases.CaseFilter;
import io.twinbench.cases.Sources;
import io.twinbench.model.io.TwinXmi;
import io.twinbench.model.twin.Twin;
import io.twinbench.ui.internal.TwinOpener;
import io.twinbench.ui.session.TwinWorkspace;

/**
 * Opens the twin graph as it stood when an event happened: the case's newest snapshot of that
 * endpoint taken at or before the event, read from the case (not the store, which may have moved
 * on or be another analyst's), as a copy of its own, with the event's element selected.
 */
final class SnapshotOpener {

    private final IWorkbenchPage page;

    SnapshotOpener(IWorkbenchPage page) {
        this.page = page;
    }

    void open(CaseSession session, CaseEvent event) {
        TwinWorkspace workspace = page.getWorkbenchWindow().getService(TwinWorkspace.class);
        Job job = Job.create("Opening " + event.endpoint() + "'s twin as it stood at " + TimeText.full(event.micros()), monitor -> {
            try {
                List<CaseEvent> snapshots = session.query(index -> index.page(new CaseFilter(Long.MIN_VALUE / 2, event.micros() + 1, Set.of(Sources.SNAPSHOT),
                        Set.of(event.endpoint()), Set.of(), Set.of(), Set.of(), "", "", ""), 0, 10_000));
                if (snapshots.isEmpty()) {
                    throw new CaseException("the case holds no snapshot of " + event.endpoint() + " from before " + TimeText.full(event.micros()));
                }
                CaseEvent snapshot = snapshots.get(snapshots.size() - 1);
                Path data = session.folder().data().toAbsolutePath().normalize();
                Path file = data.resolve(snapshot.ref()).normalize();
                if (!file.startsWith(data) || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new CaseException("the snapshot " + snapshot.ref() + " is not a file of the case");
                }
                Twin twin = new TwinXmi().fromBytes(Files.readAllBytes(file), file.toString());
                String version = file.getFileName().toString().replaceAll(".*-v(\\d+)\\.xmi$", "$1");
                twin.setId(twin.getId() + "@" + session.folder().id() + "-v" + version);
                twin.setName(twin.getName() + " as of " + TimeText.full(snapshot.micros()) + " (case " + session.summary().definition().name() + ")");
                page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
                    workspace.adopt(twin);
                    new TwinOpener(page).open(twin.getId(), twin.getName(), event.element().isEmpty() ? null : event.element());
                });
            } catch (CaseException | IOException e) {
                page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> MessageDialog.openError(page.getWorkbenchWindow().getShell(),
                        "Cannot open the twin as it stood", e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }
}
