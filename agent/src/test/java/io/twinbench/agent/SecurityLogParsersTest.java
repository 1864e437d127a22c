package io.twinbench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.twinbench.inventory.SecretRedactor;
import io.twinbench.protocol.Event;
import io.twinbench.protocol.Severity;

/** Real lines as sshd, sudo, su, useradd and auditd write them, in both of rsyslog's formats. */
class SecurityLogParsersTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T21:00:00Z"), ZoneOffset.UTC);
    private final AuthLogParser auth = new AuthLogParser("/var/log/auth.log", clock, SecretRedactor.defaults());
    private final AuditLogParser audit = new AuditLogParser("/var/log/audit/audit.log", SecretRedactor.defaults());

    @Test
    void sshLoginsAcceptedAndFailedWithTheirUserAndAddress() {
        Event ok = auth.parse("2026-11-22T20:42:16.123456+00:00 web1 sshd[4242]: Accepted publickey for alice from 10.0.0.5 port 51234 ssh2: "
                + "ED25519 SHA256:abc").orElseThrow();
        assertEquals("auth.success", ok.kind());
        assertEquals(Instant.parse("2026-11-22T20:42:16.123Z").toEpochMilli(), ok.timestamp());
        assertEquals("user/alice", ok.element());
        assertEquals("10.0.0.5", ok.attributes().get("remoteAddress"));
        assertEquals("publickey", ok.attributes().get("method"));
        assertEquals("4242", ok.attributes().get("pid"));

        Event failed = auth.parse("Nov 22 20:43:01 web1 sshd[4250]: Failed password for invalid user admin from 203.0.113.9 port 40022 ssh2")
                .orElseThrow();
        assertEquals("auth.failure", failed.kind());
        assertEquals(Severity.WARN, failed.severity());
        assertEquals(Instant.parse("2026-11-22T20:43:01Z").toEpochMilli(), failed.timestamp(), "the traditional format takes this year");
        assertEquals("admin", failed.attributes().get("user"));
        assertEquals("true", failed.attributes().get("invalidUser"));
        assertNull(failed.element(), "an invalid user is no element of the twin");

        Event knownUser = auth.parse("Nov 22 20:43:05 web1 sshd[4251]: Failed password for root from 203.0.113.9 port 40023 ssh2").orElseThrow();
        assertEquals("user/root", knownUser.element());
        assertEquals("auth.failure", auth.parse("Nov 22 20:43:06 web1 sshd[4252]: Invalid user oracle from 203.0.113.9 port 40030")
                .orElseThrow().kind());
    }

    @Test
    void sudoCommandsAndRefusalsWithSecretsMasked() {
        Event sudo = auth.parse("2026-11-22T20:44:00+00:00 web1 sudo:    alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ; "
                + "COMMAND=/usr/bin/mysql --password=hunter2 -e select").orElseThrow();
        assertEquals("sudo", sudo.kind());
        assertEquals(Severity.INFO, sudo.severity());
        assertEquals("root", sudo.attributes().get("runAs"));
        assertEquals("/home/alice", sudo.attributes().get("cwd"));
        assertTrue(sudo.message().contains("PWD=/home/alice ;"), "the working directory is no password: " + sudo.message());
        assertTrue(sudo.attributes().get("command").startsWith("/usr/bin/mysql --password=***"), sudo.attributes().get("command"));
        assertFalse(sudo.message().contains("hunter2"));

        Event refused = auth.parse("2026-11-22T20:44:10+00:00 web1 sudo:      bob : user NOT in sudoers ; TTY=pts/1 ; PWD=/tmp ; "
                + "USER=root ; COMMAND=/bin/cat /etc/shadow").orElseThrow();
        assertEquals(Severity.ERROR, refused.severity());
        assertEquals("user NOT in sudoers", refused.attributes().get("refusal"));
        assertEquals("user/bob", refused.element());

        Event pam = auth.parse("2026-11-22T20:44:20+00:00 web1 sudo: pam_unix(sudo:auth): authentication failure; logname=bob uid=1001 "
                + "euid=0 tty=/dev/pts/1 ruser=bob rhost=  user=bob").orElseThrow();
        assertEquals("auth.failure", pam.kind());
        assertEquals("sudo", pam.attributes().get("service"));
        assertEquals("bob", pam.attributes().get("user"));
    }

    @Test
    void suAndNewUsersAndUninterestingLines() {
        assertEquals("auth.failure", auth.parse("Nov 22 20:45:00 web1 su[900]: FAILED SU (to root) bob on pts/1").orElseThrow().kind());
        Event su = auth.parse("Nov 22 20:45:10 web1 su[901]: pam_unix(su:session): session opened for user root(uid=0) by bob(uid=1001)")
                .orElseThrow();
        assertEquals("auth.success", su.kind());
        assertEquals("bob", su.attributes().get("by"));
        Event added = auth.parse("Nov 22 20:46:00 web1 useradd[1200]: new user: name=eve, UID=1002, GID=1002, home=/home/eve, "
                + "shell=/bin/bash, from=/dev/pts/0").orElseThrow();
        assertEquals("user.new", added.kind());
        assertEquals("user/eve", added.element());
        assertTrue(auth.parse("Nov 22 20:46:30 web1 CRON[77]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)").isEmpty(),
                "cron sessions are not logins");
        assertTrue(auth.parse("Nov 22 20:46:31 web1 sshd[4242]: Connection closed by 10.0.0.5 port 51234").isEmpty());
        assertTrue(auth.parse("not a syslog line at all").isEmpty());
    }

    @Test
    void auditRecordsBecomeLoginsSudoAndAuditEvents() {
        Event failed = audit.parse("type=USER_AUTH msg=audit(1795380000.250:812): pid=4250 uid=0 auid=4294967295 ses=4294967295 "
                + "msg='op=PAM:authentication grantors=? acct=\"admin\" exe=\"/usr/sbin/sshd\" hostname=203.0.113.9 addr=203.0.113.9 "
                + "terminal=ssh res=failed'").orElseThrow();
        assertEquals("auth.failure", failed.kind());
        assertEquals(1795380000250L, failed.timestamp());
        assertEquals("user/admin", failed.element());
        assertEquals("203.0.113.9", failed.attributes().get("addr"));
        assertEquals("USER_AUTH", failed.attributes().get("auditType"));

        Event cmd = audit.parse("type=USER_CMD msg=audit(1795380001.000:813): pid=5000 uid=1000 auid=1000 ses=3 msg='cwd=\"/home/alice\" "
                + "cmd=6C73 exe=\"/usr/bin/sudo\" terminal=pts/0 res=success'").orElseThrow();
        assertEquals("sudo", cmd.kind());

        Event syscall = audit.parse("type=SYSCALL msg=audit(1795380002.5:814): arch=c000003e syscall=59 success=yes exit=0 a0=55 ppid=1 "
                + "pid=6000 auid=1000 uid=0 comm=\"nc\" exe=\"/usr/bin/nc.openbsd\" key=\"exec\"").orElseThrow();
        assertEquals("audit", syscall.kind());
        assertEquals(1795380002500L, syscall.timestamp());
        assertEquals("proc/6000", syscall.element());
        assertEquals("exec", syscall.attributes().get("key"));

        assertTrue(audit.parse("type=PROCTITLE msg=audit(1795380002.5:814): proctitle=6E63").isEmpty(), "bookkeeping records are skipped");
        assertTrue(audit.parse("garbage").isEmpty());
    }

    @Test
    void applicationLinesKeepTheirTimeAndLevel() {
        AppLogParser app = new AppLogParser("/var/log/app.log", clock, SecretRedactor.defaults());
        Event error = app.parse("2026-11-22 20:50:01,250 ERROR [main] db connection to postgres://app:s3cret@db:5432/app refused");
        assertEquals(Severity.ERROR, error.severity());
        assertEquals(Instant.parse("2026-11-22T20:50:01.250Z").toEpochMilli(), error.timestamp());
        assertFalse(error.message().contains("s3cret"), error.message());
        assertEquals("log", error.kind());
        Event logfmt = app.parse("ts=now level=warn msg=\"slow request\"");
        assertEquals(Severity.WARN, logfmt.severity());
        assertEquals(clock.millis(), logfmt.timestamp(), "no time in the line: the time it was read");
    }

    @Test
    void craftedLinesNeitherOverflowTheStackNorStallTheParser() {
        // once, a sudo line with a few thousand "; x" overflowed the stack, and a long audit word took a second
        String sudo = "2026-11-22T20:44:00+00:00 web1 sudo: alice : TTY=pts/0 ; PWD=/ ; USER=root ;" + " x;".repeat(3000);
        String auditLine = "type=USER_LOGIN msg=audit(1796000000.123:42): " + "a".repeat(8000);
        String pam = "2026-11-22T20:44:00+00:00 web1 sshd[1]: pam_unix(sshd:auth): authentication failure;" + " user=".repeat(1300) + "x ";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 20; i++) {
                assertTrue(auth.parse(sudo).isEmpty(), "no COMMAND: no sudo event");
                audit.parse(auditLine);
                auth.parse(pam);
            }
        });
        Event refused = auth.parse("2026-11-22T20:44:00+00:00 web1 sudo:   mallory : 3 incorrect password attempts ; TTY=pts/1 ; PWD=/tmp ;"
                + " USER=root ; ENV=A=b ; COMMAND=/bin/sh -c id ; echo").orElseThrow();
        assertEquals("3 incorrect password attempts", refused.attributes().get("refusal"));
        assertEquals("/bin/sh -c id ; echo", refused.attributes().get("command"), "the command keeps its own semicolons");
        assertEquals(Severity.ERROR, refused.severity());
    }

    @Test
    void aLineTooLongForAnEventIsCutNotLost() {
        // found by fuzzing: a user name longer than an element id may be made the event refused, hiding the failure
        Event failed = auth.parse("Nov 22 20:43:01 web1 sshd[4250]: Failed password for " + "x".repeat(600) + " from 203.0.113.9 port 1 ssh2")
                .orElseThrow();
        assertEquals("auth.failure", failed.kind());
        assertEquals(Event.MAX_ELEMENT, failed.element().length());
        assertTrue(failed.element().endsWith("…"), failed.element());
        // masking lengthens a line of many short secrets past what an event holds
        AppLogParser app = new AppLogParser("/var/log/app.log", clock, SecretRedactor.defaults());
        Event masked = app.parse("ERROR " + "password=a ".repeat(800));
        assertEquals(Event.MAX_MESSAGE, masked.message().length());
        assertTrue(masked.message().startsWith("ERROR password=*** password=***") && masked.message().endsWith("…"), masked.message());
    }
}
