package io.twinbench.ui.graph.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.twinbench.model.twin.ElementKind;
import io.twinbench.ui.graph.figures.KindStyle;
import io.twinbench.ui.graph.layout.VisibleTwinGraph;
import io.twinbench.ui.graph.parts.GraphSettings;

/**
 * The graph's legend and filter in one: a coloured check box per kind present in the twin,
 * with its count, and a line saying how much of the twin is shown.
 */
public final class KindFilterBar extends Composite {

    private final Map<ElementKind, Button> boxes = new EnumMap<>(ElementKind.class);
    private final Map<ElementKind, Image> swatches = new EnumMap<>(ElementKind.class);
    private final Label summary;
    private final Label scope;
    private final Set<ElementKind> everPresent = EnumSet.noneOf(ElementKind.class);
    private final GraphSettings settings;

    public KindFilterBar(Composite parent, GraphSettings settings, Consumer<Set<ElementKind>> onChange) {
        super(parent, SWT.NONE);
        this.settings = settings;
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        layout.verticalSpacing = 0;
        setLayout(layout);
        Composite row = new Composite(this, SWT.NONE);
        RowLayout rowLayout = new RowLayout(SWT.HORIZONTAL);
        rowLayout.wrap = true;
        rowLayout.marginTop = 0;
        rowLayout.marginBottom = 0;
        rowLayout.center = true;
        row.setLayout(rowLayout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        for (ElementKind kind : ElementKind.VALUES) {
            Button box = new Button(row, SWT.CHECK);
            box.setImage(swatch(kind));
            box.setLayoutData(new RowData());
            box.addListener(SWT.Selection, e -> onChange.accept(selectedKinds()));
            boxes.put(kind, box);
        }
        summary = new Label(this, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        scope = new Label(this, SWT.NONE);
        GridData scopeData = new GridData(SWT.FILL, SWT.TOP, true, false);
        scopeData.exclude = true;
        scope.setLayoutData(scopeData);
        scope.setVisible(false);
        scope.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        addDisposeListener(e -> swatches.values().forEach(Image::dispose));
    }

    private Image swatch(ElementKind kind) {
        Image image = new Image(getDisplay(), 12, 12);
        GC gc = new GC(image);
        gc.setBackground(new org.eclipse.swt.graphics.Color(KindStyle.fill(kind)));
        gc.fillRectangle(0, 0, 12, 12);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawRectangle(0, 0, 11, 11);
        gc.dispose();
        swatches.put(kind, image);
        return image;
    }

    /** Shows the kinds present in the twin with their counts, ticked as the settings say. */
    public void update(VisibleTwinGraph graph) {
        Set<ElementKind> shown = settings.shownKinds();
        int total = 0;
        for (ElementKind kind : ElementKind.VALUES) {
            Button box = boxes.get(kind);
            int count = graph.count(kind);
            total += count;
            if (count > 0) {
                everPresent.add(kind);
            }
            boolean present = everPresent.contains(kind);
            // a box is as wide as its label with room for a count of five digits, and a kind once
            // present keeps its box: live counts never move the boxes under the analyst's pointer
            box.setText(KindStyle.label(kind) + " (00000)");
            RowData data = (RowData) box.getLayoutData();
            data.width = Math.max(data.width, box.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
            box.setText(KindStyle.label(kind) + " (" + count + ")");
            box.setSelection(shown.contains(kind));
            box.setVisible(present);
            data.exclude = !present;
        }
        int groups = graph.nodes().size() - graph.elements().size();
        summary.setText("Showing " + graph.visibleCount() + " of " + total + " elements" + (groups == 0 ? ""
                : " (" + (graph.visibleCount() - graph.elements().size()) + " of them in " + groups + " groups: double-click one to open it)")
                + " and " + graph.edgeCount() + " edges. Ctrl+F finds; Ctrl+wheel zooms; right-click asks and narrows.");
        layout(true, true);
        getParent().layout(true, true);
    }

    public Set<ElementKind> selectedKinds() {
        Set<ElementKind> kinds = EnumSet.noneOf(ElementKind.class);
        boxes.forEach((kind, box) -> {
            if (box.getSelection()) {
                kinds.add(kind);
            }
        });
        return kinds;
    }

    /** A line saying how the graph is narrowed beyond kinds (empty when it is not). */
    public void setScopeText(String text) {
        scope.setText(text);
        ((org.eclipse.swt.layout.GridData) scope.getLayoutData()).exclude = text.isEmpty();
        scope.setVisible(!text.isEmpty());
        getParent().layout(true, true);
    }

    public String scopeText() {
        return scope.getText();
    }

    /** Where each kind's box is, for tests. */
    public Map<ElementKind, org.eclipse.swt.graphics.Rectangle> boxBounds() {
        Map<ElementKind, org.eclipse.swt.graphics.Rectangle> bounds = new EnumMap<>(ElementKind.class);
        boxes.forEach((kind, box) -> {
            if (box.getVisible()) {
                bounds.put(kind, box.getBounds());
            }
        });
        return bounds;
    }

    /** For tests: tick or untick a kind as a user would. */
    public void toggle(ElementKind kind, boolean shown) {
        Button box = boxes.get(kind);
        box.setSelection(shown);
        box.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }
}
