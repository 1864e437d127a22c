package io.twinbench.ui.cases;

import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.twinbench.cases.CaseFilter;
import io.twinbench.cases.Sources;

/** The timeline's filters: text, source, endpoint, side, kind, severity, process and system call. Enter or a choice applies them. */
final class FilterBar {

    private static final String ALL = "all";
    private final Composite bar;
    private final Text text;
    private final Combo source;
    private final Combo endpoint;
    private final Combo side;
    private final Text kind;
    private final Combo severity;
    private final Text process;
    private final Text syscall;

    FilterBar(Composite parent, Runnable apply) {
        bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(16, false);
        layout.marginHeight = 2;
        bar.setLayout(layout);
        text = text(bar, "Text", "Events whose message contains this (any case)", 180, apply);
        source = combo(bar, "Source", List.of(ALL), apply);
        endpoint = combo(bar, "Endpoint", List.of(ALL), apply);
        side = combo(bar, "Side", List.of(ALL, "live", "twin"), apply);
        kind = text(bar, "Kind", "An event kind, a packet's protocol, a request's method (exact)", 70, apply);
        severity = combo(bar, "Severity", List.of(ALL, "info", "warning", "error", "critical", "high", "medium", "low"), apply);
        process = text(bar, "Process", "A program name (part of it) or a pid", 80, apply);
        syscall = text(bar, "Syscall", "A system call's name, e.g. execve", 80, apply);
        source.setItems(concat(ALL, Sources.ALL));
        source.select(0);
    }

    Composite control() {
        return bar;
    }

    void setEndpoints(List<String> endpoints) {
        endpoint.setItems(concat(ALL, endpoints));
        endpoint.select(0);
    }

    /** The filters over a range. */
    CaseFilter filter(long from, long to) {
        return new CaseFilter(from, to, chosen(source), chosen(endpoint), chosen(side), text(kind), chosen(severity), process.getText(), syscall.getText(),
                text.getText());
    }

    private static Set<String> chosen(Combo c) {
        return c.getSelectionIndex() <= 0 ? Set.of() : Set.of(c.getText());
    }

    private static Set<String> text(Text t) {
        return t.getText().isBlank() ? Set.of() : Set.of(t.getText().strip());
    }

    private static Text text(Composite parent, String label, String tip, int width, Runnable apply) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER | SWT.SEARCH);
        t.setToolTipText(tip + "; Enter applies");
        GridData data = new GridData();
        data.widthHint = width;
        t.setLayoutData(data);
        t.addListener(SWT.DefaultSelection, e -> apply.run());
        return t;
    }

    private static Combo combo(Composite parent, String label, List<String> items, Runnable apply) {
        new Label(parent, SWT.NONE).setText(label);
        Combo c = new Combo(parent, SWT.READ_ONLY);
        c.setItems(items.toArray(String[]::new));
        c.select(0);
        c.addListener(SWT.Selection, e -> apply.run());
        return c;
    }

    private static String[] concat(String first, List<String> rest) {
        String[] all = new String[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }
}
