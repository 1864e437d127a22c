package io.twinbench.ui.graph.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;

import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Property;
import io.twinbench.model.twin.Twin;

/**
 * Finds a twin's elements by text: in the id, the name, any attribute's value (a pid, a
 * command line, a port, a version) or any free-form property. Case is ignored; several words
 * must all match, in any of those places.
 */
public final class ElementSearch {

    private ElementSearch() {
    }

    /** The matching elements in the twin's order. */
    public static List<Element> find(Twin twin, String query) {
        String[] words = query.strip().toLowerCase(Locale.ROOT).split("\\s+");
        List<Element> found = new ArrayList<>();
        if (words.length == 0 || words[0].isEmpty()) {
            return found;
        }
        for (Element e : twin.getElements()) {
            String text = searchableText(e);
            boolean all = true;
            for (String word : words) {
                if (!text.contains(word)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                found.add(e);
            }
        }
        return found;
    }

    private static String searchableText(Element e) {
        StringBuilder text = new StringBuilder();
        for (EAttribute attribute : e.eClass().getEAllAttributes()) {
            Object value = e.eGet(attribute);
            if (value != null && !(value instanceof java.util.Date)) {
                text.append(value).append('\n');
            }
        }
        for (Property p : e.getProperties()) {
            text.append(p.getKey()).append('=').append(p.getValue()).append('\n');
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
