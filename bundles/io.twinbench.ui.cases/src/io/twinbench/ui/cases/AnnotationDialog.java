package io.twinbench.ui.cases;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.twinbench.cases.Annotation;

/** Tags, a comment and a colour for a bookmark; the tag "finding" puts it among the report's findings. */
final class AnnotationDialog extends Dialog {

    static final String[][] COLOURS = {{"yellow", Annotation.DEFAULT_COLOUR}, {"red", "#d33a2c"}, {"orange", "#f57900"}, {"green", "#4e9a06"},
            {"blue", "#3465a4"}, {"purple", "#75507b"}};
    private final String what;
    private Text tags;
    private Text comment;
    private Combo colour;
    private Label problem;
    private List<String> chosenTags = List.of();
    private String chosenComment = "";
    private String chosenColour = Annotation.DEFAULT_COLOUR;

    AnnotationDialog(Shell shell, String what) {
        super(shell);
        this.what = what;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Bookmark");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Label subject = new Label(form, SWT.WRAP);
        subject.setText(what.length() > 300 ? what.substring(0, 300) + "…" : what);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        wide.widthHint = 520;
        subject.setLayoutData(wide);
        new Label(form, SWT.NONE).setText("Tags");
        tags = new Text(form, SWT.BORDER);
        tags.setMessage("finding, lateral-movement, …");
        tags.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(form, SWT.NONE).setText("Comment");
        comment = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData c = new GridData(SWT.FILL, SWT.FILL, true, true);
        c.heightHint = 90;
        comment.setLayoutData(c);
        new Label(form, SWT.NONE).setText("Colour");
        colour = new Combo(form, SWT.READ_ONLY);
        colour.setItems(Arrays.stream(COLOURS).map(p -> p[0]).toArray(String[]::new));
        colour.select(0);
        problem = new Label(form, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        return area;
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.OK_ID) {
            List<String> t = Arrays.stream(tags.getText().split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
            String colourCode = COLOURS[Math.max(0, colour.getSelectionIndex())][1];
            try {
                new Annotation("a-check", -1, 0, 0, t, comment.getText(), colourCode, "", java.time.Instant.now());
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage().replace("annotation a-check", "the bookmark").replace(" of the bookmark", ""));
                problem.getParent().layout();
                return;
            }
            chosenTags = t;
            chosenComment = comment.getText();
            chosenColour = colourCode;
        }
        super.buttonPressed(id);
    }

    List<String> tags() {
        return chosenTags;
    }

    String comment() {
        return chosenComment;
    }

    String colour() {
        return chosenColour;
    }
}
