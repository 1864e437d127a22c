package io.twinbench.ui.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.twinbench.store.TwinSummary;

/** Which twin to build an image of, and from which root filesystem, or from its captured inventory. */
final class BuildTwinImageDialog extends Dialog {

    private final List<TwinSummary> twins;
    private Combo twin;
    private Text root;
    private Button fromInventory;
    private Label problem;
    private String chosenTwin;
    private Path chosenRoot;

    BuildTwinImageDialog(Shell parent, List<TwinSummary> twins) {
        super(parent);
        this.twins = twins;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Build Twin Image");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        new Label(area, SWT.NONE).setText("Twin:");
        twin = new Combo(area, SWT.READ_ONLY);
        twins.forEach(t -> twin.add(t.name() + " (" + t.id() + ")"));
        if (!twins.isEmpty()) {
            twin.select(0);
        }
        twin.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(area, SWT.NONE).setText("Root filesystem:");
        root = new Text(area, SWT.BORDER);
        root.setMessage("a directory (e.g. made by debootstrap) or a tar archive");
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 420;
        root.setLayoutData(wide);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> {
            String dir = new DirectoryDialog(getShell()).open();
            if (dir != null) {
                root.setText(dir);
            }
        });
        fromInventory = new Button(area, SWT.CHECK);
        fromInventory.setText("No root filesystem: make one from the twin's captured release and packages (debootstrap, as root)");
        fromInventory.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        fromInventory.addListener(SWT.Selection, e -> {
            root.setEnabled(!fromInventory.getSelection());
            browse.setEnabled(!fromInventory.getSelection());
        });
        problem = new Label(area, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        return area;
    }

    @Override
    protected void okPressed() {
        Path path = Path.of(root.getText().strip());
        if (twin.getSelectionIndex() < 0) {
            problem.setText("Choose a twin.");
        } else if (fromInventory.getSelection()) {
            chosenTwin = twins.get(twin.getSelectionIndex()).id();
            chosenRoot = null;
            super.okPressed();
            return;
        } else if (root.getText().isBlank() || !Files.exists(path)) {
            problem.setText("No such directory or tar archive: " + root.getText().strip());
        } else {
            chosenTwin = twins.get(twin.getSelectionIndex()).id();
            chosenRoot = path;
            super.okPressed();
            return;
        }
        problem.getParent().layout();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Build", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    String twinId() {
        return chosenTwin;
    }

    /** The root filesystem chosen; null to make one from the twin's inventory. */
    Path root() {
        return chosenRoot;
    }
}
