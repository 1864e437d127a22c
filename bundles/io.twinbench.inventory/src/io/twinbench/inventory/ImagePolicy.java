package io.twinbench.inventory;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which configuration files an inventory records, and which of them may travel with their
 * contents (small text files matching a content pattern). Everything else is recorded by hash.
 */
public record ImagePolicy(List<String> configPaths, List<Pattern> contentPatterns, int maxContentBytes) {

    public static final List<String> DEFAULT_CONFIG_PATHS = List.of("/etc/hostname", "/etc/hosts", "/etc/resolv.conf",
            "/etc/os-release", "/etc/fstab", "/etc/passwd", "/etc/group", "/etc/crontab", "/etc/sudoers", "/etc/sudoers.d",
            "/etc/ssh", "/etc/cron.d", "/etc/systemd/system", "/etc/apt/sources.list", "/etc/apt/sources.list.d",
            "/etc/security/limits.conf", "/etc/sysctl.conf", "/etc/sysctl.d", "/etc/nsswitch.conf", "/etc/pam.d");

    /** Public, secret-free system files an analyst reads first. Keys and shadow files never match. */
    public static final List<String> DEFAULT_CONTENT = List.of("/etc/hostname", "/etc/hosts", "/etc/os-release", "/etc/fstab",
            "/etc/resolv.conf", "/etc/ssh/sshd_config", "/etc/crontab", "/etc/apt/sources\\.list.*", "/etc/sysctl\\..*",
            "/etc/nsswitch.conf");

    public ImagePolicy {
        configPaths = List.copyOf(configPaths);
        contentPatterns = List.copyOf(contentPatterns);
        if (maxContentBytes < 0 || maxContentBytes > 1 << 20) {
            throw new IllegalArgumentException("maxContentBytes must be between 0 and 1 MiB");
        }
    }

    public static ImagePolicy defaults() {
        return new ImagePolicy(DEFAULT_CONFIG_PATHS, DEFAULT_CONTENT.stream().map(Pattern::compile).toList(), 8192);
    }

    public boolean contentAllowed(String absolutePath) {
        return contentPatterns.stream().anyMatch(p -> p.matcher(absolutePath).matches());
    }
}
