package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.twinbench.model.io.TwinFormatException;
import io.twinbench.model.io.TwinXmi;
import io.twinbench.model.twin.Twin;
import io.twinbench.ui.session.TwinWorkspace;

/** The Fleet view's import, export and delete, through the workspace session they run in. */
class FleetTransferTest {

    @Test
    void aTwinIsExportedImportedUnderANewIdAndDeleted() throws Exception {
        Ui.waitUntil("the local twin", 90_000, () -> Ui.workspace().localTwinId().isPresent()
                && Ui.workspace().fleet().stream().anyMatch(t -> t.id().equals(Ui.workspace().localTwinId().get())));
        TwinWorkspace workspace = Ui.workspace();
        Path dir = Files.createTempDirectory("fleet-transfer");
        Path exported = dir.resolve("local.xmi");
        workspace.exportTwin(workspace.localTwinId().orElseThrow(), exported);
        Twin copy = new TwinXmi().load(exported);
        copy.setId("copy-of-local");
        Path renamed = dir.resolve("copy.xmi");
        new TwinXmi().save(copy, renamed);

        assertEquals(1, workspace.importTwin(renamed));
        assertTrue(workspace.fleet().stream().anyMatch(t -> t.id().equals("copy-of-local") && t.elementCount() == copy.getElements().size()));
        assertEquals(2, workspace.importTwin(renamed), "importing again adds a version");

        workspace.deleteTwin("copy-of-local", false);
        assertFalse(workspace.fleet().stream().anyMatch(t -> t.id().equals("copy-of-local")));
    }

    @Test
    void aBrokenFileIsRefusedWithItsNameAndTheFleetIsUnchanged() throws Exception {
        Ui.waitUntil("the store", 90_000, () -> Ui.workspace().store().isPresent());
        TwinWorkspace workspace = Ui.workspace();
        workspace.refreshFleet();
        int before = workspace.fleet().size();
        Path broken = Files.createTempFile("broken", ".xmi");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<twin:Twin xmlns:twin=\"http://twinbench.io/twin/1.0\"\n");
        TwinFormatException e = assertThrows(TwinFormatException.class, () -> workspace.importTwin(broken));
        assertTrue(e.getMessage().contains(broken.getFileName().toString()), e.getMessage());
        assertEquals(before, workspace.fleet().size());
    }
}
