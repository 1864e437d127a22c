package io.twinbench.analysis.cause;

import java.util.List;

import io.twinbench.model.twin.Element;

/**
 * An anomalous element proposed as a cause: the anomalous elements that depend on it (and so
 * may only be its symptoms), its strongest score and when it first turned anomalous.
 */
public record RootCause(Element element, List<Element> explains, double score, long firstAnomaly) {
}
