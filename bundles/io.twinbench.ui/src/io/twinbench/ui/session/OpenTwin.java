package io.twinbench.ui.session;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import io.twinbench.model.io.TwinXmi;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.provider.TwinItemProviderAdapterFactory;

/**
 * A twin opened for investigation, with its one command stack. Every view that edits or
 * shows this twin uses this editing domain, so undo and redo mean the same everywhere.
 * Only a draft can be edited.
 */
public final class OpenTwin {

    private final Twin twin;
    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private final boolean editable;

    public OpenTwin(Twin twin) {
        this.adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new TwinItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        this.domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
        Resource resource = TwinXmi.newResource(URI.createURI("twinbench:/twins/" + twin.getId() + ".xmi"));
        domain.getResourceSet().getResources().add(resource);
        resource.getContents().add(twin);
        this.twin = twin;
        this.editable = io.twinbench.model.build.TwinDrafts.isDraft(twin);
        if (!editable) {
            // EMF's own commands refuse to change a read-only resource: a second lock behind the views'
            domain.setResourceToReadOnlyMap(new java.util.HashMap<>(java.util.Map.of(resource, Boolean.TRUE)));
        }
    }

    /**
     * Whether the analyst may edit this twin: only drafts. A captured twin (what an agent, an
     * image or this machine reported) is evidence; it changes only as its source reports.
     */
    public boolean isEditable() {
        return editable;
    }

    public Twin twin() {
        return twin;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public BasicCommandStack commandStack() {
        return (BasicCommandStack) domain.getCommandStack();
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public boolean isDirty() {
        return commandStack().isSaveNeeded();
    }

    public void dispose() {
        adapterFactory.dispose();
    }
}
