package io.twinbench.policy.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;

import io.twinbench.model.twin.ConfigurationItem;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Finding;
import io.twinbench.model.twin.ListeningPort;
import io.twinbench.model.twin.OperatingSystem;
import io.twinbench.model.twin.Process;
import io.twinbench.model.twin.Property;
import io.twinbench.model.twin.Service;
import io.twinbench.model.twin.SoftwarePackage;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.model.twin.User;

/**
 * A twin as the values policy rules read ({@link FactTypes} gives their types), kept per section
 * so a change to one kind of element rebuilds only that section and re-evaluates only the rules
 * that read it. Immutable: {@link #with} returns a new view sharing the untouched sections.
 */
public final class TwinFacts {

    public static final List<String> IDENTITY = List.of("id", "name", "hostname", "source");
    public static final String OS = "os";
    public static final String PACKAGES = "packages";
    public static final String SERVICES = "services";
    public static final String PROCESSES = "processes";
    public static final String PORTS = "ports";
    public static final String USERS = "users";
    public static final String CONFIG = "config";
    public static final String FINDINGS = "findings";
    /** The analyst's labels of the twin's endpoint (tier=web): kept in the store, not in the twin. */
    public static final String LABELS = "labels";
    /** The sections a twin's change is told in; the identity fields are one section. */
    public static final List<String> SECTIONS = List.of("identity", OS, PACKAGES, SERVICES, PROCESSES, PORTS, USERS, CONFIG, FINDINGS, LABELS);

    private final String twinId;
    private final Map<String, Object> twin;
    private final Map<String, Section> sections = new java.util.concurrent.ConcurrentHashMap<>();

    private TwinFacts(String twinId, Map<String, Object> twin) {
        this.twinId = twinId;
        this.twin = twin;
    }

    /**
     * A section's value with its hash computed once: what a rule's verdict depends on, so twins
     * whose sections a rule reads are equal get the rule's verdict without running it again.
     */
    public static final class Section {
        private final Object value;
        private final int hash;

        Section(Object value) {
            this.value = value;
            this.hash = value.hashCode();
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || (o instanceof Section other && other.hash == hash && other.value.equals(value));
        }
    }

    /** One section of this twin (see {@link #SECTIONS}), for comparing with another twin's. */
    public Section section(String name) {
        return sections.computeIfAbsent(name, n -> new Section(n.equals("identity")
                ? IDENTITY.stream().map(twin::get).toList() : twin.getOrDefault(n, List.of())));
    }

    /** A twin whose endpoint has no labels. */
    public static TwinFacts of(Twin twin) {
        return of(twin, Map.of());
    }

    /** A twin with its endpoint's labels. */
    public static TwinFacts of(Twin twin, Map<String, String> labels) {
        Map<String, Object> fields = read(twin, Set.copyOf(SECTIONS));
        fields.put(LABELS, Map.copyOf(labels));
        return new TwinFacts(twin.getId(), Map.copyOf(fields));
    }

    /** This view with the named sections read again from the twin. */
    public TwinFacts with(Twin changed, Set<String> sections) {
        Map<String, Object> fields = new HashMap<>(twin);
        fields.putAll(read(changed, sections));
        return new TwinFacts(twinId, Map.copyOf(fields));
    }

    /** This view with the endpoint's labels as they are now (the same view when they did not change). */
    public TwinFacts withLabels(Map<String, String> labels) {
        if (labels.equals(twin.get(LABELS))) {
            return this;
        }
        Map<String, Object> fields = new HashMap<>(twin);
        fields.put(LABELS, Map.copyOf(labels));
        return new TwinFacts(twinId, Map.copyOf(fields));
    }

    public String twinId() {
        return twinId;
    }

    /** The value of CEL's {@code twin}. */
    public Map<String, Object> value() {
        return twin;
    }

    /** The section an element of this class belongs to, or null for elements no rule reads. */
    public static String sectionOf(EClass type) {
        TwinPackage p = TwinPackage.eINSTANCE;
        if (p.getSoftwarePackage().isSuperTypeOf(type)) {
            return PACKAGES;
        } else if (p.getService().isSuperTypeOf(type)) {
            return SERVICES;
        } else if (p.getProcess().isSuperTypeOf(type)) {
            return PROCESSES;
        } else if (p.getListeningPort().isSuperTypeOf(type)) {
            return PORTS;
        } else if (p.getUser().isSuperTypeOf(type)) {
            return USERS;
        } else if (p.getConfigurationItem().isSuperTypeOf(type)) {
            return CONFIG;
        } else if (p.getOperatingSystem().isSuperTypeOf(type)) {
            return OS;
        }
        return null;
    }

    /** The section a field of {@code twin} belongs to. */
    public static String sectionOfField(String field) {
        return IDENTITY.contains(field) ? "identity" : field;
    }

    private static Map<String, Object> read(Twin twin, Set<String> sections) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (sections.contains("identity")) {
            fields.put("id", text(twin.getId()));
            fields.put("name", text(twin.getName()));
            fields.put("hostname", text(twin.getHostname()));
            fields.put("source", text(twin.getSource()));
        }
        Map<String, List<Object>> lists = new HashMap<>();
        for (String section : List.of(PACKAGES, SERVICES, PROCESSES, PORTS, USERS, CONFIG)) {
            if (sections.contains(section)) {
                lists.put(section, new ArrayList<>());
            }
        }
        Map<String, Object> os = null;
        for (Element e : twin.getElements()) {
            String section = sectionOf(e.eClass());
            if (section == null || !sections.contains(section)) {
                continue;
            }
            if (e instanceof OperatingSystem o) {
                os = os(o);
            } else {
                lists.get(section).add(element(e));
            }
        }
        lists.forEach((section, items) -> fields.put(section, List.copyOf(items)));
        if (sections.contains(OS)) {
            fields.put(OS, os == null ? Map.of("family", "", "version", "", "kernel", "", "bitness", 0L) : os);
        }
        if (sections.contains(FINDINGS)) {
            List<Object> findings = new ArrayList<>();
            for (Finding f : twin.getFindings()) {
                findings.add(finding(f));
            }
            fields.put(FINDINGS, List.copyOf(findings));
        }
        return fields;
    }

    private static Map<String, Object> os(OperatingSystem o) {
        return Map.of("family", text(o.getFamily()), "version", text(o.getVersion()), "kernel", text(o.getKernel()), "bitness",
                (long) o.getBitness());
    }

    private static Map<String, Object> element(Element e) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", text(e.getId()));
        m.put("name", text(e.getName()));
        if (e instanceof SoftwarePackage p) {
            m.put("version", text(p.getVersion()));
            m.put("architecture", text(p.getArchitecture()));
            m.put("manager", text(p.getManager()));
        } else if (e instanceof Service s) {
            m.put("state", s.getState() == null ? "" : s.getState().getLiteral().toLowerCase(Locale.ROOT));
            m.put("enabled", s.isEnabled());
            m.put("unit", text(s.getUnit()));
        } else if (e instanceof Process p) {
            m.put("pid", (long) p.getPid());
            m.put("user", text(p.getUser()));
            m.put("commandLine", text(p.getCommandLine()));
            m.put("path", text(p.getPath()));
            m.put("state", text(p.getState()));
            m.put("cpuPercent", p.getCpuPercent());
            m.put("residentBytes", p.getResidentBytes());
        } else if (e instanceof ListeningPort p) {
            m.put("protocol", p.getProtocol() == null ? "" : p.getProtocol().getLiteral().toLowerCase(Locale.ROOT));
            m.put("address", text(p.getAddress()));
            m.put("port", (long) p.getPort());
        } else if (e instanceof User u) {
            m.put("uid", u.getUid());
            m.put("home", text(u.getHome()));
            m.put("shell", text(u.getShell()));
        } else if (e instanceof ConfigurationItem c) {
            config(c, m);
        }
        return Map.copyOf(m);
    }

    private static void config(ConfigurationItem c, Map<String, Object> m) {
        String path = text(c.getPath());
        long mode = -1;
        for (Property p : c.getProperties()) {
            if ("mode".equals(p.getKey())) {
                try {
                    mode = Long.parseLong(p.getValue(), 8);
                } catch (NumberFormatException e) {
                    mode = -1; // an endpoint's garbage is an unknown mode, not a failed evaluation
                }
            }
        }
        m.put("path", path);
        m.put("content", text(c.getValue()));
        m.put("carried", c.getValue() != null);
        m.put("sha256", text(c.getSha256()));
        m.put("mode", mode);
        m.put("worldWritable", mode >= 0 && (mode & 02) != 0);
        m.put("keys", Map.copyOf(ConfigKeys.of(path, c.getValue())));
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", f.eClass().getName());
        m.put("element", f.getElement() == null ? "" : text(f.getElement().getId()));
        m.put("description", text(f.getDescription()));
        m.put("score", f.getScore());
        Object metric = f.eClass().getEStructuralFeature("metric") == null ? null : f.eGet(f.eClass().getEStructuralFeature("metric"));
        m.put("metric", metric == null ? "" : metric.toString());
        return Map.copyOf(m);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
