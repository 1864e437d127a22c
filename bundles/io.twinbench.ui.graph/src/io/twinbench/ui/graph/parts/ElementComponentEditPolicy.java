package io.twinbench.ui.graph.parts;

import java.util.List;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

import io.twinbench.model.twin.Element;
import io.twinbench.ui.graph.commands.DeleteElementsCommand;
import io.twinbench.ui.graph.commands.EmfCommandWrapper;
import io.twinbench.ui.session.OpenTwin;

/** Delete removes the element with everything that refers to it, as one undoable step; in a draft only. */
final class ElementComponentEditPolicy extends ComponentEditPolicy {

    private final OpenTwin openTwin;

    ElementComponentEditPolicy(OpenTwin openTwin) {
        this.openTwin = openTwin;
    }

    @Override
    protected Command createDeleteCommand(GroupRequest request) {
        if (!openTwin.isEditable()) {
            return null;
        }
        Element element = (Element) getHost().getModel();
        return new EmfCommandWrapper(DeleteElementsCommand.create(openTwin.domain(), element.getTwin(), List.of(element)));
    }
}
