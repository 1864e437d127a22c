package io.twinbench.ui.properties;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A property's value as an analyst reads it: sizes and rates in units, times in UTC, and
 * "not reported" where the source gave nothing (an empty text, or a zero size, rate or core
 * count, which no real machine has). Zero stays zero where it means something: uid 0 is root,
 * 0 % CPU is idle.
 */
public final class PropertyValueText {

    public static final String NOT_REPORTED = "not reported";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final String[] BYTE_UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    private PropertyValueText() {
    }

    /** The text for a value of the feature, or null to let the item provider's label stand. */
    public static String of(EStructuralFeature feature, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return feature instanceof EAttribute ? NOT_REPORTED : null;
        }
        if (value instanceof Date date) {
            return TIME.format(date.toInstant());
        }
        if (!(value instanceof Number number) || feature == null) {
            return null;
        }
        String name = feature.getName();
        boolean measure = name.endsWith("Bytes") || name.endsWith("Hz") || name.endsWith("BitsPerSecond") || name.endsWith("Cores")
                || name.equals("mtu");
        if (measure && number.doubleValue() == 0) {
            return NOT_REPORTED;
        }
        if (name.endsWith("Bytes")) {
            return bytes(number.longValue());
        }
        if (name.endsWith("Hz")) {
            return scaled(number.doubleValue(), 1000, new String[] {"Hz", "kHz", "MHz", "GHz", "THz"});
        }
        if (name.endsWith("BitsPerSecond")) {
            return scaled(number.doubleValue(), 1000, new String[] {"bit/s", "kbit/s", "Mbit/s", "Gbit/s", "Tbit/s"});
        }
        return null;
    }

    /** 3022848 becomes "2.9 MiB (3,022,848 bytes)": the unit to read, the exact count to quote. */
    public static String bytes(long count) {
        return count < 1024 ? count + " B" : size(count) + String.format(Locale.ROOT, " (%,d bytes)", count);
    }

    /** 3022848 becomes "2.9 MiB": for a table cell, where the exact count would crowd it. */
    public static String size(long count) {
        return count < 1024 ? count + " B" : scaled(count, 1024, BYTE_UNITS);
    }

    private static String scaled(double value, double step, String[] units) {
        int unit = 0;
        while (Math.abs(value) >= step && unit < units.length - 1) {
            value /= step;
            unit++;
        }
        return unit == 0 ? String.format(Locale.ROOT, "%.0f %s", value, units[0])
                : String.format(Locale.ROOT, value >= 100 ? "%.0f %s" : value >= 10 ? "%.1f %s" : "%.2f %s", value, units[unit]);
    }
}
