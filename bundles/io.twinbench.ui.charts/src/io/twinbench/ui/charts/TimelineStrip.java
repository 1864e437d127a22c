package io.twinbench.ui.charts;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

import io.twinbench.rollout.engine.RolloutReport;
import io.twinbench.rollout.engine.RolloutTimeline;

/**
 * A rollout's stages drawn left to right as boxes, from the twins to the period after the last
 * stage: green passed, blue going on, red failed, grey to come or never reached; each with what
 * it reached and how long it took.
 */
final class TimelineStrip {

    static final int HEIGHT = 50;

    private TimelineStrip() {
    }

    static void paint(GC gc, RolloutTimeline timeline, int width, Instant now) {
        int n = timeline.steps().size();
        int each = Math.max(60, (width - 8) / n);
        for (int i = 0; i < n; i++) {
            RolloutTimeline.Step step = timeline.steps().get(i);
            int x = 4 + i * each;
            Color[] colours = colours(step.status());
            gc.setBackground(colours[0]);
            gc.setForeground(colours[1]);
            gc.fillRoundRectangle(x, 4, each - 8, HEIGHT - 8, 8, 8);
            gc.drawRoundRectangle(x, 4, each - 8, HEIGHT - 8, 8, 8);
            if (i < n - 1) {
                gc.drawLine(x + each - 8, HEIGHT / 2, x + each, HEIGHT / 2);
            }
            gc.setForeground(gc.getDevice().getSystemColor(org.eclipse.swt.SWT.COLOR_BLACK));
            gc.drawText(fit(gc, step.label(), each - 16), x + 6, 7, true);
            String took = step.from() == null ? "" : " · " + RolloutReport.duration(round(step.took(now)));
            String reach = step.endpoints() > 0 ? " · " + step.endpoints() + " endpoint(s)" : "";
            gc.drawText(fit(gc, step.detail() + reach + took, each - 16), x + 6, 25, true);
        }
    }

    private static Duration round(Duration d) {
        return Duration.ofSeconds(d.toSeconds());
    }

    private static String fit(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && gc.textExtent(cut + "…").x > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static Color[] colours(RolloutTimeline.Status status) {
        return switch (status) {
            case PASSED -> new Color[] {new Color(222, 240, 222), new Color(46, 125, 50)};
            case CURRENT -> new Color[] {new Color(214, 230, 250), new Color(40, 90, 160)};
            case FAILED -> new Color[] {new Color(250, 218, 218), new Color(190, 30, 30)};
            case PENDING, SKIPPED -> new Color[] {new Color(242, 242, 242), new Color(165, 165, 165)};
        };
    }
}
