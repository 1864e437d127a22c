package io.twinbench.ui.graph.figures;

import java.util.function.Supplier;

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
 * the element's name; an element with anomalies gets a red frame and a red badge with their
 * count. Painted directly rather than composed of child figures, which keeps thousands of
 * nodes cheap to create and draw.
 */
public final class ElementFigure extends Figure {

    private static final RGB ANOMALY = new RGB(200, 30, 30);

    private final Palette palette;
    private ElementKind kind;
    private String name = "";
    private String title = "";
    private Supplier<String> tooltip = () -> "";
    private int anomalies;
    private boolean dimmed;
    private boolean noted;
    private static final RGB NOTE = new RGB(250, 215, 70);

    public ElementFigure(Palette palette) {
        this.palette = palette;
        setOpaque(false);
    }

    /** tooltip is asked on hover, so it tells what the model holds then, not when the node was drawn. */
    public void show(ElementKind kind, String name, Supplier<String> tooltip, int anomalies) {
        show(kind, KindStyle.label(kind), name, tooltip, anomalies);
    }

    /** As above, with the small line above the name given (a process's pid and user). */
    public void show(ElementKind kind, String title, String name, Supplier<String> tooltip, int anomalies) {
        this.kind = kind;
        this.title = title == null ? "" : title;
        this.name = name == null ? "" : name;
        this.tooltip = tooltip;
        this.anomalies = anomalies;
        repaint();
    }

    /** Dimmed: drawn faint, because an answer is shown that does not include this node. */
    public void setDimmed(boolean dimmed) {
        if (this.dimmed != dimmed) {
            this.dimmed = dimmed;
            repaint();
        }
    }

    public boolean isDimmed() {
        return dimmed;
    }

    /** Noted: the analyst wrote a note or tags on the element; a yellow corner says so, apart from the captured data. */
    public void setNoted(boolean noted) {
        if (this.noted != noted) {
            this.noted = noted;
            repaint();
        }
    }

    public boolean isNoted() {
        return noted;
    }

    /** How many anomalies the node's badge counts (0: no badge). */
    public int anomalies() {
        return anomalies;
    }

    public ElementKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    /** Created on hover only: a tooltip figure per node would double the figure count. */
    @Override
    public IFigure getToolTip() {
        return new Label(tooltip.get());
    }

    @Override
    protected void paintFigure(Graphics g) {
        if (dimmed) {
            g.setAlpha(45);
        }
        Rectangle r = getBounds().getCopy().shrink(1, 1);
        RGB fill = KindStyle.fill(kind);
        g.setBackgroundColor(palette.color(fill));
        g.fillRoundRectangle(r, 10, 10);
        g.setForegroundColor(palette.darker(fill));
        g.drawRoundRectangle(r, 10, 10);
        g.setForegroundColor(KindStyle.isDark(kind) ? ColorConstants.white : ColorConstants.black);
        int textWidth = r.width - 12;
        g.drawText(fit(g, title, textWidth), r.x + 6, r.y + 3);
        g.drawText(fit(g, name, textWidth), r.x + 6, r.y + r.height / 2);
        if (anomalies > 0) {
            paintAnomalyBadge(g, r);
        }
        if (noted) {
            int size = 11;
            org.eclipse.draw2d.geometry.PointList corner = new org.eclipse.draw2d.geometry.PointList(new int[] {
                    r.right() - size - 2, r.bottom() - 2, r.right() - 2, r.bottom() - 2, r.right() - 2, r.bottom() - size - 2});
            g.setBackgroundColor(palette.color(NOTE));
            g.fillPolygon(corner);
            g.setForegroundColor(palette.darker(NOTE));
            g.drawPolygon(corner);
        }
    }

    private void paintAnomalyBadge(Graphics g, Rectangle r) {
        g.setForegroundColor(palette.color(ANOMALY));
        g.setLineWidth(3);
        g.drawRoundRectangle(r.getCopy().shrink(1, 1), 10, 10);
        g.setLineWidth(1);
        String count = anomalies > 99 ? "99+" : Integer.toString(anomalies);
        int width = Math.max(16, g.getFontMetrics().getAverageCharWidth() * count.length() + 8);
        int height = g.getFontMetrics().getHeight();
        Rectangle badge = new Rectangle(r.right() - width - 3, r.y + 3, width, height);
        g.setBackgroundColor(palette.color(ANOMALY));
        g.fillRoundRectangle(badge, height, height);
        g.setForegroundColor(ColorConstants.white);
        g.drawText(count, badge.x + (width - g.getFontMetrics().getAverageCharWidth() * count.length()) / 2, badge.y);
    }

    private static String fit(Graphics g, String text, int width) {
        if (g.getFontMetrics().getAverageCharWidth() * text.length() <= width) {
            return text;
        }
        int chars = Math.max(1, width / Math.max(1, g.getFontMetrics().getAverageCharWidth()) - 1);
        return chars >= text.length() ? text : text.substring(0, chars) + "…";
    }
}
