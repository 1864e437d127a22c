package io.twinbench.ui.cases;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.twinbench.cases.CaseBundle;

/** Where to write the bundle, and the analyst's key (plan keygen) and passphrase to sign it with. */
final class ExportDialog extends Dialog {

    private final Path suggested;
    private Text target;
    private Text key;
    private Text passphrase;
    private Label problem;
    private Path chosenTarget;
    private Path chosenKey;
    private char[] chosenPassphrase;

    ExportDialog(Shell shell, Path suggested) {
        super(shell);
        this.suggested = suggested;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Export Case");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(3, false));
        new Label(form, SWT.NONE).setText("Bundle");
        target = field(form, suggested.toString(), SWT.SAVE);
        new Label(form, SWT.NONE).setText("Your key");
        key = field(form, "", SWT.OPEN);
        key.setMessage("an encrypted key made by `twinbench plan keygen`");
        new Label(form, SWT.NONE).setText("Passphrase");
        passphrase = new Text(form, SWT.BORDER | SWT.PASSWORD);
        passphrase.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        problem = new Label(form, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        return area;
    }

    private Text field(Composite form, String value, int style) {
        Text t = new Text(form, SWT.BORDER);
        t.setText(value);
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
        d.widthHint = 380;
        t.setLayoutData(d);
        Button browse = new Button(form, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), style);
            String chosen = dialog.open();
            if (chosen != null) {
                t.setText(chosen);
            }
        });
        return t;
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.OK_ID) {
            Path k = Path.of(key.getText().strip());
            if (key.getText().isBlank() || !Files.isRegularFile(k)) {
                problem.setText("choose your signing key: the bundle is signed so its receiver can tell who exported it and that nothing changed since");
                problem.getParent().layout();
                return;
            }
            String t = target.getText().strip();
            chosenTarget = Path.of(t.endsWith(CaseBundle.EXTENSION) ? t : t + CaseBundle.EXTENSION);
            chosenKey = k;
            chosenPassphrase = passphrase.getText().toCharArray();
        }
        super.buttonPressed(id);
    }

    Path target() {
        return chosenTarget;
    }

    Path key() {
        return chosenKey;
    }

    char[] passphrase() {
        return chosenPassphrase;
    }
}
