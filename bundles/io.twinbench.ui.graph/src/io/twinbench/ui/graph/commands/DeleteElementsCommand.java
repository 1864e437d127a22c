package io.twinbench.ui.graph.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Finding;
import io.twinbench.model.twin.TelemetrySeriesRef;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinPackage;

/**
 * Removes elements together with the edges, series references and findings that point at
 * them, so the twin never holds a dangling reference; undo puts everything back.
 */
public final class DeleteElementsCommand {

    private DeleteElementsCommand() {
    }

    public static Command create(EditingDomain domain, Twin twin, Collection<Element> elements) {
        if (elements.isEmpty() || twin == null) {
            return UnexecutableCommand.INSTANCE;
        }
        Set<Element> doomed = new HashSet<>(elements);
        List<Dependency> edges = new ArrayList<>();
        for (Dependency d : twin.getDependencies()) {
            if (doomed.contains(d.getSource()) || doomed.contains(d.getTarget())) {
                edges.add(d);
            }
        }
        List<TelemetrySeriesRef> series = twin.getSeries().stream().filter(s -> doomed.contains(s.getElement())).toList();
        List<Finding> findings = twin.getFindings().stream().filter(f -> doomed.contains(f.getElement())).toList();
        String label = elements.size() == 1 ? "Delete " + elements.iterator().next().getName() : "Delete " + elements.size() + " elements";
        CompoundCommand command = new CompoundCommand(label);
        TwinPackage p = TwinPackage.eINSTANCE;
        if (!edges.isEmpty()) {
            command.append(RemoveCommand.create(domain, twin, p.getTwin_Dependencies(), edges));
        }
        if (!series.isEmpty()) {
            command.append(RemoveCommand.create(domain, twin, p.getTwin_Series(), series));
        }
        if (!findings.isEmpty()) {
            command.append(RemoveCommand.create(domain, twin, p.getTwin_Findings(), findings));
        }
        command.append(RemoveCommand.create(domain, twin, p.getTwin_Elements(), elements));
        return command;
    }
}
