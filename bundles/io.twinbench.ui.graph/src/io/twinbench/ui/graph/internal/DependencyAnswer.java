package io.twinbench.ui.graph.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.Element;

/**
 * The answer to a dependency question, kept until the next one: what was asked of which
 * elements, what was found (each with the edge it was reached by), and what the graph shows
 * standing out (the subject, the found elements and the edges between them).
 */
public record DependencyAnswer(String question, List<Element> subject, List<Line> lines, Set<EObject> shown) {

    /** One element of the answer and the edge that led to it (null for a path's own ends). */
    public record Line(Element element, Dependency via) {

        /** "part of svc/nginx.service": how the element was reached. */
        public String how() {
            if (via == null) {
                return "";
            }
            Element other = via.getSource() == element ? via.getTarget() : via.getSource();
            String type = via.getType().getName().toLowerCase().replace('_', ' ');
            return (via.getSource() == element ? type + " " : "← " + type + " of ") + (other == null ? "?" : other.getId());
        }
    }
}
