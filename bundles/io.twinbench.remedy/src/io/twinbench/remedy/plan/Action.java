package io.twinbench.remedy.plan;

import java.util.List;
import java.util.Map;

/**
 * One change a plan makes. Each kind has exactly one implementation that both the twin run
 * and the agent use ({@link io.twinbench.remedy.apply.Steps}). {@code why} carries what
 * justified it (a recommendation's figures) and changes nothing.
 */
public sealed interface Action {

    String why();

    /** What the analyst reads: the change in one line. */
    String describe();

    /** Writes a whole file. Exactly one of content and artifact is given. */
    record WriteFile(String path, String content, String artifact, String owner, String group, Integer mode, String why)
            implements Action {
        @Override
        public String describe() {
            return "write " + path + (mode != null ? String.format(" (mode %o)", mode) : "");
        }
    }

    /** Sets or removes keys in a configuration file, keeping every other line as it was. */
    record EditConfig(String path, ConfigStyle style, String section, Map<String, String> set, List<String> remove, String why)
            implements Action {
        public EditConfig {
            set = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(set));
            remove = List.copyOf(remove);
            section = section == null ? "" : section;
        }

        @Override
        public String describe() {
            return "edit " + path + (section.isEmpty() ? "" : " [" + section + "]") + ": "
                    + String.join(", ", set.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())
                    + (remove.isEmpty() ? "" : (set.isEmpty() ? "" : ", ") + "remove " + String.join(", ", remove));
        }
    }

    /** Installs, upgrades or removes a Debian package; install and upgrade take the package from an artifact. */
    record Package(String name, PackageOperation operation, String artifact, String why) implements Action {
        @Override
        public String describe() {
            return operation.word() + " package " + name + (artifact != null ? " from " + artifact : "");
        }
    }

    record Service(String name, ServiceOperation operation, String why) implements Action {
        @Override
        public String describe() {
            return operation.word() + " service " + name;
        }
    }

    record Sysctl(String key, String value, String why) implements Action {
        @Override
        public String describe() {
            return "sysctl " + key + " = " + value;
        }
    }

    /** Locks or unlocks an account's password (usermod -L / -U). */
    record Account(String name, boolean lock, String why) implements Action {
        @Override
        public String describe() {
            return (lock ? "lock" : "unlock") + " account " + name;
        }
    }

    /**
     * A process limit (pam_limits): domain (a user, @group or *), soft, hard or both (-), item
     * (nofile, nproc, core, …) and value, kept in a file of its own under /etc/security/limits.d.
     */
    record Limit(String domain, String type, String item, String value, String why) implements Action {
        public String path() {
            return "/etc/security/limits.d/90-twinbench-" + domain.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + item + ".conf";
        }

        public String line() {
            return domain + " " + type + " " + item + " " + value + "\n";
        }

        @Override
        public String describe() {
            return "limit " + item + " of " + domain + " (" + (type.equals("-") ? "soft and hard" : type) + ") to " + value;
        }
    }

    /**
     * Adds or removes a packet filter rule in the endpoint's own nftables table (inet twinbench),
     * where Twinbench keeps every rule it manages; the inverse restores that chain's rules as they were.
     */
    record Firewall(boolean add, FirewallRule rule, String why) implements Action {
        @Override
        public String describe() {
            return (add ? "add" : "remove") + " firewall rule " + rule.spec();
        }
    }

    enum ConfigStyle {
        /** {@code Key value}, as sshd_config: keys compare without case, the first occurrence wins. */
        SSHD,
        /** {@code key = value} in optional {@code [section]}s. */
        INI
    }

    enum PackageOperation {
        INSTALL, UPGRADE, REMOVE;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    enum ServiceOperation {
        ENABLE, DISABLE, START, STOP, RESTART;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
