package org.eclipse.jface.util;

/**
 * GEF Classic 3.2 (the only GEF Classic on Maven Central) still calls JFace's Assert, which
 * JFace removed long ago. This fragment of org.eclipse.jface puts back the four methods it
 * uses, delegating to the platform's Assert; nothing of ours calls it.
 */
public final class Assert {

    private Assert() {
    }

    public static void isNotNull(Object object) {
        org.eclipse.core.runtime.Assert.isNotNull(object);
    }

    public static void isNotNull(Object object, String message) {
        org.eclipse.core.runtime.Assert.isNotNull(object, message);
    }

    public static boolean isTrue(boolean expression) {
        return org.eclipse.core.runtime.Assert.isTrue(expression);
    }

    public static boolean isTrue(boolean expression, String message) {
        return org.eclipse.core.runtime.Assert.isTrue(expression, message);
    }
}
