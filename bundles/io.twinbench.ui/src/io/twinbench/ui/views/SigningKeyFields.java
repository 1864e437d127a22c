package io.twinbench.ui.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * An approver's key and its passphrase, as the signing dialogs ask for them (in a form of three
 * columns): the keys of the workspace's keys folder to choose from, or any key file browsed to.
 */
final class SigningKeyFields {

    private final Combo key;
    private final Text passphrase;

    SigningKeyFields(Composite form, Path keysFolder, Runnable changed) {
        this(form, keysFolder, 0, changed);
    }

    /** preselected: which of the folder's keys is chosen at first (the n-th approver of a dialog that asks for several gets the n-th). */
    SigningKeyFields(Composite form, Path keysFolder, int preselected, Runnable changed) {
        new Label(form, SWT.NONE).setText("Signing key:");
        key = new Combo(form, SWT.DROP_DOWN);
        key.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        keyFiles(keysFolder).forEach(k -> key.add(k.toString()));
        if (key.getItemCount() > 0) {
            key.select(Math.min(preselected, key.getItemCount() - 1));
        }
        Button browse = new Button(form, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> {
            FileDialog files = new FileDialog(form.getShell(), SWT.OPEN);
            files.setFilterExtensions(new String[] {"*.key", "*"});
            String file = files.open();
            if (file != null) {
                key.setText(file);
            }
        });
        new Label(form, SWT.NONE).setText("Passphrase:");
        passphrase = new Text(form, SWT.BORDER | SWT.PASSWORD);
        passphrase.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        key.addModifyListener(e -> changed.run());
        passphrase.addModifyListener(e -> changed.run());
    }

    private static List<Path> keyFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".key")).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /** What is missing, in words, or null when a key file and a passphrase are given. */
    String problem() {
        return key.getText().isBlank() ? "Choose your signing key (./twinbench plan keygen makes one)."
                : !Files.isRegularFile(Path.of(key.getText().strip())) ? "There is no key file " + key.getText().strip() + "."
                : passphrase.getText().isEmpty() ? "Type the key's passphrase." : null;
    }

    /** As a person types them. */
    void type(String keyFile, String phrase) {
        key.setText(keyFile);
        passphrase.setText(phrase);
    }

    Path keyFile() {
        return Path.of(key.getText().strip());
    }

    /** The passphrase as typed; the caller clears its copy once the key is read. */
    char[] passphrase() {
        return passphrase.getText().toCharArray();
    }
}
