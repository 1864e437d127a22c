package io.twinbench.ui.graph.figures;

import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.swt.SWT;

import io.twinbench.model.twin.DependencyType;

/** An edge of the twin graph, coloured and dashed by its type, pointing at what is depended on. */
public final class DependencyFigure extends PolylineConnection {

    public DependencyFigure(Palette palette, DependencyType type) {
        setForegroundColor(palette.color(KindStyle.edge(type)));
        if (KindStyle.isDashed(type)) {
            setLineStyle(SWT.LINE_DASH);
        }
        PolygonDecoration arrow = new PolygonDecoration();
        arrow.setScale(7, 3);
        setTargetDecoration(arrow);
    }
}
