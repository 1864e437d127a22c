package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import io.twinbench.ingest.image.ImageImporter;
import io.twinbench.inventory.ImagePolicy;
import io.twinbench.inventory.SecretRedactor;
import io.twinbench.sim.image.TwinImage;
import io.twinbench.sim.image.TwinImageRegistry;
import io.twinbench.store.TwinStore;
import io.twinbench.ui.preferences.TwinbenchPreferences;
import io.twinbench.ui.views.DockerEngineView;

/**
 * A Debian root imported as a twin, its image built from the Twin Images view as a job against
 * the real engine, listed with its size and age, and removed from the view.
 */
class TwinImagesViewTest {

    @Test
    void aTwinsImageIsBuiltListedAndRemovedFromTheView() throws Exception {
        String docker = System.getenv("TWINBENCH_TEST_DOCKER");
        String rootfs = System.getenv("TWINBENCH_TEST_ROOTFS");
        Needed.needs(docker != null && rootfs != null, "no Docker engine and Debian root: ./twinbench test provides them");
        InstanceScope.INSTANCE.getNode(TwinbenchPreferences.NODE).put(TwinbenchPreferences.DOCKER_ENDPOINT, docker);
        try {
            withTheTestEngine(docker, rootfs);
        } finally {
            // other tests see the preferences' defaults
            InstanceScope.INSTANCE.getNode(TwinbenchPreferences.NODE).remove(TwinbenchPreferences.DOCKER_ENDPOINT);
        }
    }

    private void withTheTestEngine(String docker, String rootfs) throws Exception {
        Ui.waitUntil("the store", 90_000, () -> Ui.workspace().store().isPresent());
        TwinStore store = Ui.workspace().store().orElseThrow();
        String twinId = "ui-image-" + Long.toString(System.nanoTime(), 36);
        new ImageImporter(ImagePolicy.defaults(), SecretRedactor.defaults(), Clock.systemUTC()).importInto(store, Path.of(rootfs), twinId, "debian");
        Ui.workspace().refreshFleet();

        DockerEngineView view = (DockerEngineView) Ui.page().showView(DockerEngineView.ID);
        Ui.waitUntil("the engine's state from the preference", 30_000, () -> view.stateText().contains("running"));
        view.build(twinId, Path.of(rootfs));
        String reference = TwinImage.reference(twinId, 1);
        Ui.waitUntil("the built image in the view", 180_000, () -> view.shownImages().stream().anyMatch(i -> i.reference().equals(reference)));
        Ui.processEvents(500);
        TableItem row = java.util.Arrays.stream(view.viewer().getTable().getItems()).filter(i -> i.getText(0).equals(reference)).findFirst()
                .orElseThrow();
        assertEquals(twinId + " v1", row.getText(1));
        assertTrue(row.getText(2).endsWith("MiB") && Double.parseDouble(row.getText(2).replace(" MiB", "")) > 100, row.getText(2));
        assertTrue(row.getText(3).endsWith(" s") || row.getText(3).endsWith(" min"), row.getText(3));
        assertEquals(Path.of(rootfs).toAbsolutePath().toString(), row.getText(4));

        // a newer twin version gets its own image; Prune keeps as many as the preference says
        store.snapshots().save(store.snapshots().latest(twinId).orElseThrow());
        view.build(twinId, Path.of(rootfs));
        String newer = TwinImage.reference(twinId, 2);
        Ui.waitUntil("the newer image in the view", 180_000, () -> view.shownImages().stream().anyMatch(i -> i.reference().equals(newer)));
        InstanceScope.INSTANCE.getNode(TwinbenchPreferences.NODE).putInt(TwinbenchPreferences.IMAGES_KEPT, 1);
        try {
            org.eclipse.core.runtime.jobs.Job prune = view.prune();
            Ui.waitUntil("the prune job done", 60_000, () -> prune.getState() == org.eclipse.core.runtime.jobs.Job.NONE);
        } finally {
            InstanceScope.INSTANCE.getNode(TwinbenchPreferences.NODE).remove(TwinbenchPreferences.IMAGES_KEPT);
        }
        Ui.waitUntil("the older image pruned from the view", 60_000, () -> view.shownImages().stream().noneMatch(i -> i.reference().equals(reference)));
        assertTrue(view.shownImages().stream().anyMatch(i -> i.reference().equals(newer)), "the newest stays");

        TwinImage image = view.shownImages().stream().filter(i -> i.reference().equals(newer)).findFirst().orElseThrow();
        view.remove(List.of(image));
        Ui.waitUntil("the image gone from the view", 60_000, () -> view.shownImages().stream().noneMatch(i -> i.reference().equals(newer)));
        assertTrue(new TwinImageRegistry(Ui.workspace().dockerEngine(), Clock.systemUTC()).list().stream()
                .noneMatch(i -> i.reference().equals(newer)), "removed from the engine, not only from the view");
    }
}
