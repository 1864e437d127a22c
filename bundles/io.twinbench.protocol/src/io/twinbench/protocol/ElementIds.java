package io.twinbench.protocol;

/**
 * How elements are named on the wire, the same rule the workbench's twin builder uses:
 * a kind prefix and key parts joined by '/', one leading '/' of a part dropped, and the
 * characters XMI would misread (':', '#', whitespace) replaced by '_'.
 */
public final class ElementIds {

    private ElementIds() {
    }

    public static String of(String prefix, Object... parts) {
        StringBuilder id = new StringBuilder(prefix);
        for (Object part : parts) {
            String text = String.valueOf(part);
            id.append('/').append(text.startsWith("/") ? text.substring(1) : text);
        }
        return id.toString().replaceAll("[:#\\s]", "_");
    }
}
