package io.twinbench.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import io.twinbench.remedy.trust.SigningKey;

/**
 * The approvers' keys a change needs at once because agents take it only signed to the root's
 * threshold (a collection policy): one key and passphrase per approver, from the workspace's keys
 * folder or anywhere, each a different key.
 */
public final class ApproversDialog extends TitleAreaDialog {

    private final String title;
    private final String message;
    private final int count;
    private final Path keysFolder;
    private ApproverFields approvers;

    public ApproversDialog(Shell parent, String title, String message, int count, Path keysFolder) {
        super(parent);
        this.title = title;
        this.message = message;
        this.count = Math.max(1, count);
        this.keysFolder = keysFolder;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(message);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(3, false));
        approvers = new ApproverFields(form, count, keysFolder, this::validate);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Sign and Apply", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void validate() {
        String problem = approvers.problem();
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    /** The n-th approver's key file and passphrase, as a person types them. */
    public void type(int approver, Path keyFile, String passphrase) {
        approvers.type(approver, keyFile, passphrase);
    }

    public boolean signEnabled() {
        return getButton(IDialogConstants.OK_ID).isEnabled();
    }

    /** Presses Sign and Apply. */
    public void sign() {
        okPressed();
    }

    @Override
    protected void okPressed() {
        approvers.choose();
        super.okPressed();
    }

    /** The keys chosen, each opened with its passphrase, which is cleared then (call once, off the UI thread). */
    public List<SigningKey> keys() throws IOException {
        return approvers.keys();
    }
}
