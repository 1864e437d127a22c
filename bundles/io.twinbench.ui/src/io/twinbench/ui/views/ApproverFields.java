package io.twinbench.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.twinbench.remedy.trust.KeyFile;
import io.twinbench.remedy.trust.SigningKey;

/**
 * One key and passphrase per approver, in a three-column form: what a dialog asks for when agents
 * take what it signs only to the root's threshold (a collection policy, a shadow order). Each
 * approver is preselected with a different key of the keys folder, and the same key twice is
 * refused.
 */
final class ApproverFields {

    private final List<SigningKeyFields> fields = new ArrayList<>();
    private final List<Path> chosenKeys = new ArrayList<>();
    private final List<char[]> chosenPassphrases = new ArrayList<>();

    ApproverFields(Composite form, int count, Path keysFolder, Runnable changed) {
        int approvers = Math.max(1, count);
        for (int i = 0; i < approvers; i++) {
            if (approvers > 1) {
                Label approver = new Label(form, SWT.NONE);
                approver.setText("Approver " + (i + 1) + " of " + approvers);
                approver.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            }
            fields.add(new SigningKeyFields(form, keysFolder, i, changed));
        }
    }

    /** What keeps the keys from signing (a key missing, the same key twice), or null. */
    String problem() {
        String problem = fields.stream().map(SigningKeyFields::problem).filter(p -> p != null).findFirst().orElse(null);
        if (problem == null && fields.stream().map(SigningKeyFields::keyFile).distinct().count() < fields.size()) {
            problem = "Each approver signs with a different key.";
        }
        return problem;
    }

    /** The n-th approver's key file and passphrase, as a person types them. */
    void type(int approver, Path keyFile, String passphrase) {
        fields.get(approver).type(keyFile.toString(), passphrase);
    }

    /** Takes what was typed, before the dialog's widgets are disposed. */
    void choose() {
        for (SigningKeyFields f : fields) {
            chosenKeys.add(f.keyFile());
            chosenPassphrases.add(f.passphrase());
        }
    }

    /** The keys chosen, each opened with its passphrase, which is cleared then (call once, off the UI thread). */
    List<SigningKey> keys() throws IOException {
        List<SigningKey> keys = new ArrayList<>();
        try {
            for (int i = 0; i < chosenKeys.size(); i++) {
                keys.add(KeyFile.read(chosenKeys.get(i), chosenPassphrases.get(i)));
            }
            return keys;
        } finally {
            chosenPassphrases.forEach(p -> Arrays.fill(p, '\0'));
        }
    }
}
