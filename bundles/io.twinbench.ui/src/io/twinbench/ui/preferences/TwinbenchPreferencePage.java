package io.twinbench.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Where the twins are stored, which Docker engine runs executable twins, and how many of their images are kept. */
public final class TwinbenchPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public TwinbenchPreferencePage() {
        super(GRID);
        setDescription("The database holds twins and telemetry; leave its directory empty to keep it in the workspace."
                + " A new database location takes effect at the next start.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, TwinbenchPreferences.NODE));
    }

    @Override
    protected void createFieldEditors() {
        DirectoryFieldEditor database = new DirectoryFieldEditor(TwinbenchPreferences.DATABASE_DIRECTORY,
                "&Database directory:", getFieldEditorParent());
        database.setEmptyStringAllowed(true);
        addField(database);
        StringFieldEditor docker = new StringFieldEditor(TwinbenchPreferences.DOCKER_ENDPOINT, "Docker &endpoint:",
                getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                String value = getStringValue().trim();
                setErrorMessage("The Docker endpoint is a unix:// or tcp:// URI, e.g. unix:///var/run/docker.sock");
                return value.startsWith("unix://") || value.startsWith("tcp://") || value.startsWith("npipe://");
            }
        };
        docker.setValidateStrategy(StringFieldEditor.VALIDATE_ON_KEY_STROKE);
        addField(docker);
        IntegerFieldEditor kept = new IntegerFieldEditor(TwinbenchPreferences.IMAGES_KEPT, "Twin images &kept per twin by Prune:", getFieldEditorParent());
        kept.setValidRange(1, 1000);
        addField(kept);
        IntegerFieldEditor age = new IntegerFieldEditor(TwinbenchPreferences.IMAGES_MAX_AGE_DAYS, "...and none older than (&days, 0 for any age):",
                getFieldEditorParent());
        age.setValidRange(0, 3650);
        addField(age);
        IntegerFieldEditor hourly = new IntegerFieldEditor(TwinbenchPreferences.SNAPSHOT_HOURLY_DAYS,
                "Twin snapshots: one an &hour kept for (days):", getFieldEditorParent());
        hourly.setValidRange(0, 3650);
        addField(hourly);
        IntegerFieldEditor daily = new IntegerFieldEditor(TwinbenchPreferences.SNAPSHOT_DAILY_DAYS,
                "...then one a da&y for (days; the latest is always kept):", getFieldEditorParent());
        daily.setValidRange(0, 36500);
        addField(daily);
    }
}
