package io.twinbench.agent;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line as syslog daemons write it, in either of rsyslog's two file formats: RFC 3339
 * ("2026-11-22T20:42:16.123456+00:00 host sshd[42]: ...", Debian 12's default) or the
 * traditional one ("Nov 22 20:42:16 host sshd[42]: ...", whose year and zone are the agent's).
 */
record SyslogLine(long timestamp, String host, String program, String pid, String message) {

    private static final Pattern RFC3339 = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\S+)\\s+(\\S+)\\s+([^\\s\\[:]+)(?:\\[(\\d+)\\])?:\\s?(.*)$");
    private static final Pattern TRADITIONAL = Pattern.compile(
            "^([A-Z][a-z]{2}\\s+\\d{1,2}\\s+\\d\\d:\\d\\d:\\d\\d)\\s+(\\S+)\\s+([^\\s\\[:]+)(?:\\[(\\d+)\\])?:\\s?(.*)$");
    private static final DateTimeFormatter TRADITIONAL_TIME = DateTimeFormatter.ofPattern("yyyy MMM d HH:mm:ss", Locale.ENGLISH);

    static Optional<SyslogLine> parse(String line, Clock clock) {
        Matcher m = RFC3339.matcher(line);
        if (m.matches()) {
            try {
                long ts = OffsetDateTime.parse(m.group(1)).toInstant().toEpochMilli();
                // a line dated before 1970 is no syslog line of this endpoint's
                return ts < 0 ? Optional.empty() : Optional.of(new SyslogLine(ts, m.group(2), m.group(3), m.group(4), m.group(5)));
            } catch (DateTimeParseException | ArithmeticException e) {
                return Optional.empty();
            }
        }
        m = TRADITIONAL.matcher(line);
        if (m.matches()) {
            ZoneId zone = clock.getZone();
            int year = LocalDateTime.now(clock).getYear();
            try {
                LocalDateTime at = LocalDateTime.parse(year + " " + m.group(1).replaceAll("\\s+", " "), TRADITIONAL_TIME);
                if (at.isAfter(LocalDateTime.now(clock).plusDays(1))) {
                    at = at.minusYears(1); // a December line read in January
                }
                return Optional.of(new SyslogLine(at.atZone(zone).toInstant().toEpochMilli(), m.group(2), m.group(3), m.group(4),
                        m.group(5)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
