package io.twinbench.ui.graph.figures;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.RGB;

import io.twinbench.model.twin.ElementKind;

/**
 * A node of the twin graph: a rounded box in its kind's colour, the kind in small type above
 * the element's name. Painted directly rather than composed of child figures, which keeps
 * thousands of nodes cheap to create and draw.
 */
public final class ElementFigure extends Figure {

    private final Palette palette;
    private ElementKind kind;
    private String name = "";
    private String tooltip = "";

    public ElementFigure(Palette palette) {
        this.palette = palette;
        setOpaque(false);
    }

    public void show(ElementKind kind, String name, String tooltip) {
        this.kind = kind;
        this.name = name == null ? "" : name;
        this.tooltip = tooltip;
        repaint();
    }

    public ElementKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** Created on hover only: a tooltip figure per node would double the figure count. */
    @Override
    public IFigure getToolTip() {
        return new Label(tooltip);
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds().getCopy().shrink(1, 1);
        RGB fill = KindStyle.fill(kind);
        g.setBackgroundColor(palette.color(fill));
        g.fillRoundRectangle(r, 10, 10);
        g.setForegroundColor(palette.darker(fill));
        g.drawRoundRectangle(r, 10, 10);
        g.setForegroundColor(KindStyle.isDark(kind) ? ColorConstants.white : ColorConstants.black);
        int textWidth = r.width - 12;
        g.drawText(fit(g, KindStyle.label(kind), textWidth), r.x + 6, r.y + 3);
        g.drawText(fit(g, name, textWidth), r.x + 6, r.y + r.height / 2);
    }

    private static String fit(Graphics g, String text, int width) {
        if (g.getFontMetrics().getAverageCharWidth() * text.length() <= width) {
            return text;
        }
        int chars = Math.max(1, width / Math.max(1, g.getFontMetrics().getAverageCharWidth()) - 1);
        return chars >= text.length() ? text : text.substring(0, chars) + "…";
    }
}
