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
 * becomes the selection, so it shows in the graph and in Properties.
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
        Set<EObject> answer = new LinkedHashSet<>();
        String subject = selected.size() == 1 ? selected.get(0).getName() : elements(selected.size());
        String message;
        switch (query) {
            case DEPENDENTS -> {
                selected.forEach(e -> answer.addAll(graph.dependentsOf(e)));
                message = elements(answer.size()) + (answer.size() == 1 ? " depends on " : " depend on ") + subject;
            }
            case DEPENDENCIES -> {
                selected.forEach(e -> answer.addAll(graph.dependenciesOf(e)));
                message = subject + " depends on " + elements(answer.size());
            }
            default -> {
                Optional<List<Dependency>> path = graph.path(selected.get(0), selected.get(1));
                if (path.isEmpty()) {
                    editor.status(selected.get(0).getName() + " and " + selected.get(1).getName() + " are not connected");
                    return;
                }
                List<EObject> chain = new ArrayList<>(selected);
                for (Dependency edge : path.get()) {
                    chain.add(edge);
                    chain.add(edge.getSource());
                    chain.add(edge.getTarget());
                }
                answer.addAll(chain);
                message = "Path of " + path.get().size() + " dependencies between " + selected.get(0).getName() + " and "
                        + selected.get(1).getName();
            }
        }
        int hidden = editor.selectModel(answer);
        editor.status(hidden == 0 ? message : message + " (" + hidden + " hidden by the kind filter)");
    }

    private static String elements(int count) {
        return count + (count == 1 ? " element" : " elements");
    }
}
