package io.twinbench.ui.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import io.twinbench.cases.Annotation;
import io.twinbench.cases.Density;
import io.twinbench.cases.Lane;
import io.twinbench.cases.Sources;

/**
 * The timeline's picture: the whole case's density on top with the visible window marked, a time
 * axis, then one lane per endpoint, source and side (live above twin) with the events of the
 * visible range, bookmarks as coloured bands. Wheel zooms around the pointer, dragging pans,
 * shift-dragging selects a range, double-click zooms in, a click on the overview moves there.
 */
final class TimelineCanvas {

    interface Listener {
        void viewChanged(long from, long to);

        void rangeSelected(long from, long to);
    }

    static final int OVERVIEW = 34;
    static final int AXIS = 20;
    static final int LANE = 22;
    static final int LABEL = 210;
    static final long NARROWEST = 10;

    private final Canvas canvas;
    private final Listener listener;
    private final Map<String, Color> colours = new HashMap<>();
    private List<Lane> lanes = List.of();
    private Density overview;
    private Density view;
    private List<Annotation> annotations = List.of();
    private long caseFrom;
    private long caseTo = 1;
    private long from;
    private long to = 1;
    private long selectFrom = -1;
    private long selectTo = -1;
    private int dragX = -1;
    private boolean selecting;
    private long dragFrom;

    TimelineCanvas(Composite parent, Listener listener) {
        this.canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.listener = listener;
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.MouseDown, this::down);
        canvas.addListener(SWT.MouseMove, this::move);
        canvas.addListener(SWT.MouseUp, this::up);
        canvas.addListener(SWT.MouseDoubleClick, e -> {
            if (e.x > LABEL && e.y > OVERVIEW) {
                zoom(timeAt(e.x), 0.25);
            }
        });
        canvas.addListener(SWT.Dispose, e -> colours.values().forEach(Color::dispose));
        canvas.setToolTipText("Wheel: zoom · drag: pan · shift-drag: select a range · double-click: zoom in · click the overview: go there");
    }

    Canvas control() {
        return canvas;
    }

    int width() {
        return Math.max(100, canvas.getClientArea().width - LABEL);
    }

    int preferredHeight() {
        return OVERVIEW + AXIS + Math.max(3, lanes.size()) * LANE + 6;
    }

    void setCase(long first, long last, List<Lane> caseLanes) {
        caseFrom = first;
        caseTo = Math.max(first + 1, last);
        lanes = List.copyOf(caseLanes);
        from = caseFrom;
        to = caseTo;
        overview = null;
        view = null;
        selectFrom = selectTo = -1;
        canvas.redraw();
    }

    void setOverview(Density density) {
        overview = density;
        canvas.redraw();
    }

    void setView(Density density) {
        if (density.from() == from && density.to() == to) {
            view = density;
            canvas.redraw();
        }
    }

    void setAnnotations(List<Annotation> all) {
        annotations = List.copyOf(all);
        canvas.redraw();
    }

    long from() {
        return from;
    }

    long to() {
        return to;
    }

    /** Shows [a, b), never narrower than ten microseconds nor much wider than the case. */
    void show(long a, long b) {
        long span = Math.max(NARROWEST, b - a);
        long widest = (caseTo - caseFrom) * 2 + 1_000_000L;
        if (span > widest) {
            long mid = a + (b - a) / 2;
            a = mid - widest / 2;
            span = widest;
        }
        from = a;
        to = a + span;
        canvas.redraw();
        listener.viewChanged(from, to);
    }

    void select(long a, long b) {
        selectFrom = a;
        selectTo = b;
        canvas.redraw();
    }

    void clearSelection() {
        select(-1, -1);
    }

    private void zoom(long around, double factor) {
        long a = around - (long) ((around - from) * factor);
        long b = around + (long) ((to - around) * factor);
        show(a, b);
    }

    private void wheel(Event e) {
        if (e.x > LABEL) {
            zoom(timeAt(e.x), e.count > 0 ? 0.7 : 1 / 0.7);
        }
    }

    private void down(Event e) {
        if (e.button != 1) {
            return;
        }
        if (e.y < OVERVIEW) {
            long centre = caseFrom + (long) ((e.x - LABEL) / (double) width() * (caseTo - caseFrom));
            long half = (to - from) / 2;
            show(centre - half, centre + half);
            return;
        }
        if (e.x <= LABEL) {
            return;
        }
        dragX = e.x;
        dragFrom = from;
        selecting = (e.stateMask & SWT.SHIFT) != 0;
        if (selecting) {
            select(timeAt(e.x), timeAt(e.x));
        }
    }

    private void move(Event e) {
        if (dragX < 0) {
            return;
        }
        if (selecting) {
            long a = timeAt(Math.min(dragX, e.x));
            long b = timeAt(Math.max(dragX, e.x));
            select(a, b);
            return;
        }
        long shift = (long) ((dragX - e.x) / (double) width() * (to - from));
        long span = to - from;
        from = dragFrom + shift;
        to = from + span;
        canvas.redraw();
    }

    private void up(Event e) {
        if (dragX < 0) {
            return;
        }
        boolean wasSelecting = selecting;
        dragX = -1;
        selecting = false;
        if (wasSelecting) {
            if (selectTo > selectFrom) {
                listener.rangeSelected(selectFrom, selectTo);
            }
        } else {
            listener.viewChanged(from, to);
        }
    }

    private long timeAt(int x) {
        return from + (long) ((x - LABEL) / (double) width() * (to - from));
    }

    private int xOf(long micros, long a, long b) {
        return LABEL + (int) Math.round((micros - a) / (double) Math.max(1, b - a) * width());
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        if (lanes.isEmpty()) {
            gc.drawString("Open a case in the Cases view: its events show here on one time axis, one lane per endpoint and source.", 12, 12, true);
            return;
        }
        // bars and bands stay right of the lane labels, whatever range their counts came from
        gc.setClipping(LABEL, 0, Math.max(0, area.width - LABEL), area.height);
        paintOverview(gc);
        paintAxis(gc);
        paintAnnotations(gc, area);
        gc.setClipping((Rectangle) null);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        gc.drawString("whole case", 6, 4, true);
        gc.drawString(TimeText.span(caseTo - caseFrom), 6, 18, true);
        gc.drawString(TimeText.span(to - from) + " in view", 6, OVERVIEW + 3, true);
        int y = OVERVIEW + AXIS;
        for (Lane lane : lanes) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawString(clip(gc, lane.label(), LABEL - 10), 6, y + 3, true);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
            gc.drawLine(LABEL, y + LANE - 1, area.width, y + LANE - 1);
            if (view != null) {
                gc.setClipping(LABEL, y, Math.max(0, area.width - LABEL), LANE);
                bars(gc, view.of(lane), view.from(), view.to(), from, to, y + 2, LANE - 4, colour(lane.source(), lane.side()), peak(view));
                gc.setClipping((Rectangle) null);
            }
            y += LANE;
        }
        if (selectTo > selectFrom) {
            int a = xOf(selectFrom, from, to);
            int b = Math.max(a + 1, xOf(selectTo, from, to));
            gc.setAlpha(60);
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.fillRectangle(a, OVERVIEW, b - a, y - OVERVIEW);
            gc.setAlpha(255);
        }
    }

    private void paintOverview(GC gc) {
        if (overview != null) {
            long[] total = new long[overview.buckets()];
            overview.counts().values().forEach(c -> {
                for (int i = 0; i < total.length; i++) {
                    total[i] += c[i];
                }
            });
            long max = java.util.Arrays.stream(total).max().orElse(1);
            bars(gc, total, overview.from(), overview.to(), caseFrom, caseTo, 3, OVERVIEW - 6, colour("overview", ""), max);
        }
        int a = LABEL + (int) ((from - caseFrom) / (double) (caseTo - caseFrom) * width());
        int b = LABEL + (int) ((to - caseFrom) / (double) (caseTo - caseFrom) * width());
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
        gc.setLineWidth(2);
        gc.drawRectangle(Math.max(LABEL, a), 1, Math.max(2, Math.min(b, LABEL + width()) - Math.max(LABEL, a)), OVERVIEW - 3);
        gc.setLineWidth(1);
    }

    private void paintAxis(GC gc) {
        long span = to - from;
        long step = 1;
        while (span / step > Math.max(2, width() / 130)) {
            step = nextStep(step);
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        long first = Math.floorDiv(from, step) * step;
        for (long t = first; t < to; t += step) {
            if (t < from) {
                continue;
            }
            int x = xOf(t, from, to);
            gc.drawLine(x, OVERVIEW + AXIS - 5, x, OVERVIEW + AXIS);
            gc.drawString(TimeText.tick(t, step), x + 2, OVERVIEW + 2, true);
        }
    }

    /** 1, 2, 5, 10, 20, 50 … microseconds, then whole minutes, hours, days. */
    private static long nextStep(long step) {
        long[] units = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000,
                5_000_000, 10_000_000, 30_000_000, 60_000_000, 120_000_000, 300_000_000, 600_000_000, 1_800_000_000L, 3_600_000_000L, 7_200_000_000L,
                21_600_000_000L, 43_200_000_000L, 86_400_000_000L};
        for (long u : units) {
            if (u > step) {
                return u;
            }
        }
        return step * 2;
    }

    private void paintAnnotations(GC gc, Rectangle area) {
        int top = OVERVIEW + AXIS;
        int height = lanes.size() * LANE;
        for (Annotation a : annotations) {
            if (a.to() < from || a.from() > to) {
                continue;
            }
            int x1 = Math.max(LABEL, xOf(a.from(), from, to));
            int x2 = Math.min(area.width, Math.max(x1 + 2, xOf(a.to(), from, to)));
            Color c = colour("#" + a.colour(), "");  // "##rrggbb": a bookmark's own colour
            gc.setBackground(c);
            gc.setAlpha(a.onEvent() ? 200 : 50);
            gc.fillRectangle(x1, top, x2 - x1, height);
            gc.setAlpha(255);
        }
    }

    /** counts over [a, b) drawn on an axis that spans [axisFrom, axisTo). */
    private void bars(GC gc, long[] counts, long a, long b, long axisFrom, long axisTo, int top, int height, Color colour, long max) {
        gc.setBackground(colour);
        double log = Math.log1p(Math.max(1, max));
        int n = counts.length;
        for (int i = 0; i < n; i++) {
            if (counts[i] == 0) {
                continue;
            }
            long t = a + (long) ((b - a) * (i / (double) n));
            long t2 = a + (long) ((b - a) * ((i + 1) / (double) n));
            int x = xOf(t, axisFrom, axisTo);
            int x2 = xOf(t2, axisFrom, axisTo);
            int h = Math.max(2, (int) Math.round(Math.log1p(counts[i]) / log * height));
            gc.fillRectangle(x, top + height - h, Math.max(1, x2 - x), h);
        }
    }

    private long peak(Density d) {
        long max = 1;
        for (long[] c : d.counts().values()) {
            for (long v : c) {
                max = Math.max(max, v);
            }
        }
        return max;
    }

    /** A colour per source; the twin's lanes a shade lighter so the two sides read apart. */
    private Color colour(String source, String side) {
        return colours.computeIfAbsent(source + "/" + side, k -> {
            RGB rgb;
            if (source.startsWith("##")) {
                rgb = new RGB(Integer.parseInt(source.substring(2, 4), 16), Integer.parseInt(source.substring(4, 6), 16),
                        Integer.parseInt(source.substring(6, 8), 16));
            } else {
                rgb = switch (source) {
                    case Sources.SYSCALL -> new RGB(52, 101, 164);
                    case Sources.PACKET -> new RGB(78, 154, 6);
                    case Sources.HTTP -> new RGB(32, 150, 150);
                    case Sources.DIVERGENCE -> new RGB(204, 0, 0);
                    case Sources.EVENT -> new RGB(117, 80, 123);
                    case Sources.ANOMALY -> new RGB(245, 121, 0);
                    case Sources.PREDICTION -> new RGB(196, 160, 0);
                    case Sources.CHANGE, Sources.SNAPSHOT -> new RGB(143, 89, 2);
                    case "overview" -> new RGB(110, 110, 110);
                    default -> new RGB(85, 87, 83);
                };
                if ("twin".equals(side)) {
                    rgb = new RGB((rgb.red + 255) / 2, (rgb.green + 255) / 2, (rgb.blue + 255) / 2);
                }
            }
            return new Color(canvas.getDisplay(), rgb);
        });
    }

    private static String clip(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 3 && gc.textExtent(t + "…").x > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

}
