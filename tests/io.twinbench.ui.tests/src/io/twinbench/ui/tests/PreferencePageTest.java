package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;

import io.twinbench.sim.docker.DockerEngineProbe;
import io.twinbench.ui.preferences.TwinbenchPreferencePage;
import io.twinbench.ui.preferences.TwinbenchPreferences;

class PreferencePageTest {

    @Test
    void thePageShowsTheDatabaseAndDockerSettingsWithTheirDefaults() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                "io.twinbench.ui.preferences", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertTrue(dialog.getSelectedPage() instanceof TwinbenchPreferencePage);
            assertEquals(DockerEngineProbe.DEFAULT_ENDPOINT,
                    InstanceScope.INSTANCE.getNode(TwinbenchPreferences.NODE).get(TwinbenchPreferences.DOCKER_ENDPOINT,
                            org.eclipse.core.runtime.preferences.DefaultScope.INSTANCE.getNode(TwinbenchPreferences.NODE)
                                    .get(TwinbenchPreferences.DOCKER_ENDPOINT, "")));
            assertTrue(TwinbenchPreferences.fromInstanceScope().storeLocation().jdbcUrl().contains(".twinbench/db/twinbench"));
            assertEquals(new io.twinbench.sim.image.TwinImageRegistry.Retention(3, null), TwinbenchPreferences.fromInstanceScope().imageRetention(),
                    "Prune keeps each twin's three newest images, of any age, unless told otherwise");
        } finally {
            dialog.close();
        }
    }
}
