package io.twinbench.ui.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

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

/** A new case's name (or none, to add to one), the endpoints whose evidence to gather, and how far back. */
final class GatherDialog extends Dialog {

    private final boolean named;
    private final List<String> fleet;
    private Text name;
    private Text endpoints;
    private Text from;
    private Text to;
    private Label problem;
    private String chosenName = "";
    private List<String> chosenEndpoints = List.of();
    private Instant chosenFrom;
    private Instant chosenTo;

    GatherDialog(Shell shell, boolean named, List<String> fleet) {
        super(shell);
        this.named = named;
        this.fleet = fleet;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(named ? "New Case" : "Add Evidence");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        if (named) {
            new Label(form, SWT.NONE).setText("Name");
            name = text(form, "", "What the case is about, e.g. \u201cWeb shell on web-1\u201d");
        }
        new Label(form, SWT.NONE).setText("Endpoints");
        endpoints = text(form, fleet.isEmpty() ? "" : fleet.get(0), "Agent ids, comma-separated; the fleet has: " + String.join(", ", fleet));
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        new Label(form, SWT.NONE).setText("From");
        from = text(form, now.minus(Duration.ofHours(24)).toString(), "ISO 8601 (UTC), e.g. 2026-12-07T08:00:00Z");
        new Label(form, SWT.NONE).setText("To");
        to = text(form, now.plusSeconds(60).toString(), "ISO 8601 (UTC)");
        problem = new Label(form, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        return area;
    }

    private static Text text(Composite form, String value, String tip) {
        Text t = new Text(form, SWT.BORDER);
        t.setText(value);
        t.setToolTipText(tip);
        t.setMessage(tip);
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
        d.widthHint = 420;
        t.setLayoutData(d);
        return t;
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.OK_ID) {
            try {
                if (named && name.getText().isBlank()) {
                    throw new IllegalArgumentException("give the case a name");
                }
                chosenEndpoints = Arrays.stream(endpoints.getText().split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
                if (!named && chosenEndpoints.isEmpty()) {
                    throw new IllegalArgumentException("name at least one endpoint whose evidence to add");
                }
                chosenFrom = Instant.parse(from.getText().strip());
                chosenTo = Instant.parse(to.getText().strip());
                if (!chosenTo.isAfter(chosenFrom)) {
                    throw new IllegalArgumentException("the range ends before it starts");
                }
                chosenName = named ? name.getText().strip() : "";
            } catch (java.time.format.DateTimeParseException e) {
                problem.setText("\u201c" + e.getParsedString() + "\u201d is not an ISO 8601 time such as 2026-12-07T08:00:00Z");
                problem.getParent().layout();
                return;
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage());
                problem.getParent().layout();
                return;
            }
        }
        super.buttonPressed(id);
    }

    String name() {
        return chosenName;
    }

    List<String> endpoints() {
        return chosenEndpoints;
    }

    Instant from() {
        return chosenFrom;
    }

    Instant to() {
        return chosenTo;
    }
}
