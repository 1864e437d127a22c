package io.twinbench.ui.views;

import java.util.function.Function;

import org.eclipse.jface.viewers.IElementComparer;

/**
 * Rows that stand for the same twin, agent or rollout are the same row, whatever their counts and times
 * say: a live update then keeps the analyst's selection (and every view that follows it)
 * instead of dropping it because a count changed.
 */
public final class SameIdentity implements IElementComparer {

    private final Function<Object, Object> identity;

    public SameIdentity(Function<Object, Object> identity) {
        this.identity = identity;
    }

    @Override
    public boolean equals(Object a, Object b) {
        return a == b || a != null && b != null && a.getClass() == b.getClass() && identity.apply(a).equals(identity.apply(b));
    }

    @Override
    public int hashCode(Object element) {
        return identity.apply(element).hashCode();
    }
}
