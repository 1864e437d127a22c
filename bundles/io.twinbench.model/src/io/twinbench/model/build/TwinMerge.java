package io.twinbench.model.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Twin;

/**
 * Brings an open twin in line with a newer model of the same endpoint, in place: elements and
 * dependencies that went are removed, new ones added, changed attributes set. Objects that stay
 * keep their identity, so whatever shows them (graph nodes, Properties, selections) follows
 * instead of being rebuilt; removals and additions happen in one list change each, so a viewer
 * re-lays out once per merge, not once per element.
 */
public final class TwinMerge {

    /** What a merge changed. */
    public record Outcome(int added, int removed, int changed, int edgesAdded, int edgesRemoved, int findingsAdded, int findingsRemoved) {
        public boolean isEmpty() {
            return added + removed + changed + edgesAdded + edgesRemoved + findingsAdded + findingsRemoved == 0;
        }

        @Override
        public String toString() {
            String elements = added + " added, " + removed + " removed, " + changed + " changed elements; " + edgesAdded + " new and "
                    + edgesRemoved + " removed dependencies";
            return findingsAdded + findingsRemoved == 0 ? elements
                    : elements + "; " + findingsAdded + " new and " + findingsRemoved + " past findings";
        }
    }

    private TwinMerge() {
    }

    public static Outcome apply(Twin target, Twin newer) {
        Map<String, Element> have = byId(target.getElements());
        Map<String, Element> want = byId(newer.getElements());
        // a set: every dependency of the twin is checked against it
        Set<Element> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int changed = 0;
        for (Element e : have.values()) {
            Element n = want.get(e.getId());
            if (n == null || n.eClass() != e.eClass()) {
                gone.add(e);
            } else if (copyValues(n, e)) {
                changed++;
            }
        }
        gone.forEach(e -> have.remove(e.getId()));
        List<Element> fresh = new ArrayList<>();
        for (Element n : want.values()) {
            if (!have.containsKey(n.getId())) {
                Element copy = EcoreUtil.copy(n);
                fresh.add(copy);
                have.put(copy.getId(), copy);
            }
        }

        Map<String, Dependency> edges = new LinkedHashMap<>();
        List<Dependency> staleEdges = new ArrayList<>();
        for (Dependency d : target.getDependencies()) {
            if (gone.contains(d.getSource()) || gone.contains(d.getTarget()) || edges.putIfAbsent(key(d), d) != null) {
                staleEdges.add(d);
            }
        }
        List<Dependency> newEdges = new ArrayList<>();
        Map<String, Dependency> wanted = new LinkedHashMap<>();
        newer.getDependencies().forEach(d -> wanted.put(key(d), d));
        for (Map.Entry<String, Dependency> e : edges.entrySet()) {
            Dependency n = wanted.get(e.getKey());
            if (n == null) {
                staleEdges.add(e.getValue());
            } else {
                copyValues(n, e.getValue());
            }
        }
        for (Map.Entry<String, Dependency> e : wanted.entrySet()) {
            Dependency n = e.getValue();
            Element source = have.get(n.getSource().getId());
            Element to = have.get(n.getTarget().getId());
            if (!edges.containsKey(e.getKey()) && source != null && to != null) {
                Dependency copy = EcoreUtil.copy(n);
                copy.setSource(source);
                copy.setTarget(to);
                newEdges.add(copy);
            }
        }

        FindingsMerge findings = new FindingsMerge(target, newer, have, gone);
        copyValues(newer, target);
        // edges and findings first, so nothing ever points at an element that has left the twin
        findings.removeStale(target);
        if (!staleEdges.isEmpty()) {
            target.getDependencies().removeAll(staleEdges);
        }
        if (!gone.isEmpty()) {
            target.getElements().removeAll(gone);
        }
        if (!fresh.isEmpty()) {
            target.getElements().addAll(fresh);
        }
        if (!newEdges.isEmpty()) {
            target.getDependencies().addAll(newEdges);
        }
        findings.addFresh(target);
        return new Outcome(fresh.size(), gone.size(), changed, newEdges.size(), staleEdges.size(), findings.added(), findings.removed());
    }

    private static Map<String, Element> byId(List<Element> elements) {
        Map<String, Element> map = new LinkedHashMap<>();
        elements.forEach(e -> map.put(e.getId(), e));
        return map;
    }

    private static String key(Dependency d) {
        return d.getSource().getId() + "\u0000" + d.getType() + "\u0000" + d.getTarget().getId();
    }

    /**
     * Sets to's changeable attributes and contained values (an element's properties) to from's
     * where they differ; references to other objects (a twin's elements, an edge's ends) are
     * the caller's. True when anything changed.
     */
    static boolean copyValues(EObject from, EObject to) {
        boolean changed = false;
        for (EAttribute a : to.eClass().getEAllAttributes()) {
            if (a.isChangeable() && !a.isDerived() && !a.isTransient() && !Objects.equals(from.eGet(a), to.eGet(a))) {
                to.eSet(a, from.eGet(a));
                changed = true;
            }
        }
        for (EReference r : to.eClass().getEAllContainments()) {
            if (!r.isChangeable() || r.isDerived() || to instanceof Twin) {
                continue; // a twin's elements, edges, series and findings are merged above or kept
            }
            Object mine = to.eGet(r);
            Object theirs = from.eGet(r);
            boolean same = r.isMany() ? EcoreUtil.equals(asObjects(mine), asObjects(theirs))
                    : EcoreUtil.equals((EObject) mine, (EObject) theirs);
            if (!same) {
                to.eSet(r, r.isMany() ? EcoreUtil.copyAll(asObjects(theirs)) : EcoreUtil.copy((EObject) theirs));
                changed = true;
            }
        }
        return changed;
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> asObjects(Object list) {
        return (List<EObject>) list;
    }
}
