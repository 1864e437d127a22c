package io.twinbench.ui.views;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.twinbench.change.PlanState;
import io.twinbench.change.PlanStatus;

/**
 * Approving signs: the approver's key file (from the workspace's keys folder or anywhere), its
 * passphrase, how long the approved version may be applied, and, when the plan has no passing
 * twin run, the written reason to approve it anyway (recorded and shown wherever the plan is).
 */
public final class ApprovePlanDialog extends TitleAreaDialog {

    private final PlanStatus status;
    private final Path keys;
    private SigningKeyFields signing;
    private Combo validity;
    private Text override;
    private Path chosenKey;
    private char[] chosenPassphrase;
    private String chosenValidity;
    private String chosenOverride;

    public ApprovePlanDialog(Shell parent, PlanStatus status, Path keysFolder) {
        super(parent);
        this.status = status;
        this.keys = keysFolder;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Approve " + status.planId());
    }

    private boolean needsOverride() {
        return status.state() == PlanState.DRAFT || status.state() == PlanState.FAILED_ON_TWIN;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(status.state() == PlanState.APPROVED ? "Co-sign \"" + status.draft().title() + "\"" : "Approve and sign \"" + status.draft().title() + "\"");
        setMessage(status.state() == PlanState.APPROVED ? "Signed so far by " + String.join(", ", status.signers()) + "; the root requires "
                + status.threshold() + "." : "Your signature fixes the version, its endpoints and its expiry; agents refuse anything else.");
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(3, false));
        signing = new SigningKeyFields(form, keys, this::validate);
        if (status.state() != PlanState.APPROVED) {
            new Label(form, SWT.NONE).setText("Valid for:");
            validity = new Combo(form, SWT.READ_ONLY);
            validity.setItems("1h", "24h", "7d");
            validity.select(1);
            validity.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        }
        if (needsOverride()) {
            Label why = new Label(form, SWT.WRAP);
            why.setText(status.state() == PlanState.DRAFT ? "This text was not tried on a twin. Approve it anyway because:"
                    : "This text FAILED on a twin. Approve it anyway because:");
            why.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            override = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
            data.heightHint = 60;
            override.setLayoutData(data);
            override.addModifyListener(e -> validate());
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, status.state() == PlanState.APPROVED ? "Co-sign" : "Approve and Sign", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void validate() {
        String problem = signing.problem() != null ? signing.problem()
                : override != null && override.getText().isBlank() ? "Say why it may be approved without a passing twin run." : null;
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        chosenKey = signing.keyFile();
        chosenPassphrase = signing.passphrase();
        chosenValidity = validity == null ? "24h" : validity.getText();
        chosenOverride = override == null ? null : override.getText().strip();
        super.okPressed();
    }

    public Path keyFile() {
        return chosenKey;
    }

    /** The passphrase; the caller clears it once the key is read. */
    public char[] passphrase() {
        return chosenPassphrase;
    }

    public java.time.Duration validity() {
        return switch (chosenValidity) {
            case "1h" -> java.time.Duration.ofHours(1);
            case "7d" -> java.time.Duration.ofDays(7);
            default -> java.time.Duration.ofHours(24);
        };
    }

    public String override() {
        return chosenOverride;
    }
}
