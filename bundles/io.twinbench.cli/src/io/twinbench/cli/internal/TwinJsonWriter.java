package io.twinbench.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Property;
import io.twinbench.model.twin.TelemetrySeriesRef;
import io.twinbench.model.twin.Twin;
import io.twinbench.store.TwinSummary;

/**
 * The JSON form of twins for scripts: elements carry their kind and every set attribute,
 * edges refer to elements by id. Streams, so a twin of any size exports in constant memory.
 */
public final class TwinJsonWriter {

    private static final Set<String> HEADER = Set.of("id", "name", "firstSeen", "lastSeen");
    private final JsonFactory json = new JsonFactory();

    public void writeTwin(Twin twin, OutputStream out) throws IOException {
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeStringField("id", twin.getId());
            g.writeStringField("name", twin.getName());
            g.writeStringField("hostname", twin.getHostname());
            g.writeStringField("source", twin.getSource());
            date(g, "created", twin.getCreated());
            date(g, "updated", twin.getUpdated());
            g.writeArrayFieldStart("elements");
            for (Element e : twin.getElements()) {
                element(g, e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("dependencies");
            for (Dependency d : twin.getDependencies()) {
                g.writeStartObject();
                g.writeStringField("source", d.getSource().getId());
                g.writeStringField("type", d.getType().getLiteral());
                g.writeStringField("target", d.getTarget().getId());
                date(g, "firstSeen", d.getFirstSeen());
                date(g, "lastSeen", d.getLastSeen());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("series");
            for (TelemetrySeriesRef s : twin.getSeries()) {
                g.writeStartObject();
                g.writeStringField("element", s.getElement() == null ? null : s.getElement().getId());
                g.writeStringField("metric", s.getMetric());
                g.writeStringField("unit", s.getUnit());
                g.writeStringField("seriesKey", s.getSeriesKey());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    public void writeSummaries(List<TwinSummary> twins, Writer out) throws IOException {
        try (JsonGenerator g = json.createGenerator(out).useDefaultPrettyPrinter()) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartArray();
            for (TwinSummary t : twins) {
                g.writeStartObject();
                g.writeStringField("id", t.id());
                g.writeStringField("name", t.name());
                g.writeStringField("hostname", t.hostname());
                g.writeStringField("source", t.source());
                g.writeNumberField("elements", t.elementCount());
                g.writeNumberField("dependencies", t.dependencyCount());
                g.writeNumberField("snapshots", t.snapshotCount());
                g.writeStringField("updated", t.updated().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private static void element(JsonGenerator g, Element e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.getId());
        g.writeStringField("kind", e.kind().getLiteral());
        g.writeStringField("name", e.getName());
        date(g, "firstSeen", e.getFirstSeen());
        date(g, "lastSeen", e.getLastSeen());
        for (EAttribute attribute : e.eClass().getEAllAttributes()) {
            if (!HEADER.contains(attribute.getName()) && e.eIsSet(attribute)) {
                value(g, attribute.getName(), e.eGet(attribute));
            }
        }
        if (!e.getProperties().isEmpty()) {
            g.writeObjectFieldStart("properties");
            for (Property p : e.getProperties()) {
                g.writeStringField(p.getKey(), p.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, String name, Object value) throws IOException {
        if (value instanceof Collection<?> list) {
            g.writeArrayFieldStart(name);
            for (Object item : list) {
                g.writeString(String.valueOf(item));
            }
            g.writeEndArray();
        } else if (value instanceof Number n) {
            if (n instanceof Double || n instanceof Float) {
                g.writeNumberField(name, n.doubleValue());
            } else {
                g.writeNumberField(name, n.longValue());
            }
        } else if (value instanceof Boolean b) {
            g.writeBooleanField(name, b);
        } else if (value instanceof Date d) {
            date(g, name, d);
        } else if (value instanceof EObject) {
            return;
        } else {
            g.writeStringField(name, String.valueOf(value));
        }
    }

    private static void date(JsonGenerator g, String name, Date date) throws IOException {
        if (date != null) {
            g.writeStringField(name, date.toInstant().toString());
        }
    }
}
