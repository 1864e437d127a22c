package io.twinbench.agent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.twinbench.inventory.SecretRedactor;
import io.twinbench.protocol.ElementIds;
import io.twinbench.protocol.Event;
import io.twinbench.protocol.Event.Kinds;
import io.twinbench.protocol.Severity;

/**
 * Records of the Linux audit log (/var/log/audit/audit.log, written by auditd). Logins and
 * authentications become auth.success/auth.failure, sudo's USER_CMD a sudo event, ADD_USER a
 * new user; the other record types that matter to an analyst (policy changes, AVC denials,
 * anomalies, watched system calls) are kept as audit events with their fields.
 */
final class AuditLogParser {

    private static final Pattern RECORD = Pattern.compile("^type=(\\S+) msg=audit\\((\\d+)\\.(\\d{1,3})\\d*:(\\d+)\\):\\s*(.*)$");
    private static final Pattern FIELD = Pattern.compile("(?<![\\w-])([\\w-]++)=(\"[^\"]*+\"|'[^']*+'|\\S++)");
    /** Bookkeeping records that follow a SYSCALL record and say nothing alone. */
    private static final Set<String> SKIPPED = Set.of("PROCTITLE", "PATH", "CWD", "EOE", "SOCKADDR", "BPRM_FCAPS", "CRED_ACQ",
            "CRED_DISP", "CRED_REFR", "SERVICE_START", "SERVICE_STOP", "DAEMON_START", "DAEMON_END", "CONFIG_CHANGE");

    private final String source;
    private final SecretRedactor redactor;

    AuditLogParser(String source, SecretRedactor redactor) {
        this.source = source;
        this.redactor = redactor;
    }

    Optional<Event> parse(String line) {
        Matcher m = RECORD.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String type = m.group(1);
        if (SKIPPED.contains(type)) {
            return Optional.empty();
        }
        // seconds that overflow a long or lie before 1970 are no time an audit record has: not an event
        if (m.group(2).length() > 12) {
            return Optional.empty();
        }
        long ts = Long.parseLong(m.group(2)) * 1000 + Long.parseLong((m.group(3) + "00").substring(0, 3));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("auditType", type);
        fields.put("auditSerial", m.group(4));
        Matcher f = FIELD.matcher(m.group(5).replace("msg='", "").replaceAll("'$", ""));
        while (f.find() && fields.size() < 60) {
            String value = f.group(2);
            if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            fields.putIfAbsent(f.group(1), redactor.redact(value));
        }
        boolean success = "success".equals(fields.get("res")) || "yes".equals(fields.get("success"));
        String user = first(fields, "acct", "id", "name");
        String kind;
        Severity severity;
        switch (type) {
            case "USER_LOGIN", "USER_AUTH", "USER_ACCT", "USER_START", "LOGIN" -> {
                kind = success ? Kinds.AUTH_SUCCESS : Kinds.AUTH_FAILURE;
                severity = success ? Severity.INFO : Severity.WARN;
            }
            case "USER_CMD" -> {
                kind = Kinds.SUDO;
                severity = success ? Severity.INFO : Severity.ERROR;
            }
            case "ADD_USER" -> {
                kind = Kinds.NEW_USER;
                severity = Severity.WARN;
            }
            case "AVC", "SELINUX_ERR", "APPARMOR_DENIED", "ANOM_ABEND", "ANOM_PROMISCUOUS", "ANOM_LOGIN_FAILURES", "ANOM_EXEC" -> {
                kind = Kinds.AUDIT;
                severity = Severity.ERROR;
            }
            default -> {
                kind = Kinds.AUDIT;
                severity = success || !fields.containsKey("res") && !fields.containsKey("success") ? Severity.INFO : Severity.WARN;
            }
        }
        String element = user != null && !user.isBlank() && !"?".equals(user) && !user.matches("\\d+") ? ElementIds.of("user", user) : null;
        if (element == null && fields.containsKey("pid") && "SYSCALL".equals(type)) {
            element = ElementIds.of("proc", fields.get("pid"));
        }
        String message = type + " " + m.group(5);
        return Optional.of(Event.fitted(ts, kind, severity, source, element, redactor.redact(message), fields));
    }

    private static String first(Map<String, String> fields, String... names) {
        for (String name : names) {
            if (fields.containsKey(name)) {
                return fields.get(name);
            }
        }
        return null;
    }
}
