package io.twinbench.sim.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The port scan's findings: "open: tcp 80", with the service listening there once it is known ("open: tcp 80 (lighttpd.service)"). */
final class PortScans {

    private static final Pattern OPEN = Pattern.compile("open: tcp (\\d+)");
    private static final Pattern OPEN_ANY = Pattern.compile("open: tcp (\\d+)( .*)?");
    private static final Pattern OPEN_BY_SERVICE = Pattern.compile("open: tcp (\\d+) \\((\\S+\\.service)\\)");

    private PortScans() {
    }

    /** "open: tcp 80" with the service listening there: "open: tcp 80 (lighttpd.service)"; other findings as they are. */
    static String withOwner(String finding, Map<Integer, String> owners) {
        Matcher open = OPEN.matcher(finding);
        return open.matches() && owners.containsKey(Integer.parseInt(open.group(1))) ? finding + " (" + owners.get(Integer.parseInt(open.group(1))) + ")"
                : finding;
    }

    /** The services the findings say listen, each with its open ports. */
    static Map<String, List<Integer>> servicesListening(List<String> findings) {
        Map<String, List<Integer>> services = new TreeMap<>();
        for (String finding : findings) {
            Matcher m = OPEN_BY_SERVICE.matcher(finding);
            if (m.matches()) {
                services.computeIfAbsent(m.group(2), s -> new ArrayList<>()).add(Integer.parseInt(m.group(1)));
            }
        }
        return services;
    }

    /** The open ports the findings list. */
    static List<Integer> open(List<String> findings) {
        List<Integer> ports = new ArrayList<>();
        for (String finding : findings) {
            Matcher m = OPEN_ANY.matcher(finding);
            if (m.matches()) {
                ports.add(Integer.parseInt(m.group(1)));
            }
        }
        return ports;
    }
}
