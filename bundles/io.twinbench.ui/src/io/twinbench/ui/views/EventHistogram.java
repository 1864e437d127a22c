package io.twinbench.ui.views;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * How many events fall in each span of the period, as bars (Kibana's histogram above the
 * documents). Dragging across it brushes a time range that every view of the twin zooms to; a
 * double-click goes back to the default period (the last hour).
 */
final class EventHistogram extends Canvas {

    private static final DateTimeFormatter AXIS = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final int AXIS_HEIGHT = 14;

    private long from;
    private long to;
    private long[] counts = new long[0];
    private long brushFrom = -1;
    private long brushTo = -1;
    private int dragStart = -1;
    private int dragNow = -1;
    private final BiConsumer<Long, Long> onBrush;

    /** onBrush gets the chosen range (from, to) in epoch ms, or (-1, -1) when cleared. */
    EventHistogram(Composite parent, BiConsumer<Long, Long> onBrush) {
        super(parent, SWT.DOUBLE_BUFFERED);
        this.onBrush = onBrush;
        setToolTipText("Events over the period. Drag across to zoom every view of this twin to a range; double-click for the last hour again.");
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                dragStart = e.x;
                dragNow = e.x;
            }
        });
        addListener(SWT.MouseMove, e -> {
            if (dragStart >= 0) {
                dragNow = e.x;
                redraw();
            }
        });
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.MouseDoubleClick, e -> onBrush.accept(-1L, -1L));
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(wHint == SWT.DEFAULT ? 200 : wHint, hHint == SWT.DEFAULT ? 56 : hHint);
    }

    /** New counts over from..to (after a brush, the brushed range itself). */
    void show(long newFrom, long newTo, long[] newCounts) {
        from = newFrom;
        to = newTo;
        counts = newCounts.clone();
        brushFrom = -1;
        brushTo = -1;
        redraw();
    }

    /** Brushes a range as a drag would (for tests and for ranges set by other views). */
    void brush(long rangeFrom, long rangeTo) {
        brushFrom = Math.max(from, Math.min(rangeFrom, rangeTo));
        brushTo = Math.min(to, Math.max(rangeFrom, rangeTo));
        redraw();
        onBrush.accept(brushFrom, brushTo);
    }

    long[] counts() {
        return counts.clone();
    }

    private void mouseUp(Event e) {
        if (dragStart < 0) {
            return;
        }
        int start = dragStart;
        dragStart = -1;
        if (Math.abs(e.x - start) < 4 || to <= from) {
            redraw();
            return;
        }
        brush(timeAt(start), timeAt(e.x));
    }

    private long timeAt(int x) {
        Rectangle area = getClientArea();
        double share = Math.max(0, Math.min(1, (double) x / Math.max(1, area.width)));
        return from + Math.round(share * (to - from));
    }

    private int xOf(long time) {
        Rectangle area = getClientArea();
        return (int) Math.round((double) (time - from) / Math.max(1, to - from) * area.width);
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        int plot = Math.max(1, area.height - AXIS_HEIGHT);
        long max = 1;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        if (brushFrom >= 0) {
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
            gc.fillRectangle(xOf(brushFrom), 0, Math.max(2, xOf(brushTo) - xOf(brushFrom)), plot);
        }
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            int x0 = i * area.width / counts.length;
            int x1 = (i + 1) * area.width / counts.length;
            int h = (int) Math.max(1, Math.round((double) counts[i] / max * (plot - 2)));
            gc.fillRectangle(x0, plot - h, Math.max(1, x1 - x0 - 1), h);
        }
        if (dragStart >= 0) {
            gc.setAlpha(80);
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
            gc.fillRectangle(Math.min(dragStart, dragNow), 0, Math.abs(dragNow - dragStart), plot);
            gc.setAlpha(255);
        }
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        gc.drawLine(0, plot, area.width, plot);
        if (to > from) {
            String left = AXIS.format(Instant.ofEpochMilli(from));
            String right = AXIS.format(Instant.ofEpochMilli(to));
            String peak = "max " + max + " per " + spanText((to - from) / Math.max(1, counts.length));
            gc.drawText(left, 2, plot + 1, true);
            gc.drawText(right, area.width - gc.textExtent(right).x - 2, plot + 1, true);
            gc.drawText(peak, (area.width - gc.textExtent(peak).x) / 2, plot + 1, true);
        }
    }

    private static String spanText(long millis) {
        long seconds = Math.max(1, millis / 1000);
        return seconds < 120 ? seconds + " s" : seconds < 7200 ? seconds / 60 + " min" : seconds < 172_800 ? seconds / 3600 + " h" : seconds / 86_400 + " d";
    }
}
