package io.twinbench.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import io.twinbench.ingest.host.MetricReading;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.TelemetrySeriesRef;
import io.twinbench.model.twin.Twin;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.StoredAnomaly;
import io.twinbench.store.TwinStore;
import io.twinbench.store.TwinSummary;
import io.twinbench.ui.session.TwinWorkspace;
import io.twinbench.ui.session.TwinWorkspaceListener;
import io.twinbench.ui.views.UiThread;

/**
 * Live charts of the selected element's telemetry; for an element without series (or no
 * selection) the charts of its whole twin. History comes from the store, new samples as
 * they arrive; anomalies the collector's detector stored are red dots on their series.
 */
public final class TelemetryChartView extends ViewPart {

    public static final String ID = "io.twinbench.ui.charts.telemetry";
    private static final int MAX_MARKERS = 10_000;
    /** The least height a chart keeps: more series than fit are left out, the title says how many. */
    private static final int CHART_HEIGHT = 150;
    private static final java.util.Set<String> HEADLINE = java.util.Set.of("cpu.load", "memory.used");

    private TwinWorkspace workspace;
    private Label title;
    private Canvas canvas;
    private Image image;
    private final List<SeriesWindow> windows = new ArrayList<>();
    private final Map<SeriesKey, SeriesWindow> byKey = new ConcurrentHashMap<>();
    private String shownTwinId;
    private boolean showingWholeTwin;
    private long lastRender;
    private String shownLabel;
    private String shownElementId;
    private List<TelemetrySeriesRef> shownRefs;
    private long lastReload;
    /** Set when the selected element has no series of its own and the charts are its twin's: the twin's name. */
    private String borrowedFrom;
    private io.twinbench.ui.session.TimeRange range = io.twinbench.ui.session.TimeRange.DEFAULT;
    private io.twinbench.ui.views.TimeRangeCombo period;
    private final Map<String, List<SeriesKey>> picked = new ConcurrentHashMap<>();
    private List<SeriesKey> available = List.of();
    private org.knowm.xchart.XYChart firstChart;
    private int dragStart = -1;
    private int dragNow = -1;
    private org.eclipse.swt.widgets.Button pause;
    private int waiting;

    private final ISelectionListener selectionListener = this::selectionChanged;
    private final TwinWorkspaceListener listener = new TwinWorkspaceListener() {
        @Override
        public void telemetryArrived(List<MetricReading> readings) {
            UiThread.async(canvas, () -> addReadings(readings));
        }

        @Override
        public void telemetryCommitted(String twinId) {
            if (twinId.equals(shownTwinId)) {
                UiThread.async(canvas, TelemetryChartView.this::reloadShown);
            }
        }

        @Override
        public void anomaliesFound(String twinId) {
            if (twinId.equals(shownTwinId)) {
                UiThread.async(canvas, () -> {
                    if (pause.getSelection()) {
                        held();
                    } else {
                        showTwinSeries(shownTwinId, shownLabel, shownRefs, shownElementId, borrowedFrom);
                    }
                });
            }
        }

        @Override
        public void fleetChanged(List<TwinSummary> twins) {
            if (shownTwinId == null) {
                UiThread.async(canvas, TelemetryChartView.this::showLocalTwin);
            }
        }

        @Override
        public void timeRangeChanged(String twinId, io.twinbench.ui.session.TimeRange changed) {
            if (twinId.equals(shownTwinId)) {
                UiThread.async(canvas, () -> showTwinSeries(shownTwinId, shownLabel, shownRefs, shownElementId, borrowedFrom));
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        workspace = getSite().getService(TwinWorkspace.class);
        parent.setLayout(new GridLayout(1, false));
        // the title on a line of its own and the controls in a bar that wraps: in a narrow view a
        // title squeezed beside them wrapped into so many lines that the charts had no height left
        title = new Label(parent, SWT.WRAP);
        title.setLayoutData(io.twinbench.ui.views.WrappingLayout.cell());
        title.setText("Select an element of a twin to chart its telemetry.");
        Composite header = io.twinbench.ui.views.WrappingLayout.bar(parent);
        period = new io.twinbench.ui.views.TimeRangeCombo(header, chosen -> {
            if (shownTwinId != null) {
                workspace.setTimeRange(shownTwinId, chosen);
            }
        });
        pause = new org.eclipse.swt.widgets.Button(header, SWT.TOGGLE);
        pause.setText("Pause");
        pause.setToolTipText("Hold the charts still while you read them; new samples wait until you resume");
        pause.addListener(SWT.Selection, e -> setPaused(pause.getSelection()));
        org.eclipse.swt.widgets.Button series = new org.eclipse.swt.widgets.Button(header, SWT.PUSH);
        series.setText("Series…");
        series.setToolTipText("Choose which of the twin's series to chart");
        series.addListener(SWT.Selection, e -> pickSeries());
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.setToolTipText("Drag across a chart to zoom every view of this twin to that range; double-click for the last hour, live");
        canvas.addListener(SWT.Paint, e -> {
            if (image != null) {
                e.gc.drawImage(image, 0, 0);
            }
            if (dragStart >= 0) {
                e.gc.setAlpha(70);
                e.gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
                e.gc.fillRectangle(Math.min(dragStart, dragNow), 0, Math.abs(dragNow - dragStart), canvas.getClientArea().height);
                e.gc.setAlpha(255);
            }
        });
        canvas.addListener(SWT.Resize, e -> redraw());
        canvas.addListener(SWT.MouseDown, e -> {
            if (e.button == 1 && firstChart != null) {
                dragStart = e.x;
                dragNow = e.x;
            }
        });
        canvas.addListener(SWT.MouseMove, e -> {
            if (dragStart >= 0) {
                dragNow = e.x;
                canvas.redraw();
            }
        });
        canvas.addListener(SWT.MouseUp, e -> {
            int start = dragStart;
            dragStart = -1;
            if (start >= 0 && Math.abs(e.x - start) >= 4) {
                zoomTo(start, e.x);
            }
            canvas.redraw();
        });
        canvas.addListener(SWT.MouseDoubleClick, e -> {
            if (shownTwinId != null) {
                workspace.setTimeRange(shownTwinId, io.twinbench.ui.session.TimeRange.DEFAULT);
            }
        });
        getSite().getPage().addPostSelectionListener(selectionListener);
        workspace.addListener(listener);
        showLocalTwin();
    }

    /** The pixels from x1 to x2 of the charts, as a time range for every view of the twin. */
    private void zoomTo(int x1, int x2) {
        if (firstChart == null || shownTwinId == null) {
            return;
        }
        long now = System.currentTimeMillis();
        long shownFrom = range.isLive() && range.span() == null ? Long.MIN_VALUE : range.from(now);
        long shownTo = range.to(now);
        // the plot's edges are inside the image: a drag beyond them means the edge, not a time off the axis
        long from = Math.max(shownFrom, (long) firstChart.getChartXFromCoordinate(Math.min(x1, x2)));
        long to = Math.min(shownTo, (long) firstChart.getChartXFromCoordinate(Math.max(x1, x2)));
        if (to > from) {
            workspace.setTimeRange(shownTwinId, io.twinbench.ui.session.TimeRange.between(from, to));
        }
    }

    /** Zooms as a drag across the given shares of the charts' width would (for tests). */
    public void brush(double fromShare, double toShare) {
        int width = canvas.getClientArea().width;
        zoomTo((int) (fromShare * width), (int) (toShare * width));
    }

    /** Charts a twin's series, as selecting it in the Fleet view does. */
    public void showTwin(String twinId, String name) {
        showTwinSeries(twinId, name, null, null, null);
    }

    /** Lets the analyst choose the twin's series to chart, those charted now ticked. */
    private void pickSeries() {
        if (shownTwinId == null || available.isEmpty()) {
            return;
        }
        org.eclipse.ui.dialogs.ListSelectionDialog dialog = org.eclipse.ui.dialogs.ListSelectionDialog.of(available)
                .contentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance())
                .labelProvider(org.eclipse.jface.viewers.LabelProvider.createTextProvider(k -> ((SeriesKey) k).elementId() + " · " + ((SeriesKey) k).metric()))
                .message("Series of " + shownLabel + " to chart:").title("Telemetry series").preselect(chartedSeries().toArray()).create(getSite().getShell());
        if (dialog.open() == org.eclipse.jface.window.Window.OK) {
            choose(java.util.Arrays.stream(dialog.getResult()).map(SeriesKey.class::cast).toList());
        }
    }

    /** Charts these series of the shown twin, in this order (an empty list goes back to the automatic choice). */
    public void choose(List<SeriesKey> series) {
        if (shownTwinId == null) {
            return;
        }
        if (series.isEmpty()) {
            picked.remove(shownTwinId);
        } else {
            picked.put(shownTwinId, List.copyOf(series));
        }
        showTwinSeries(shownTwinId, shownLabel, shownRefs, shownElementId, borrowedFrom);
    }

    /** Holds the charts still (new samples are counted, not drawn), or catches up with what arrived meanwhile. */
    public void setPaused(boolean paused) {
        pause.setSelection(paused);
        if (paused) {
            pause.setText("Paused");
        } else {
            pause.setText("Pause");
            waiting = 0;
            if (shownTwinId != null) {
                showTwinSeries(shownTwinId, shownLabel, shownRefs, shownElementId, borrowedFrom);
            }
        }
        pause.getParent().layout();
    }

    private void held() {
        waiting++;
        pause.setText("Paused: " + waiting + " waiting");
        pause.getParent().layout();
    }

    /** The title line, for tests. */
    public String title() {
        return title.getText();
    }

    /** New samples; a series of the shown twin that appears only now gets its own chart. */
    private void addReadings(List<MetricReading> readings) {
        if (pause.getSelection()) {
            held();
            return;
        }
        if (!range.isLive() || picked.containsKey(String.valueOf(shownTwinId))) {
            return; // a fixed range holds still; a chosen set of series gets no newcomers
        }
        boolean relevant = false;
        for (MetricReading r : readings) {
            SeriesWindow window = byKey.get(r.key());
            if (window == null && showingWholeTwin && r.key().twinId().equals(shownTwinId)) {
                window = new SeriesWindow(r.key(), r.unit(), spanMillis());
                windows.add(window);
                windows.sort(java.util.Comparator.comparing(w -> w.key().asString()));
                byKey.put(r.key(), window);
            }
            if (window != null) {
                window.addAll(List.of(r.sample()));
                relevant = true;
            }
        }
        if (relevant) {
            redraw();
        }
    }

    /** An agent committed samples of the shown twin: read the window again, at most once a second. */
    private void reloadShown() {
        if (pause.getSelection()) {
            held();
            return;
        }
        long now = System.currentTimeMillis();
        if (shownTwinId != null && now - lastReload >= 1000) {
            showTwinSeries(shownTwinId, shownLabel, shownRefs, shownElementId, borrowedFrom);
        }
    }

    /** How much a live window keeps: the range's span (everything: no limit). */
    private long spanMillis() {
        return range.span() == null ? Long.MAX_VALUE / 4 : range.span().toMillis();
    }

    private void showLocalTwin() {
        workspace.localTwinId().ifPresent(id -> {
            if (shownTwinId == null) {
                showTwinSeries(id, "this machine", null, null, null);
            }
        });
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return;
        }
        Object first = structured.getFirstElement();
        EObject model = first instanceof EObject e ? e : first instanceof IAdaptable a ? a.getAdapter(EObject.class) : null;
        if (model instanceof Element element && element.getTwin() != null) {
            showTwinSeries(element.getTwin().getId(), element.getName(), seriesOf(element.getTwin(), element), element.getId(),
                    element.getTwin().getName());
        } else if (model instanceof Twin twin) {
            showTwinSeries(twin.getId(), twin.getName(), null, null, null);
        } else if (first instanceof TwinSummary summary) {
            showTwinSeries(summary.id(), summary.name(), null, null, null);
        }
    }

    private static List<TelemetrySeriesRef> seriesOf(Twin twin, Element element) {
        List<TelemetrySeriesRef> own = twin.getSeries().stream().filter(s -> s.getElement() == element).toList();
        return own.isEmpty() ? null : own;
    }

    /**
     * Shows the given series; when refs is null, the series the store has for the element (an
     * agent's twin names them in the store, not in the model), or for the whole twin when the
     * element has none (the title then says so: twinName is whose they are) or none is given.
     * The analyst's choice of series for the twin, if any, comes first. Over the twin's range.
     */
    private void showTwinSeries(String twinId, String label, List<TelemetrySeriesRef> refs, String elementId, String twinName) {
        shownTwinId = twinId;
        shownLabel = label;
        shownRefs = refs;
        shownElementId = elementId;
        lastReload = System.currentTimeMillis();
        // series of the whole twin that appear later (a new disk, the first samples) get their chart as they arrive
        showingWholeTwin = refs == null && elementId == null;
        range = workspace.timeRange(twinId);
        period.show(range);
        List<SeriesKey> chosen = picked.get(twinId);
        io.twinbench.ui.session.TimeRange shownRange = range;
        Job load = Job.create("Loading telemetry of " + label, monitor -> {
            TwinStore store = workspace.store().orElse(null);
            if (store == null) {
                return Status.OK_STATUS;
            }
            Map<SeriesKey, String> all = store.telemetry().unitsOf(twinId);
            Map<SeriesKey, String> units = new java.util.LinkedHashMap<>();
            boolean own = true;
            if (chosen != null) {
                chosen.forEach(k -> units.put(k, all.getOrDefault(k, "")));
            } else if (refs == null) {
                all.forEach((key, unit) -> {
                    if (key.elementId().equals(elementId)) {
                        units.put(key, unit);
                    }
                });
                if (units.isEmpty()) {
                    own = elementId == null;
                    units.putAll(all);
                }
            } else {
                refs.forEach(r -> units.put(SeriesKey.parse(r.getSeriesKey()), r.getUnit()));
            }
            List<SeriesWindow> loaded = new ArrayList<>();
            long now = System.currentTimeMillis();
            long from = shownRange.from(now);
            long to = shownRange.to(now);
            long span = shownRange.isLive() ? (shownRange.span() == null ? Long.MAX_VALUE / 4 : shownRange.span().toMillis()) : to - from;
            List<StoredAnomaly> anomalies = store.anomalies().find(twinId, from, to, MAX_MARKERS);
            units.forEach((key, unit) -> {
                SeriesWindow window = new SeriesWindow(key, unit, span);
                window.addAll(store.telemetry().history(key, from, to));
                window.setAnomalies(anomalies);
                loaded.add(window);
            });
            if (chosen == null) {
                // what has anomalies first, then the host's load, so the charts that fit say the most
                loaded.sort(java.util.Comparator.comparingInt((SeriesWindow w) -> -w.anomalies().size())
                        .thenComparingInt(w -> HEADLINE.contains(w.metric()) ? 0 : 1).thenComparing(w -> w.key().asString()));
            }
            List<SeriesKey> everything = all.keySet().stream().sorted(java.util.Comparator.comparing(SeriesKey::asString)).toList();
            String borrowed = own ? null : twinName == null ? twinId : twinName;
            UiThread.async(canvas, () -> {
                if (twinId.equals(shownTwinId)) {
                    available = everything;
                    borrowedFrom = borrowed;
                    show(label, loaded);
                }
            });
            return Status.OK_STATUS;
        });
        load.setSystem(true);
        load.schedule();
    }

    private void show(String label, List<SeriesWindow> loaded) {
        windows.clear();
        byKey.clear();
        windows.addAll(loaded);
        loaded.forEach(w -> byKey.put(w.key(), w));
        shownLabel = label;
        lastRender = 0;
        updateTitle(chartedCount(canvas.getClientArea().height));
        redraw();
    }

    /** How many charts fit into this height, each at least CHART_HEIGHT tall. */
    private int chartedCount(int height) {
        return Math.min(windows.size(), Math.max(1, height / CHART_HEIGHT));
    }

    /** Says whose series are charted, over what time, and how many are left out; never passes a twin's series off as an element's. */
    private void updateTitle(int charted) {
        String when = range.label() + (range.isLive() ? ", live" : "");
        String whose = borrowedFrom == null ? "Telemetry of " + shownLabel
                : shownLabel + " has no series of its own; showing those of its endpoint, " + borrowedFrom;
        String text = windows.isEmpty() ? "No telemetry recorded for " + shownLabel + " (" + when + ")."
                : whose + " (" + when + ")" + (charted < windows.size()
                        ? ": " + charted + " of " + windows.size() + " series, those with anomalies first; Series… chooses" : "");
        if (!text.equals(title.getText())) {
            title.setText(text);
            title.getParent().layout();
        }
    }

    private void redraw() {
        Rectangle area = canvas.getClientArea();
        if (area.width < 50 || area.height < 50) {
            return;
        }
        long now = System.currentTimeMillis();
        if (now - lastRender < 250 && image != null) {
            return;
        }
        lastRender = now;
        int charted = chartedCount(area.height);
        updateTitle(charted);
        ImageData data = windows.isEmpty() ? null : renderStacked(area.width, area.height, charted);
        if (image != null) {
            image.dispose();
            image = null;
        }
        if (data != null) {
            image = new Image(canvas.getDisplay(), data);
        }
        canvas.redraw();
    }

    private ImageData renderStacked(int width, int height, int charted) {
        int each = height / charted;
        ImageData whole = new ImageData(width, each * charted, 24, new org.eclipse.swt.graphics.PaletteData(0xFF0000, 0xFF00, 0xFF));
        int[] row = new int[width];
        long now = System.currentTimeMillis();
        long from = range.isLive() && range.span() == null ? windows.stream().flatMap(w -> w.snapshot().stream().limit(1))
                .mapToLong(io.twinbench.store.Sample::timestamp).min().orElse(now - 3_600_000L) : range.from(now);
        long to = range.isLive() ? now : range.to(now);
        for (int i = 0; i < charted; i++) {
            org.knowm.xchart.XYChart chart = ChartImages.chart(windows.get(i), width, each, from, to);
            ImageData part = ChartImages.render(chart, width, each);
            if (i == 0) {
                firstChart = chart; // painted: its axes map pixels to times for brushing
            }
            for (int y = 0; y < each; y++) {
                part.getPixels(0, y, width, row, 0);
                whole.setPixels(0, i * each + y, width, row, 0);
            }
        }
        return whole;
    }

    /** For tests: the series currently charted. */
    public List<SeriesKey> chartedSeries() {
        return windows.stream().map(SeriesWindow::key).toList();
    }

    /** For tests: how many samples the chart holds for a series. */
    public int sampleCount(SeriesKey key) {
        SeriesWindow window = byKey.get(key);
        return window == null ? 0 : window.snapshot().size();
    }

    /** For tests: how many anomaly markers the chart of a series shows. */
    public int anomalyMarkers(SeriesKey key) {
        SeriesWindow window = byKey.get(key);
        return window == null ? 0 : window.anomalies().size();
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        if (workspace != null) {
            workspace.removeListener(listener);
        }
        if (image != null) {
            image.dispose();
        }
        super.dispose();
    }
}
