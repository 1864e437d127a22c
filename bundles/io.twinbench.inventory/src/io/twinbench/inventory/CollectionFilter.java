package io.twinbench.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.twinbench.protocol.Event;
import io.twinbench.protocol.inventory.Item;
import io.twinbench.protocol.inventory.Section;
import io.twinbench.protocol.inventory.SectionDelta;

/**
 * What a collection policy lets an inventory and events carry, applied where they are made (the
 * agent, before its spool) and again where they arrive (the collector, before the store), so an
 * agent that does not apply it cannot store what it forbids. Sections it leaves out are sent
 * empty, configuration files off its paths are left out, their contents too when it forbids
 * them, and its secret patterns are masked whole. Each filtering says what it took away.
 */
public final class CollectionFilter {

    /** The attributes of a configuration item: its path, and its contents when they travel. */
    public static final String PATH = "path";
    public static final String CONTENT = "value";

    private final List<String> sections;
    private final boolean contents;
    private final Predicate<String> configPath;
    private final SecretRedactor redactor;

    /** sections: those that may travel (null: all); redact: more patterns to mask, each whole match. */
    public CollectionFilter(List<String> sections, boolean contents, Predicate<String> configPath, List<String> redact) {
        this.sections = sections == null ? null : List.copyOf(sections);
        this.contents = contents;
        this.configPath = configPath;
        this.redactor = redact.isEmpty() ? null : new SecretRedactor(redact.stream().map(Pattern::compile).toList(), false);
    }

    /** Filtered items or sections, and what was taken away ("section processes", "contents of /etc/shadow"). */
    public record Filtered<T>(T value, List<String> removed) {
    }

    public boolean sectionAllowed(String section) {
        return sections == null || sections.contains(section);
    }

    public Filtered<List<Section>> sections(List<Section> sent) {
        List<String> removed = new ArrayList<>();
        List<Section> allowed = new ArrayList<>(sent.size());
        for (Section section : sent) {
            if (!sectionAllowed(section.name())) {
                if (!section.items().isEmpty()) {
                    removed.add("section " + section.name());
                }
                // sent empty rather than left out, so the twin drops what it holds of the section too
                allowed.add(section.items().isEmpty() ? section : new Section(section.name(), List.of()));
            } else if (Sections.CONFIG.equals(section.name())) {
                List<Item> items = configItems(section.items(), removed);
                allowed.add(items == section.items() ? section : new Section(section.name(), items));
            } else {
                allowed.add(section);
            }
        }
        return new Filtered<>(allowed, removed);
    }

    /** A delta's changes as the policy lets them in; a section it forbids keeps only its removals. */
    public Filtered<List<SectionDelta>> deltas(List<SectionDelta> sent) {
        List<String> removed = new ArrayList<>();
        List<SectionDelta> allowed = new ArrayList<>(sent.size());
        for (SectionDelta d : sent) {
            List<Item> upserts = d.upserts();
            if (!sectionAllowed(d.section())) {
                if (!upserts.isEmpty()) {
                    removed.add("section " + d.section());
                }
                upserts = List.of();
            } else if (Sections.CONFIG.equals(d.section())) {
                upserts = configItems(upserts, removed);
            }
            allowed.add(upserts == d.upserts() ? d : new SectionDelta(d.section(), d.baseHash(), d.newHash(), upserts, d.removals()));
        }
        return new Filtered<>(allowed, removed);
    }

    /** The configuration items the policy lets in; the same list when it changed nothing. */
    private List<Item> configItems(List<Item> items, List<String> removed) {
        List<Item> allowed = new ArrayList<>(items.size());
        boolean changed = false;
        for (Item item : items) {
            String path = item.attributes().get(PATH);
            if (path == null || !configPath.test(path)) {
                removed.add("file " + path);
                changed = true;
                continue;
            }
            String content = item.attributes().get(CONTENT);
            if (content == null || (contents && redactor == null)) {
                allowed.add(item);
                continue;
            }
            Map<String, String> attributes = new LinkedHashMap<>(item.attributes());
            if (!contents) {
                attributes.remove(CONTENT);
                removed.add("contents of " + path);
            } else {
                attributes.put(CONTENT, redactor.redact(content));
            }
            changed |= !attributes.equals(item.attributes());
            allowed.add(new Item(item.key(), attributes));
        }
        return changed ? allowed : items;
    }

    /** The event with the policy's patterns masked in its message and attributes. */
    public Event redact(Event event) {
        if (redactor == null) {
            return event;
        }
        Map<String, String> attributes = new LinkedHashMap<>(event.attributes());
        attributes.replaceAll((name, value) -> redactor.redact(value));
        return Event.fitted(event.timestamp(), event.kind(), event.severity(), event.source(), event.element(), redactor.redact(event.message()),
                attributes);
    }
}
