package io.twinbench.remedy.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A packet filter rule, structured so that no text from a plan reaches nft unchecked: a chain,
 * optionally a protocol, a destination port or range, a source and a destination address or
 * prefix, and a verdict. {@link #spec()} is its canonical one-line form, which the endpoint keeps
 * in the rule's comment so that the rules Twinbench owns can be read back exactly.
 */
public record FirewallRule(String chain, String protocol, String port, String from, String to, String verdict) {

    public static final List<String> CHAINS = List.of("input", "output", "forward");
    public static final List<String> PROTOCOLS = List.of("tcp", "udp", "icmp", "icmpv6");
    public static final List<String> VERDICTS = List.of("accept", "drop", "reject");
    private static final Pattern PORT = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(/(3[0-2]|[12]?\\d))?");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]{2,39}(/(12[0-8]|1[01]\\d|[1-9]?\\d))?");
    private static final Pattern SPEC = Pattern.compile("(\\S+)(?: proto=(\\S+))?(?: port=(\\S+))?(?: from=(\\S+))?(?: to=(\\S+))? (\\S+)");

    /** Checks every field; the message names what is wrong with which field. */
    public FirewallRule {
        chain = lower(chain);
        protocol = protocol == null ? null : lower(protocol);
        verdict = lower(verdict);
        if (!CHAINS.contains(chain)) {
            throw new IllegalArgumentException("chain: '" + chain + "' is not one of " + String.join(", ", CHAINS));
        }
        if (protocol != null && !PROTOCOLS.contains(protocol)) {
            throw new IllegalArgumentException("protocol: '" + protocol + "' is not one of " + String.join(", ", PROTOCOLS));
        }
        if (!VERDICTS.contains(verdict)) {
            throw new IllegalArgumentException("verdict: '" + verdict + "' is not one of " + String.join(", ", VERDICTS));
        }
        if (port != null) {
            Matcher m = PORT.matcher(port);
            if (!m.matches() || Integer.parseInt(m.group(1)) > 65535 || m.group(2) != null
                    && (Integer.parseInt(m.group(2)) > 65535 || Integer.parseInt(m.group(2)) <= Integer.parseInt(m.group(1)))) {
                throw new IllegalArgumentException("port: '" + port + "' is not a port (0-65535) or a range such as 8000-8080");
            }
            if (!"tcp".equals(protocol) && !"udp".equals(protocol)) {
                throw new IllegalArgumentException("port: a port needs protocol tcp or udp");
            }
        }
        address("from", from);
        address("to", to);
        if (from != null && to != null && isV6(from) != isV6(to)) {
            throw new IllegalArgumentException("to: '" + to + "' and from: '" + from + "' are not of the same IP version");
        }
        String family = from != null ? family(from) : to != null ? family(to) : null;
        if ("icmp".equals(protocol) && "ip6".equals(family) || "icmpv6".equals(protocol) && "ip".equals(family)) {
            throw new IllegalArgumentException("protocol: " + protocol + " does not go with the address " + (from != null ? from : to));
        }
    }

    private static String lower(String s) {
        if (s == null) {
            throw new IllegalArgumentException("a chain and a verdict are required");
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static void address(String field, String value) {
        if (value != null && !IPV4.matcher(value).matches() && !(IPV6.matcher(value).matches() && value.contains(":"))) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not an IPv4 or IPv6 address or prefix");
        }
    }

    private static boolean isV6(String address) {
        return address.contains(":");
    }

    private static String family(String address) {
        return isV6(address) ? "ip6" : "ip";
    }

    /** The canonical form, also the rule's identity: {@code input proto=tcp port=23 from=203.0.113.0/24 drop}. */
    public String spec() {
        StringBuilder s = new StringBuilder(chain);
        if (protocol != null) {
            s.append(" proto=").append(protocol);
        }
        if (port != null) {
            s.append(" port=").append(port);
        }
        if (from != null) {
            s.append(" from=").append(from);
        }
        if (to != null) {
            s.append(" to=").append(to);
        }
        return s.append(' ').append(verdict).toString();
    }

    public static FirewallRule parse(String spec) {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + spec + "' is not a firewall rule");
        }
        return new FirewallRule(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6));
    }

    /** The rule as nft's statement, after {@code add rule inet TABLE CHAIN}; every word was checked above. */
    public List<String> nftExpression(String commentPrefix) {
        List<String> words = new ArrayList<>();
        if (from != null) {
            words.addAll(List.of(family(from), "saddr", from));
        }
        if (to != null) {
            words.addAll(List.of(family(to), "daddr", to));
        }
        if (protocol != null) {
            if (port != null) {
                words.addAll(List.of(protocol, "dport", port));
            } else if (protocol.equals("icmp") || protocol.equals("icmpv6")) {
                words.addAll(List.of("meta", "l4proto", protocol.equals("icmp") ? "icmp" : "ipv6-icmp"));
            } else {
                words.addAll(List.of("meta", "l4proto", protocol));
            }
        }
        words.add("counter");
        words.add(verdict);
        words.addAll(List.of("comment", "\"" + commentPrefix + spec() + "\""));
        return words;
    }
}
