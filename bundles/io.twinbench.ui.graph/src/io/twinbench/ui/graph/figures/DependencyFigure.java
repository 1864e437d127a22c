package io.twinbench.ui.graph.figures;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;

import io.twinbench.model.twin.DependencyType;

/**
 * An edge of the twin graph, coloured and dashed by its type, with an arrowhead at what is
 * depended on. The arrowhead is painted here rather than as a decoration figure: at 20,000
 * edges a child figure per edge doubles the cost of building the diagram.
 */
public final class DependencyFigure extends PolylineConnection {

    private static final int ARROW_LENGTH = 8;
    private static final int ARROW_HALF_WIDTH = 3;
    private int alpha = 255;
    private boolean dimmed;
    private boolean emphasized;

    public DependencyFigure(Palette palette, DependencyType type) {
        setForegroundColor(palette.color(KindStyle.edge(type)));
        if (KindStyle.isDashed(type)) {
            setLineStyle(SWT.LINE_DASH);
        }
    }

    /** In a dense graph edges recede so nodes stay visible; fewer edges are drawn at full strength. */
    public static int alphaFor(int edgeCount) {
        return Math.max(40, Math.min(255, 255 * 400 / Math.max(1, edgeCount)));
    }

    public void setAlpha(int alpha) {
        if (this.alpha != alpha) {
            this.alpha = alpha;
            repaint();
        }
    }

    /** Edges of a selected node are drawn at full strength, however dense the graph. */
    public void setEmphasized(boolean emphasized) {
        if (this.emphasized != emphasized) {
            this.emphasized = emphasized;
            repaint();
        }
    }

    /** Dimmed edges are drawn faint, under an answer that does not include them. */
    public void setDimmed(boolean dimmed) {
        if (this.dimmed != dimmed) {
            this.dimmed = dimmed;
            repaint();
        }
    }

    public boolean isDimmed() {
        return dimmed;
    }

    public boolean isEmphasized() {
        return emphasized;
    }

    @Override
    public void paintFigure(Graphics g) {
        int strength = emphasized ? 255 : dimmed ? Math.min(alpha, 25) : alpha;
        if (strength < 255) {
            g.setAlpha(strength);
        }
        super.paintFigure(g);
    }

    @Override
    public Rectangle getBounds() {
        if (bounds == null) {
            super.getBounds();
            bounds.expand(ARROW_LENGTH, ARROW_LENGTH);
        }
        return bounds;
    }

    @Override
    protected void outlineShape(Graphics g) {
        super.outlineShape(g);
        PointList points = getPoints();
        if (points.size() < 2) {
            return;
        }
        Point tip = points.getLastPoint();
        Point from = points.getPoint(points.size() - 2);
        double dx = tip.x - from.x;
        double dy = tip.y - from.y;
        double length = Math.hypot(dx, dy);
        if (length < 1) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        int baseX = (int) Math.round(tip.x - ux * ARROW_LENGTH);
        int baseY = (int) Math.round(tip.y - uy * ARROW_LENGTH);
        int offX = (int) Math.round(-uy * ARROW_HALF_WIDTH);
        int offY = (int) Math.round(ux * ARROW_HALF_WIDTH);
        g.setLineStyle(SWT.LINE_SOLID);
        g.setBackgroundColor(getForegroundColor());
        g.fillPolygon(new int[] {tip.x, tip.y, baseX + offX, baseY + offY, baseX - offX, baseY - offY});
    }
}
