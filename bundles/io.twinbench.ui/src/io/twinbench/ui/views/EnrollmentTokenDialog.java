package io.twinbench.ui.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.twinbench.ingest.enrol.Enrollment;

/** Shows a new one-time token and the agent command that uses it, in fields the analyst can copy. */
final class EnrollmentTokenDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private final Enrollment.Token token;
    private final String collector;

    EnrollmentTokenDialog(Shell parent, Enrollment.Token token, String collector) {
        super(parent);
        this.token = token;
        this.collector = collector;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("New Enrolment Token");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        label(area, "Give this token to whoever installs the agent. It works once, until " + TIME.format(token.expires())
                + ", and only with this workbench.");
        field(area, token.value());
        label(area, "On the endpoint (Java 17 or newer):");
        field(area, "java -jar twinbench-agent.jar --server " + collector + " --token " + token.value());
        if (collector.startsWith("127.") || collector.startsWith("localhost:") || collector.startsWith("[::1]")) {
            label(area, "The collector listens on this machine only. To let agents on a network in, set the preference collectorBind"
                    + " to an address of this machine (or start the workbench with TWINBENCH_VMARGS=-Dtwinbench.collectorBind=ADDRESS), or run"
                    + " ./twinbench serve --bind ADDRESS on a server.");
        }
        return area;
    }

    private static void label(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 640;
        label.setLayoutData(data);
        label.setText(text);
    }

    private static void field(Composite parent, String text) {
        Text field = new Text(parent, SWT.BORDER | SWT.READ_ONLY);
        field.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        field.setText(text);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
