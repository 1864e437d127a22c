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
    private final java.util.Map<String, io.twinbench.store.AnalystNotes.Note> notes = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.List<java.util.function.Consumer<String>> noteListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private java.util.function.Consumer<io.twinbench.store.AnalystNotes.Note> noteWriter = n -> { };

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

    /** Only a draft has anything to save: the analyst's notes are written as they are made. */
    public boolean isDirty() {
        return editable && commandStack().isSaveNeeded();
    }

    /** The analyst's note on an element, if any. */
    public java.util.Optional<io.twinbench.store.AnalystNotes.Note> note(String elementId) {
        return java.util.Optional.ofNullable(notes.get(elementId));
    }

    /** The notes read from the store, and where new ones go (called by the workspace when it opens the twin). */
    void keepNotes(java.util.Map<String, io.twinbench.store.AnalystNotes.Note> loaded, java.util.function.Consumer<io.twinbench.store.AnalystNotes.Note> writer) {
        notes.putAll(loaded);
        noteWriter = writer;
    }

    /** Told the element id whenever a note changes (on the thread that changed it). */
    public void addNoteListener(java.util.function.Consumer<String> listener) {
        noteListeners.add(listener);
    }

    public void removeNoteListener(java.util.function.Consumer<String> listener) {
        noteListeners.remove(listener);
    }

    /**
     * An undoable change of the analyst's note and tags on an element, allowed on captured twins
     * too: notes live beside the captured data, never in it.
     */
    public org.eclipse.emf.common.command.Command setNote(String elementId, String text, String tags) {
        io.twinbench.store.AnalystNotes.Note before = notes.get(elementId);
        io.twinbench.store.AnalystNotes.Note after = new io.twinbench.store.AnalystNotes.Note(twin.getId(), elementId, text, tags,
                System.getProperty("user.name"), java.time.Instant.now());
        return new org.eclipse.emf.common.command.AbstractCommand("Note on " + elementId) {
            @Override
            protected boolean prepare() {
                return true;
            }

            @Override
            public void execute() {
                apply(after);
            }

            @Override
            public void undo() {
                apply(before != null ? before : new io.twinbench.store.AnalystNotes.Note(twin.getId(), elementId, "", "", after.author(),
                        java.time.Instant.now()));
            }

            @Override
            public void redo() {
                apply(after);
            }
        };
    }

    private void apply(io.twinbench.store.AnalystNotes.Note note) {
        if (note.isEmpty()) {
            notes.remove(note.elementId());
        } else {
            notes.put(note.elementId(), note);
        }
        noteWriter.accept(note);
        noteListeners.forEach(l -> l.accept(note.elementId()));
    }

    public void dispose() {
        adapterFactory.dispose();
    }
}
