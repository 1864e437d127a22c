package io.twinbench.agent;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.twinbench.inventory.SecretRedactor;
import io.twinbench.protocol.ElementIds;
import io.twinbench.protocol.Event;
import io.twinbench.protocol.Event.Kinds;
import io.twinbench.protocol.Severity;

/**
 * Security events from the authentication log (/var/log/auth.log, /var/log/secure): logins
 * accepted and failed (sshd, login, su, PAM), sudo commands and refusals, and users added.
 * Lines it does not recognise are not events; the whole file can still be followed as a log.
 */
final class AuthLogParser {

    private static final Pattern SSH_ACCEPTED = Pattern.compile("^Accepted (\\S+) for (\\S+) from (\\S+) port (\\d+)");
    private static final Pattern SSH_FAILED = Pattern.compile("^Failed (\\S+) for (invalid user )?(\\S+) from (\\S+) port (\\d+)");
    private static final Pattern SSH_INVALID = Pattern.compile("^Invalid user (\\S*) from (\\S+)(?: port (\\d+))?");
    private static final Pattern PAM_FAILURE = Pattern.compile("^pam_unix\\(([^:)]++):auth\\): authentication failure;");
    private static final Pattern PAM_USER = Pattern.compile("(?<![\\w-])user=(\\S++)\\s*+$");
    private static final Pattern PAM_OPENED = Pattern.compile("^pam_unix\\(([^:)]+):session\\): session opened for user (\\S+?)(?:\\(uid=\\d+\\))?(?: by (\\S*?)(?:\\(uid=\\d+\\))?)?$");
    private static final Pattern SU_FAILED = Pattern.compile("^FAILED SU \\(to (\\S+)\\) (\\S+) on (\\S+)");
    /**
     * PAM sessions that are no login of their own: sudo has its own line, cron and systemd's user
     * manager are not people, and sshd's "Accepted" line says more. su and login remain.
     */
    private static final java.util.Set<String> NOT_LOGINS = java.util.Set.of("sudo", "cron", "systemd-user", "sshd");
    private static final Pattern NEW_USER = Pattern.compile("^new user: name=([^,]+), UID=(\\d+)");

    private final Clock clock;
    private final SecretRedactor redactor;
    private final String source;

    AuthLogParser(String source, Clock clock, SecretRedactor redactor) {
        this.source = source;
        this.clock = clock;
        this.redactor = redactor;
    }

    Optional<Event> parse(String line) {
        Optional<SyslogLine> parsed = SyslogLine.parse(line, clock);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        SyslogLine l = parsed.get();
        String msg = l.message();
        Matcher m;
        if ((m = SSH_ACCEPTED.matcher(msg)).find()) {
            return event(l, Kinds.AUTH_SUCCESS, Severity.INFO, m.group(2), attrs(l, "user", m.group(2), "method", m.group(1),
                    "remoteAddress", m.group(3), "remotePort", m.group(4)));
        }
        if ((m = SSH_FAILED.matcher(msg)).find()) {
            return event(l, Kinds.AUTH_FAILURE, Severity.WARN, m.group(2) == null ? m.group(3) : null, attrs(l, "user", m.group(3),
                    "method", m.group(1), "remoteAddress", m.group(4), "remotePort", m.group(5), "invalidUser",
                    m.group(2) == null ? null : "true"));
        }
        if ((m = SSH_INVALID.matcher(msg)).find()) {
            return event(l, Kinds.AUTH_FAILURE, Severity.WARN, null, attrs(l, "user", m.group(1), "remoteAddress", m.group(2),
                    "remotePort", m.group(3), "invalidUser", "true"));
        }
        if ((m = PAM_FAILURE.matcher(msg)).find()) {
            Matcher user = PAM_USER.matcher(msg);
            String name = user.find(m.end()) ? user.group(1) : null;
            return event(l, Kinds.AUTH_FAILURE, Severity.WARN, name, attrs(l, "user", name, "service", m.group(1)));
        }
        SudoLine sudo;
        if ("sudo".equals(l.program()) && (sudo = SudoLine.parse(msg)) != null) {
            boolean refused = sudo.refusal() != null && !sudo.refusal().isBlank();
            return event(l, Kinds.SUDO, refused ? Severity.ERROR : Severity.INFO, sudo.user(), attrs(l, "user", sudo.user(),
                    "runAs", sudo.runAs(), "tty", sudo.tty(), "cwd", sudo.cwd(), "command", sudo.command(),
                    "refusal", refused ? sudo.refusal() : null));
        }
        if ("su".equals(l.program()) && (m = SU_FAILED.matcher(msg)).find()) {
            return event(l, Kinds.AUTH_FAILURE, Severity.WARN, m.group(2), attrs(l, "user", m.group(2), "runAs", m.group(1),
                    "tty", m.group(3), "service", "su"));
        }
        if ((m = PAM_OPENED.matcher(msg)).find() && !NOT_LOGINS.contains(m.group(1))) {
            return event(l, Kinds.AUTH_SUCCESS, Severity.INFO, m.group(2), attrs(l, "user", m.group(2), "service", m.group(1),
                    "by", m.group(3)));
        }
        if ((m = NEW_USER.matcher(msg)).find()) {
            return event(l, Kinds.NEW_USER, Severity.WARN, m.group(1), attrs(l, "user", m.group(1), "uid", m.group(2)));
        }
        return Optional.empty();
    }

    private Optional<Event> event(SyslogLine l, String kind, Severity severity, String user, Map<String, String> attributes) {
        String element = user == null || user.isBlank() ? null : ElementIds.of("user", user);
        attributes.replaceAll((name, value) -> redactor.redact(value));
        return Optional.of(Event.fitted(l.timestamp(), kind, severity, source, element, redactor.redact(l.message().strip()), attributes));
    }

    /** Attributes from name/value pairs; a null value leaves its name out. */
    private static Map<String, String> attrs(SyslogLine l, String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("program", l.program());
        if (l.pid() != null) {
            map.put("pid", l.pid());
        }
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) {
                map.put(pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
