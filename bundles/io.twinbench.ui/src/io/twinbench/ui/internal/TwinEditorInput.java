package io.twinbench.ui.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** Names a twin of the workspace for the graph editor; two inputs for the same twin are the same editor. */
public final class TwinEditorInput implements IEditorInput {

    public static final String GRAPH_EDITOR_ID = "io.twinbench.ui.graph.editor";
    private final String twinId;
    private final String name;

    public TwinEditorInput(String twinId, String name) {
        this.twinId = Objects.requireNonNull(twinId);
        this.name = name == null ? twinId : name;
    }

    public String twinId() {
        return twinId;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return name + " (" + twinId + ")";
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TwinEditorInput input && input.twinId.equals(twinId);
    }

    @Override
    public int hashCode() {
        return twinId.hashCode();
    }
}
