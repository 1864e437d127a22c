package io.twinbench.ui.views;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.twinbench.remedy.trust.ShadowOrder;
import io.twinbench.shadow.ShadowSessions;

/**
 * What a shadow session follows and for how long, and the approver's key that signs its order:
 * the endpoint, its processes by name or unit and its ports, what to mirror, the duration and the
 * byte budget. Every field is checked as it is typed, with what is wrong said at the top.
 */
final class StartShadowDialog extends TitleAreaDialog {

    private final List<String> endpoints;
    private final Path keys;
    private Combo endpoint;
    private Text names;
    private Text units;
    private Text ports;
    private Button syscalls;
    private Button packets;
    private Button http;
    private Combo duration;
    private Combo budget;
    private final int approverCount;
    private ApproverFields approvers;
    private ShadowSessions.Request request;

    /** approvers: how many keys the order is signed with (the root's threshold: agents take it only so signed). */
    StartShadowDialog(Shell parent, List<String> endpoints, String selected, Path keysFolder, int approvers) {
        super(parent);
        this.endpoints = new ArrayList<>(endpoints);
        if (selected != null && !this.endpoints.contains(selected)) {
            this.endpoints.add(0, selected);
        }
        this.keys = keysFolder;
        this.approverCount = approvers;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Start a Shadow Session");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Mirror a live endpoint into its twin");
        setMessage("The endpoint's agent captures what you choose, masks credentials before anything leaves, and stops by itself at the end.");
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(3, false));
        endpoint = combo(form, "Endpoint:", SWT.DROP_DOWN, endpoints.toArray(String[]::new));
        names = text(form, "Process names:", "lighttpd", "as ps shows them, comma-separated; their children are followed");
        units = text(form, "Units:", "", "systemd units, comma-separated (optional)");
        ports = text(form, "TCP ports:", "80", "packets and HTTP of these ports, comma-separated");
        new Label(form, SWT.NONE).setText("Mirror:");
        Composite sources = new Composite(form, SWT.NONE);
        sources.setLayout(new GridLayout(3, false));
        sources.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        syscalls = check(sources, "System calls (strace)");
        packets = check(sources, "Packets (pcapng)");
        http = check(sources, "HTTP exchanges");
        duration = combo(form, "For:", SWT.READ_ONLY, "5m", "15m", "1h", "4h");
        duration.select(1);
        budget = combo(form, "Budget:", SWT.READ_ONLY, "512 KiB/s", "2 MiB/s", "8 MiB/s");
        budget.select(1);
        approvers = new ApproverFields(form, approverCount, keys, this::validate);
        for (Control c : List.of(endpoint, names, units, ports)) {
            c.addListener(SWT.Modify, e -> validate());
        }
        for (Button b : List.of(syscalls, packets, http)) {
            b.addListener(SWT.Selection, e -> validate());
        }
        return area;
    }

    private static Combo combo(Composite form, String label, int style, String... items) {
        new Label(form, SWT.NONE).setText(label);
        Combo combo = new Combo(form, style);
        combo.setItems(items);
        if (items.length > 0) {
            combo.select(0);
        }
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return combo;
    }

    private static Text text(Composite form, String label, String value, String hint) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER);
        text.setText(value);
        text.setMessage(hint);
        text.setToolTipText(hint);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return text;
    }

    private static Button check(Composite parent, String label) {
        Button b = new Button(parent, SWT.CHECK);
        b.setText(label);
        b.setSelection(true);
        return b;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Sign and Start", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void validate() {
        String problem = null;
        try {
            request = read();
        } catch (IllegalArgumentException e) {
            request = null;
            problem = e.getMessage();
        }
        if (problem == null) {
            problem = approvers.problem();
        }
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    private ShadowSessions.Request read() {
        if (endpoint.getText().isBlank()) {
            throw new IllegalArgumentException("Choose the endpoint (its agent id).");
        }
        List<Integer> portList = new ArrayList<>();
        for (String p : split(ports.getText())) {
            try {
                portList.add(Integer.parseInt(p));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + p + "' is not a port.");
            }
        }
        List<String> capture = new ArrayList<>();
        if (syscalls.getSelection()) {
            capture.add("syscalls");
        }
        if (packets.getSelection()) {
            capture.add("packets");
        }
        if (http.getSelection()) {
            capture.add("http");
        }
        if (capture.isEmpty()) {
            throw new IllegalArgumentException("Choose something to mirror.");
        }
        ShadowOrder.Scope scope = new ShadowOrder.Scope(split(units.getText()), split(names.getText()), List.of(), portList);
        Duration d = switch (duration.getText()) {
            case "5m" -> Duration.ofMinutes(5);
            case "1h" -> Duration.ofHours(1);
            case "4h" -> Duration.ofHours(4);
            default -> Duration.ofMinutes(15);
        };
        long bytes = switch (budget.getSelectionIndex()) {
            case 0 -> 512L << 10;
            case 2 -> 8L << 20;
            default -> 2L << 20;
        };
        return new ShadowSessions.Request(endpoint.getText().strip(), scope, capture, d, bytes, ShadowSessions.Request.DEFAULT_BODY, null);
    }

    private static List<String> split(String text) {
        return Stream.of(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    protected void okPressed() {
        approvers.choose();
        super.okPressed();
    }

    ShadowSessions.Request request() {
        return request;
    }

    /** The approvers' keys, each opened with its passphrase, which is cleared then (call once, off the UI thread). */
    List<io.twinbench.remedy.trust.SigningKey> keys() throws java.io.IOException {
        return approvers.keys();
    }
}
