package io.twinbench.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;

import io.twinbench.sim.docker.DockerEngineProbe;

public final class TwinbenchPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        var defaults = DefaultScope.INSTANCE.getNode(TwinbenchPreferences.NODE);
        defaults.put(TwinbenchPreferences.DATABASE_DIRECTORY, "");
        defaults.put(TwinbenchPreferences.DOCKER_ENDPOINT, DockerEngineProbe.DEFAULT_ENDPOINT);
        defaults.putInt(TwinbenchPreferences.IMAGES_KEPT, TwinbenchPreferences.DEFAULT_IMAGES_KEPT);
        defaults.putInt(TwinbenchPreferences.SNAPSHOT_HOURLY_DAYS, (int) io.twinbench.store.RetentionPolicy.DEFAULT.hourlySnapshots().toDays());
        defaults.putInt(TwinbenchPreferences.SNAPSHOT_DAILY_DAYS, (int) io.twinbench.store.RetentionPolicy.DEFAULT.dailySnapshots().toDays());
        defaults.putInt(TwinbenchPreferences.IMAGES_MAX_AGE_DAYS, 0);
    }
}
