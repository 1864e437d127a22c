package io.twinbench.model.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.ElementKind;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinPackage;

/** Bodies of the operations declared in twin.ecore; the generated code delegates here. */
public final class TwinOperations {

    private static final TwinPackage P = TwinPackage.eINSTANCE;
    private static final Map<EClass, ElementKind> KINDS = Map.ofEntries(
            Map.entry(P.getEndpoint(), ElementKind.ENDPOINT),
            Map.entry(P.getProcessor(), ElementKind.PROCESSOR),
            Map.entry(P.getMemory(), ElementKind.MEMORY),
            Map.entry(P.getDisk(), ElementKind.DISK),
            Map.entry(P.getFileSystem(), ElementKind.FILE_SYSTEM),
            Map.entry(P.getNetworkInterface(), ElementKind.NETWORK_INTERFACE),
            Map.entry(P.getOperatingSystem(), ElementKind.OPERATING_SYSTEM),
            Map.entry(P.getSoftwarePackage(), ElementKind.PACKAGE),
            Map.entry(P.getService(), ElementKind.SERVICE),
            Map.entry(P.getApplication(), ElementKind.APPLICATION),
            Map.entry(P.getProcess(), ElementKind.PROCESS),
            Map.entry(P.getListeningPort(), ElementKind.LISTENING_PORT),
            Map.entry(P.getConnection(), ElementKind.CONNECTION),
            Map.entry(P.getUser(), ElementKind.USER),
            Map.entry(P.getConfigurationItem(), ElementKind.CONFIGURATION));

    private TwinOperations() {
    }

    public static ElementKind kindOf(Element element) {
        ElementKind kind = KINDS.get(element.eClass());
        if (kind == null) {
            throw new IllegalStateException("no kind for " + element.eClass().getName());
        }
        return kind;
    }

    /** Uses the resource's id index when the twin is in a resource, so lookups stay O(1) on big twins. */
    public static Element findElement(Twin twin, String elementId) {
        if (elementId == null) {
            return null;
        }
        Resource resource = twin.eResource();
        if (resource != null) {
            EObject found = resource.getEObject(elementId);
            if (found instanceof Element element && element.getTwin() == twin) {
                return element;
            }
        }
        for (Element element : twin.getElements()) {
            if (elementId.equals(element.getId())) {
                return element;
            }
        }
        return null;
    }

    public static EList<Element> elementsOfKind(Twin twin, ElementKind kind) {
        List<Element> matching = twin.getElements().stream().filter(e -> kindOf(e) == kind).toList();
        return ECollections.unmodifiableEList(new BasicEList<>(matching));
    }
}
