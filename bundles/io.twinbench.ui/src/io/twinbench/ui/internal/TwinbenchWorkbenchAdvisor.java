package io.twinbench.ui.internal;

import java.lang.management.ManagementFactory;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.twinbench.ui.preferences.TwinbenchPreferences;
import io.twinbench.ui.session.TwinWorkspace;

/**
 * Opens the workspace session before the first window and hands it to every part through
 * the workbench's context; closes it after the last window.
 */
public final class TwinbenchWorkbenchAdvisor extends WorkbenchAdvisor {

    private TwinWorkspace workspace;

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(false);
        TwinbenchPreferences preferences = TwinbenchPreferences.fromInstanceScope();
        workspace = new TwinWorkspace(preferences, ILog.of(getClass()));
        configurer.getWorkbench().getService(IEclipseContext.class).set(TwinWorkspace.class, workspace);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return FleetPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new TwinbenchWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        workspace.addListener(new OpenLocalTwinOnce(getWorkbenchConfigurer().getWorkbench(), workspace));
        workspace.start();
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        long sinceLaunch = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        ILog.of(getClass()).info("first window after " + sinceLaunch + " ms");
        if (Boolean.getBoolean("twinbench.reportStartup")) {
            System.out.println("twinbench: first window after " + sinceLaunch + " ms");
        }
        if (Boolean.getBoolean("twinbench.exitAfterStartup") && window != null) {
            window.getShell().getDisplay().timerExec(500, () -> getWorkbenchConfigurer().getWorkbench().close());
        }
    }

    @Override
    public void postShutdown() {
        if (workspace != null) {
            workspace.close();
        }
    }
}
