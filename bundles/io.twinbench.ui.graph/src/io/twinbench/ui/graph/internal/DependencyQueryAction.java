package io.twinbench.ui.graph.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;

import io.twinbench.model.query.TwinGraph;
import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.Element;
import io.twinbench.ui.graph.TwinGraphEditor;

/**
 * The analyst's questions of the graph, asked of the selected nodes: what depends on them
 * (their blast radius), what they depend on, and how two elements are connected. The answer
 * stands out in the graph with the rest dimmed, and is listed in the Dependency Answer view
 * until the next question; the questions follow edges as {@link io.twinbench.model.query.DependencyDirection} reads them.
 */
public final class DependencyQueryAction extends Action {

    public enum Query {
        DEPENDENTS("Select What Depends on This"),
        DEPENDENCIES("Select What This Depends On"),
        PATH("Select the Path Between the Two");

        private final String label;

        Query(String label) {
            this.label = label;
        }
    }

    private final TwinGraphEditor editor;
    private final Query query;

    public DependencyQueryAction(TwinGraphEditor editor, Query query) {
        super(query.label);
        this.editor = editor;
        this.query = query;
    }

    /** Enables the action for the selection it can answer. */
    public void update() {
        int selected = editor.selectedElements().size();
        setEnabled(query == Query.PATH ? selected == 2 : selected >= 1);
    }

    @Override
    public void run() {
        List<Element> selected = editor.selectedElements();
        if (selected.isEmpty()) {
            return;
        }
        TwinGraph graph = new TwinGraph(editor.twin());
        Set<EObject> shown = new LinkedHashSet<>(selected);
        List<DependencyAnswer.Line> lines = new ArrayList<>();
        String subject = selected.size() == 1 ? selected.get(0).getName() : elements(selected.size());
        String message;
        switch (query) {
            case DEPENDENTS, DEPENDENCIES -> {
                java.util.Map<Element, Dependency> found = new java.util.LinkedHashMap<>();
                for (Element e : selected) {
                    (query == Query.DEPENDENTS ? graph.dependentsOf(e) : graph.dependenciesOf(e)).forEach(found::putIfAbsent);
                }
                selected.forEach(found::remove);
                found.forEach((element, via) -> {
                    lines.add(new DependencyAnswer.Line(element, via));
                    shown.add(element);
                    shown.add(via);
                });
                message = query == Query.DEPENDENTS
                        ? elements(found.size()) + (found.size() == 1 ? " depends on " : " depend on ") + subject
                        : subject + " depends on " + elements(found.size());
            }
            default -> {
                Optional<List<Dependency>> path = graph.path(selected.get(0), selected.get(1));
                if (path.isEmpty()) {
                    message = selected.get(0).getName() + " and " + selected.get(1).getName() + " are not connected";
                } else {
                    Element at = selected.get(0);
                    for (Dependency edge : path.get()) {
                        Element next = edge.getSource() == at ? edge.getTarget() : edge.getSource();
                        lines.add(new DependencyAnswer.Line(next, edge));
                        shown.add(edge);
                        shown.add(next);
                        at = next;
                    }
                    message = "Path of " + path.get().size() + " dependencies between " + selected.get(0).getName() + " and "
                            + selected.get(1).getName();
                }
            }
        }
        editor.showAnswer(new DependencyAnswer(message, List.copyOf(selected), List.copyOf(lines), shown));
    }

    private static String elements(int count) {
        return count + (count == 1 ? " element" : " elements");
    }
}
