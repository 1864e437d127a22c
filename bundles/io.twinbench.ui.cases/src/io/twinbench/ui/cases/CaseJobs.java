package io.twinbench.ui.cases;

import java.util.function.LongConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Control;

import io.twinbench.cases.CaseException;
import io.twinbench.store.StoreException;

/** The Cases view's long work as user jobs: progress in bytes, cancel between blocks, and a failure told in a dialog, never a stack trace. */
final class CaseJobs {

    interface Work {
        void run(IProgressMonitor monitor) throws java.io.IOException;
    }

    private CaseJobs() {
    }

    static void run(Control owner, String name, String failure, Work work) {
        Job job = Job.create(name, monitor -> {
            monitor.beginTask(name, IProgressMonitor.UNKNOWN);
            try {
                work.run(monitor);
            } catch (CaseException | StoreException | IllegalArgumentException | java.io.IOException e) {
                if (!monitor.isCanceled()) {
                    UiThreadDialogs.error(owner, failure, e.getMessage());
                }
            } finally {
                monitor.done();
            }
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    /** Reports bytes read as they go, and stops the work when the analyst cancels. */
    static LongConsumer bytes(IProgressMonitor monitor, String what) {
        long[] total = {0, 0};
        return n -> {
            total[0] += n;
            if (total[0] - total[1] >= 16 << 20) {
                total[1] = total[0];
                monitor.subTask(String.format("%s: %,d MiB", what, total[0] >> 20));
            }
            if (monitor.isCanceled()) {
                throw new CaseException("cancelled");
            }
        };
    }

    /** Dialogs from a job, on the display thread, skipped once the view is gone. */
    static final class UiThreadDialogs {
        private UiThreadDialogs() {
        }

        static void error(Control owner, String title, String message) {
            io.twinbench.ui.views.UiThread.async(owner, () -> MessageDialog.openError(owner.getShell(), title, message));
        }

        static void info(Control owner, String title, String message) {
            io.twinbench.ui.views.UiThread.async(owner, () -> MessageDialog.openInformation(owner.getShell(), title, message));
        }

        static void warning(Control owner, String title, String message) {
            io.twinbench.ui.views.UiThread.async(owner, () -> MessageDialog.openWarning(owner.getShell(), title, message));
        }
    }
}
