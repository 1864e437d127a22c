package io.twinbench.ui.views;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import io.twinbench.ui.session.AgentStatus;

/**
 * The enrolled agents: online or not, last seen, version, how far their stream is committed, and
 * what needs the analyst's attention (a blind spot such as no source of security events, or what
 * the agent's quotas refused).
 */
final class AgentTable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private final TableViewer viewer;

    AgentTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Agent", 200, a -> a.activity().id());
        column("Host", 140, a -> a.activity().hostname());
        column("State", 80, AgentStatus::state);
        column("Last seen", 220, a -> a.lastSeen() == null ? "never" : TIME.format(a.lastSeen()) + " (" + ago(a.lastSeen()) + ")");
        column("Version", 80, a -> a.activity().agentVersion() == null ? "" : a.activity().agentVersion());
        column("Frames", 80, a -> Long.toString(a.activity().lastSeq()));
        column("Attention", 420, AgentStatus::attention);
    }

    private void column(String title, int width, Function<AgentStatus, String> text) {
        // agents that are not connected are drawn grey, so the online ones stand out
        TableColumns.add(viewer, AgentStatus.class, title, width, text,
                agent -> agent.online() ? null : Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY));
    }

    TableViewer viewer() {
        return viewer;
    }

    void show(List<AgentStatus> agents) {
        viewer.setInput(agents);
    }


    static String ago(Instant when) {
        Duration d = Duration.between(when, Instant.now());
        if (d.toSeconds() < 60) {
            return Math.max(0, d.toSeconds()) + " s ago";
        }
        if (d.toMinutes() < 60) {
            return d.toMinutes() + " min ago";
        }
        return d.toHours() < 48 ? d.toHours() + " h ago" : d.toDays() + " days ago";
    }
}
