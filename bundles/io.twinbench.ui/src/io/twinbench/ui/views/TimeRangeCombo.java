package io.twinbench.ui.views;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import io.twinbench.ui.session.TimeRange;

/**
 * The period list every view of a twin shows: the usual spans up to now, and a brushed range as
 * an extra item. Choosing one hands the range to the workspace, which tells all the twin's views.
 */
public final class TimeRangeCombo {

    private static final String[] PERIODS = {"Last 10 minutes", "Last hour", "Last 24 hours", "Last 7 days", "Everything"};
    private static final TimeRange[] RANGES = {TimeRange.last(Duration.ofMinutes(10)), TimeRange.last(Duration.ofHours(1)),
            TimeRange.last(Duration.ofDays(1)), TimeRange.last(Duration.ofDays(7)), TimeRange.everything()};

    private final Combo combo;

    public TimeRangeCombo(Composite parent, Consumer<TimeRange> chosen) {
        combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(PERIODS);
        show(TimeRange.DEFAULT);
        combo.setToolTipText("The time this twin's Telemetry, Events, History and Anomalies views show; brushing a chart or the histogram sets a range");
        combo.addListener(SWT.Selection, e -> {
            int index = combo.getSelectionIndex();
            if (index >= 0 && index < RANGES.length) {
                chosen.accept(RANGES[index]);
            }
        });
    }

    public Combo control() {
        return combo;
    }

    /** Shows a range: one of the periods, or a brushed range as the extra item. */
    public void show(TimeRange range) {
        int known = Arrays.asList(RANGES).indexOf(range);
        if (known >= 0) {
            if (combo.getItemCount() > PERIODS.length) {
                combo.remove(PERIODS.length);
            }
            combo.select(known);
        } else {
            String label = range.label().substring(0, 1).toUpperCase() + range.label().substring(1);
            if (combo.getItemCount() > PERIODS.length) {
                combo.setItem(PERIODS.length, label);
            } else {
                combo.add(label);
            }
            combo.select(PERIODS.length);
        }
        combo.getParent().layout();
    }

    /** What the list shows now, for tests. */
    public String text() {
        return combo.getText();
    }
}
