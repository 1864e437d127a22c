package io.twinbench.ui.views;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import io.twinbench.remedy.plan.Plan;
import io.twinbench.remedy.plan.PlanFormatException;
import io.twinbench.remedy.plan.PlanReader;

/**
 * A plan as text, read as the agent will read it on every keystroke: the schema's first error is
 * shown above with its line marked, and Save stays off until the plan reads. What is saved is the
 * text as written; the digest that twin runs and approvals bind to comes from it.
 */
public final class PlanEditorDialog extends TitleAreaDialog {

    static final String TEMPLATE = """
            id: new-plan
            title: What this plan does, in a line
            reason: Why it is needed (a finding, a benchmark item)
            targets:
              endpoints: [web-1]
            confirmTimeout: 2m
            actions:
              - edit: /etc/ssh/sshd_config
                style: sshd
                set: {PermitRootLogin: "no"}
              - service: ssh
                do: restart
            checks:
              - tcp: 127.0.0.1:22
            """;

    private final String name;
    private String text;
    private StyledText editor;
    private Plan plan;
    private Color errorLine;

    public PlanEditorDialog(Shell parent, String name, String text) {
        super(parent);
        this.name = name;
        this.text = text;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Plan " + name);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(900, 700);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Plan " + name);
        editor = new StyledText(area, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        editor.setFont(JFaceResources.getTextFont());
        editor.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        editor.setText(text);
        errorLine = new Color(editor.getDisplay(), 255, 225, 225);
        editor.addDisposeListener(e -> errorLine.dispose());
        editor.addModifyListener(e -> read());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Save", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        read();
    }

    /** Reads the text as the agent will; marks the line of the first error and says what is wrong. */
    private void read() {
        text = editor.getText();
        editor.setLineBackground(0, editor.getLineCount(), null);
        try {
            plan = new PlanReader().read(name + ".yaml", text);
            setErrorMessage(null);
            setMessage(plan.actions().size() + " action(s) and " + plan.checks().size() + " check(s) for "
                    + (plan.targets().endpoints().isEmpty() ? plan.targets().selector() : String.join(", ", plan.targets().endpoints()))
                    + ". Once saved, the plan is a draft: try it on a twin next.");
        } catch (PlanFormatException e) {
            plan = null;
            setErrorMessage(e.getMessage());
            if (e.line() > 0 && e.line() <= editor.getLineCount()) {
                editor.setLineBackground(e.line() - 1, 1, errorLine);
            }
        }
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(plan != null);
        }
    }

    /** The text as saved. */
    public String text() {
        return text;
    }

    public Plan plan() {
        return plan;
    }

    /** For tests: the text as if typed. */
    public void type(String newText) {
        editor.setText(newText);
    }

    public boolean saveEnabled() {
        return getButton(IDialogConstants.OK_ID).isEnabled();
    }

    /** The line marked as wrong (1-based), or 0. */
    public int markedLine() {
        for (int i = 0; i < editor.getLineCount(); i++) {
            if (errorLine.equals(editor.getLineBackground(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}
