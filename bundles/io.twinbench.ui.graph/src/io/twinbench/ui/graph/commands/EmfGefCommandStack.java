package io.twinbench.ui.graph.commands;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;

/**
 * Gives GEF the twin's one EMF command stack, so edits from the graph, the Properties view
 * and anywhere else share a single undo history and dirty state.
 */
public final class EmfGefCommandStack extends CommandStack {

    private final BasicCommandStack emf;

    public EmfGefCommandStack(BasicCommandStack emf) {
        this.emf = emf;
        emf.addCommandStackListener(event -> notifyListeners());
    }

    @Override
    public void execute(Command command) {
        if (command == null || !command.canExecute()) {
            return;
        }
        emf.execute(command instanceof EmfCommandWrapper wrapper ? wrapper.emfCommand() : new GefCommandAsEmf(command));
    }

    @Override
    public boolean canUndo() {
        return emf.canUndo();
    }

    @Override
    public boolean canRedo() {
        return emf.canRedo();
    }

    @Override
    public void undo() {
        emf.undo();
    }

    @Override
    public void redo() {
        emf.redo();
    }

    @Override
    public Command getUndoCommand() {
        return emf.getUndoCommand() == null ? null : new EmfCommandWrapper(emf.getUndoCommand());
    }

    @Override
    public Command getRedoCommand() {
        return emf.getRedoCommand() == null ? null : new EmfCommandWrapper(emf.getRedoCommand());
    }

    @Override
    public boolean isDirty() {
        return emf.isSaveNeeded();
    }

    @Override
    public void markSaveLocation() {
        emf.saveIsDone();
        notifyListeners();
    }

    @Override
    public void flush() {
        emf.flush();
    }

    /** A GEF command on the EMF stack. */
    private static final class GefCommandAsEmf extends AbstractCommand {
        private final Command gef;

        GefCommandAsEmf(Command gef) {
            super(gef.getLabel());
            this.gef = gef;
        }

        @Override
        protected boolean prepare() {
            return gef.canExecute();
        }

        @Override
        public boolean canUndo() {
            return gef.canUndo();
        }

        @Override
        public void execute() {
            gef.execute();
        }

        @Override
        public void undo() {
            gef.undo();
        }

        @Override
        public void redo() {
            gef.redo();
        }
    }
}
