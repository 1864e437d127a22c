package io.twinbench.ui.graph.figures;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** Shared colours: thousands of figures share a handful of Color objects. */
public final class Palette {

    private final Map<RGB, Color> colors = new HashMap<>();

    public Color color(RGB rgb) {
        return colors.computeIfAbsent(rgb, Color::new);
    }

    public Color darker(RGB rgb) {
        return color(new RGB((int) (rgb.red * 0.6), (int) (rgb.green * 0.6), (int) (rgb.blue * 0.6)));
    }
}
