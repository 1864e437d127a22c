package io.twinbench.ui;

/**
 * What an editor of a twin offers views that point at one of its elements (an anomaly, a
 * history entry): select it and bring it into view. Editors hand it out as an adapter.
 */
public interface ElementNavigator {

    /** Selects the element and scrolls to it; false when the editor does not show it (unknown or filtered out). */
    boolean reveal(String elementId);
}
