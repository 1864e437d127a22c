package io.twinbench.ingest.twin;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Property;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinFactory;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;

/**
 * Turns inventory sections into a twin: each item becomes the element its key names, of the
 * model class its "kind" names; attributes that name a feature of that class set it, the
 * others become properties; "->type" and "<-type" attributes become dependencies. An item of
 * an unknown kind or with a value the model cannot hold is skipped and reported, never
 * guessed at. Several sections may describe one element (a unit file and its running state).
 */
public final class InventoryTwinBuilder {

    private static final TwinPackage P = TwinPackage.eINSTANCE;
    private static final String KIND = "kind";
    private static final String NAME = "name";
    private static final String OUT = "->";
    private static final String IN = "<-";

    /** The twin and what could not be taken into it, one line per item. */
    public record Result(Twin twin, List<String> problems) {
    }

    public Result build(String twinId, String name, String source, Collection<Section> sections, Date seenAt) {
        TwinBuilder builder = new TwinBuilder(twinId, name, seenAt);
        builder.twin().setSource(source);
        List<String> problems = new ArrayList<>();
        for (Section section : sections) {
            for (Item item : section.items()) {
                String problem = element(builder, item);
                if (problem != null) {
                    problems.add(section.name() + "/" + item.key() + ": " + problem);
                }
            }
        }
        for (Section section : sections) {
            for (Item item : section.items()) {
                edges(builder, item);
            }
        }
        Element endpoint = builder.find("endpoint");
        if (endpoint instanceof io.twinbench.model.twin.Endpoint e && e.getHostname() != null) {
            builder.twin().setHostname(e.getHostname());
        }
        return new Result(builder.twin(), problems);
    }

    private static String element(TwinBuilder builder, Item item) {
        Map<String, String> attributes = item.attributes();
        EClassifier classifier = P.getEClassifier(attributes.getOrDefault(KIND, ""));
        if (!(classifier instanceof EClass type) || type.isAbstract() || !P.getElement().isSuperTypeOf(type)) {
            return "unknown kind '" + attributes.get(KIND) + "'";
        }
        try {
            builder.element(type, item.key(), attributes.getOrDefault(NAME, item.key()), (Element e) -> {
                for (Map.Entry<String, String> a : attributes.entrySet()) {
                    set(e, a.getKey(), a.getValue());
                }
            });
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static void set(Element element, String attribute, String value) {
        if (attribute.equals(KIND) || attribute.equals(NAME) || attribute.startsWith(OUT) || attribute.startsWith(IN)) {
            return;
        }
        EStructuralFeature feature = element.eClass().getEStructuralFeature(attribute);
        if (!(feature instanceof EAttribute a) || a.isDerived() || !a.isChangeable() || a.isID()) {
            Property property = TwinFactory.eINSTANCE.createProperty();
            property.setKey(attribute);
            property.setValue(value);
            element.getProperties().removeIf(p -> attribute.equals(p.getKey()));
            element.getProperties().add(property);
            return;
        }
        try {
            if (a.isMany()) {
                @SuppressWarnings("unchecked")
                List<Object> values = (List<Object>) element.eGet(a);
                values.clear();
                for (String part : value.split(" ")) {
                    values.add(convert(a.getEAttributeType(), part));
                }
            } else {
                element.eSet(a, convert(a.getEAttributeType(), value));
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("attribute '" + attribute + "' cannot hold '" + value + "'", e);
        }
    }

    private static Object convert(EDataType type, String value) {
        if (type.getInstanceClass() == Date.class) {
            try {
                return Date.from(Instant.parse(value));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        return EcoreUtil.createFromString(type, value);
    }

    private static void edges(TwinBuilder builder, Item item) {
        Element self = builder.find(item.key());
        if (self == null) {
            return;
        }
        for (Map.Entry<String, String> a : item.attributes().entrySet()) {
            boolean out = a.getKey().startsWith(OUT);
            if (!out && !a.getKey().startsWith(IN)) {
                continue;
            }
            DependencyType type = DependencyType.get(a.getKey().substring(2).toUpperCase(Locale.ROOT).replace('-', '_'));
            if (type == null) {
                continue;
            }
            for (String other : a.getValue().split(" ")) {
                Element peer = builder.find(other);
                if (out) {
                    builder.edge(self, type, peer);
                } else {
                    builder.edge(peer, type, self);
                }
            }
        }
    }
}
