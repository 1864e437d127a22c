package io.twinbench.agent;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.twinbench.inventory.SecretRedactor;
import io.twinbench.protocol.Event;
import io.twinbench.protocol.Event.Kinds;
import io.twinbench.protocol.Severity;

/**
 * An application's log line as an event: its time when the line starts with one (ISO 8601,
 * or a syslog prefix), else the time it was read; its level when the line names one
 * (ERROR, WARN, level=error, ...); the line itself, with secrets masked.
 */
final class AppLogParser {

    private static final Pattern ISO_TIME = Pattern.compile("^\\[?(\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?(Z|[+-]\\d\\d:?\\d\\d)?)");
    private static final Pattern LEVEL = Pattern.compile(
            "\\b(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|SEVERE|FATAL|CRIT|CRITICAL|ALERT|EMERG|PANIC)\\b|\\blevel=\"?(\\w+)");

    private final String source;
    private final Clock clock;
    private final SecretRedactor redactor;

    AppLogParser(String source, Clock clock, SecretRedactor redactor) {
        this.source = source;
        this.clock = clock;
        this.redactor = redactor;
    }

    Event parse(String line) {
        String text = line.length() > Event.MAX_MESSAGE ? line.substring(0, Event.MAX_MESSAGE) : line;
        long ts = SyslogLine.parse(text, clock).map(SyslogLine::timestamp).orElseGet(() -> isoTime(text));
        Matcher level = LEVEL.matcher(text.length() > 200 ? text.substring(0, 200) : text);
        Severity severity = Severity.INFO;
        if (level.find()) {
            severity = Severity.ofWord(level.group(1) != null ? level.group(1) : level.group(2));
        }
        return Event.fitted(ts, Kinds.LOG, severity, source, null, redactor.redact(text), Map.of());
    }

    /** A time before 1970 is no time a log line of this endpoint was written: the reading time stands instead. */
    private long notBefore1970(long millis) {
        return millis >= 0 ? millis : clock.millis();
    }

    private long isoTime(String text) {
        Matcher m = ISO_TIME.matcher(text);
        if (m.find()) {
            String t = m.group(1).replace(' ', 'T').replace(',', '.');
            try {
                if (m.group(2) != null) {
                    String zone = m.group(2);
                    if (zone.length() == 5) {
                        t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
                    }
                    return notBefore1970(OffsetDateTime.parse(t).toInstant().toEpochMilli());
                }
                return notBefore1970(LocalDateTime.parse(t).atZone(clock.getZone()).toInstant().toEpochMilli());
            } catch (DateTimeParseException | ArithmeticException e) {
                // not a time after all: the reading time stands
            }
        }
        return clock.millis();
    }
}
