package io.twinbench.ui.graph.commands;

import org.eclipse.gef.commands.Command;

/** Carries an EMF command through GEF's request machinery to the twin's EMF command stack. */
public final class EmfCommandWrapper extends Command {

    private final org.eclipse.emf.common.command.Command emfCommand;

    public EmfCommandWrapper(org.eclipse.emf.common.command.Command emfCommand) {
        super(emfCommand.getLabel());
        this.emfCommand = emfCommand;
    }

    public org.eclipse.emf.common.command.Command emfCommand() {
        return emfCommand;
    }

    @Override
    public boolean canExecute() {
        return emfCommand.canExecute();
    }

    @Override
    public boolean canUndo() {
        return emfCommand.canUndo();
    }

    @Override
    public void execute() {
        emfCommand.execute();
    }

    @Override
    public void undo() {
        emfCommand.undo();
    }

    @Override
    public void redo() {
        emfCommand.redo();
    }
}
