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
    private static final long SPAN_MILLIS = 10 * 60 * 1000L;
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
                UiThread.async(canvas, () -> showTwinSeries(shownTwinId, shownLabel, shownRefs, shownElementId));
            }
        }

        @Override
        public void fleetChanged(List<TwinSummary> twins) {
            if (shownTwinId == null) {
                UiThread.async(canvas, TelemetryChartView.this::showLocalTwin);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        workspace = getSite().getService(TwinWorkspace.class);
        parent.setLayout(new GridLayout(1, false));
        title = new Label(parent, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        title.setText("Select an element of a twin to chart its telemetry.");
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.addListener(SWT.Paint, e -> {
            if (image != null) {
                e.gc.drawImage(image, 0, 0);
            }
        });
        canvas.addListener(SWT.Resize, e -> redraw());
        getSite().getPage().addPostSelectionListener(selectionListener);
        workspace.addListener(listener);
        showLocalTwin();
    }

    /** New samples; a series of the shown twin that appears only now gets its own chart. */
    private void addReadings(List<MetricReading> readings) {
        boolean relevant = false;
        for (MetricReading r : readings) {
            SeriesWindow window = byKey.get(r.key());
            if (window == null && showingWholeTwin && r.key().twinId().equals(shownTwinId)) {
                window = new SeriesWindow(r.key(), r.unit(), SPAN_MILLIS);
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
        long now = System.currentTimeMillis();
        if (shownTwinId != null && now - lastReload >= 1000) {
            showTwinSeries(shownTwinId, shownLabel, shownRefs, shownElementId);
        }
    }

    private void showLocalTwin() {
        workspace.localTwinId().ifPresent(id -> {
            if (shownTwinId == null) {
                showTwinSeries(id, "this machine", null, null);
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
            showTwinSeries(element.getTwin().getId(), element.getName(), seriesOf(element.getTwin(), element), element.getId());
        } else if (model instanceof Twin twin) {
            showTwinSeries(twin.getId(), twin.getName(), null, null);
        } else if (first instanceof TwinSummary summary) {
            showTwinSeries(summary.id(), summary.name(), null, null);
        }
    }

    private static List<TelemetrySeriesRef> seriesOf(Twin twin, Element element) {
        List<TelemetrySeriesRef> own = twin.getSeries().stream().filter(s -> s.getElement() == element).toList();
        return own.isEmpty() ? null : own;
    }

    /**
     * Shows the given series; when refs is null, the series the store has for the element (an
     * agent's twin names them in the store, not in the model), or for the whole twin when the
     * element has none or none is given.
     */
    private void showTwinSeries(String twinId, String label, List<TelemetrySeriesRef> refs, String elementId) {
        shownTwinId = twinId;
        shownLabel = label;
        shownRefs = refs;
        shownElementId = elementId;
        lastReload = System.currentTimeMillis();
        showingWholeTwin = refs == null && elementId == null;
        Job load = Job.create("Loading telemetry of " + label, monitor -> {
            TwinStore store = workspace.store().orElse(null);
            if (store == null) {
                return Status.OK_STATUS;
            }
            Map<SeriesKey, String> units = new java.util.LinkedHashMap<>();
            if (refs == null) {
                Map<SeriesKey, String> all = store.telemetry().unitsOf(twinId);
                all.forEach((key, unit) -> {
                    if (key.elementId().equals(elementId)) {
                        units.put(key, unit);
                    }
                });
                if (units.isEmpty()) {
                    units.putAll(all);
                }
            } else {
                refs.forEach(r -> units.put(SeriesKey.parse(r.getSeriesKey()), r.getUnit()));
            }
            List<SeriesWindow> loaded = new ArrayList<>();
            long now = System.currentTimeMillis();
            List<StoredAnomaly> anomalies = store.anomalies().find(twinId, now - SPAN_MILLIS, Long.MAX_VALUE, MAX_MARKERS);
            units.forEach((key, unit) -> {
                SeriesWindow window = new SeriesWindow(key, unit, SPAN_MILLIS);
                window.addAll(store.telemetry().history(key, now - SPAN_MILLIS, Long.MAX_VALUE));
                window.setAnomalies(anomalies);
                loaded.add(window);
            });
            // what has anomalies first, then the host's load, so the charts that fit say the most
            loaded.sort(java.util.Comparator.comparingInt((SeriesWindow w) -> -w.anomalies().size())
                    .thenComparingInt(w -> HEADLINE.contains(w.metric()) ? 0 : 1).thenComparing(w -> w.key().asString()));
            UiThread.async(canvas, () -> show(label, loaded));
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
        updateTitle(chartedCount(canvas.getClientArea().height));
        redraw();
    }

    /** How many charts fit into this height, each at least CHART_HEIGHT tall. */
    private int chartedCount(int height) {
        return Math.min(windows.size(), Math.max(1, height / CHART_HEIGHT));
    }

    private void updateTitle(int charted) {
        String text = windows.isEmpty() ? "No telemetry recorded for " + shownLabel + "."
                : "Telemetry of " + shownLabel + " (last 10 minutes, live)" + (charted < windows.size()
                        ? ": " + charted + " of " + windows.size() + " series, those with anomalies first; select an element for its own" : "");
        if (!text.equals(title.getText())) {
            title.setText(text);
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
        for (int i = 0; i < charted; i++) {
            ImageData part = ChartImages.render(ChartImages.chart(windows.get(i), width, each), width, each);
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
