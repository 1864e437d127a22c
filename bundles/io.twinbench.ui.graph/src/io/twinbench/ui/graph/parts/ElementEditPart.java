package io.twinbench.ui.graph.parts;

import java.util.Optional;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPolicy;

import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Finding;
import io.twinbench.model.twin.Prediction;
import io.twinbench.model.twin.Twin;
import io.twinbench.ui.graph.figures.KindStyle;
import io.twinbench.ui.session.OpenTwin;

/** A node: shows one element, follows its changes, and offers it to the Properties view. */
public final class ElementEditPart extends GraphNodeEditPart {

    private final OpenTwin openTwin;
    private final AdapterImpl elementListener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification n) {
            if (!n.isTouch()) {
                refreshVisuals();
            }
        }
    };

    public ElementEditPart(Element element, GraphSettings settings, OpenTwin openTwin) {
        super(element, settings);
        this.openTwin = openTwin;
    }

    public Element element() {
        return (Element) getModel();
    }

    @Override
    protected void createEditPolicies() {
        super.createEditPolicies();
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new ElementComponentEditPolicy(openTwin));
    }

    @Override
    protected void refreshVisuals() {
        Element e = element();
        Optional<AnomalyMarks.Mark> mark = settings.anomalyMarks().of(e.getId());
        var note = openTwin.note(e.getId());
        figure().show(e.kind(), io.twinbench.ui.graph.figures.NodeLabels.title(e), io.twinbench.ui.graph.figures.NodeLabels.name(e),
                () -> KindStyle.label(e.kind()) + ": " + e.getName() + "\nid: " + e.getId() + commandLine(e)
                        + mark.map(m -> "\n" + m.describe()).orElse("") + predictions(e)
                        + openTwin.note(e.getId()).map(n -> "\n\nYour note: " + (n.text() == null ? "" : n.text())
                                + (n.tags() == null || n.tags().isBlank() ? "" : "\nYour tags: " + n.tags())).orElse(""),
                mark.map(AnomalyMarks.Mark::count).orElse(0));
        figure().setNoted(note.isPresent());
        figure().setDimmed(settings.isDimmed(e));
        place();
    }

    private static String commandLine(Element e) {
        return e instanceof io.twinbench.model.twin.Process p && p.getCommandLine() != null && !p.getCommandLine().isBlank()
                ? "\ncommand: " + p.getCommandLine() : "";
    }

    /** The failures the twin's model predicts for the element, a line each: what, in how long, how sure, on what basis. */
    private static String predictions(Element e) {
        if (!(e.eContainer() instanceof Twin twin)) {
            return "";
        }
        StringBuilder lines = new StringBuilder();
        long now = System.currentTimeMillis();
        for (Finding f : twin.getFindings()) {
            if (f instanceof Prediction p && p.getElement() == e && p.getExpectedAt() != null) {
                lines.append(String.format(java.util.Locale.ROOT, "%nPredicted: %s in %s (fit %.0f %%)", p.getFailureMode(),
                        io.twinbench.ui.views.PredictionsView.timeLeft(p.getExpectedAt().getTime() - now), 100 * p.getConfidence()));
            }
        }
        return lines.toString();
    }

    /** The anomaly marks changed: the badge and tooltip follow. */
    public void refreshMark() {
        refreshVisuals();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class key) {
        return key == EObject.class ? element() : super.getAdapter(key);
    }

    @Override
    public void activate() {
        super.activate();
        element().eAdapters().add(elementListener);
    }

    @Override
    public void deactivate() {
        element().eAdapters().remove(elementListener);
        super.deactivate();
    }
}
