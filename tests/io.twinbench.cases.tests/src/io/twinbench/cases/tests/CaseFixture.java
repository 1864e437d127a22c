package io.twinbench.cases.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import io.twinbench.capture.pcap.Packet;
import io.twinbench.capture.pcap.PcapngWriter;
import io.twinbench.cases.CaseBuilder;
import io.twinbench.cases.CaseDefinition;
import io.twinbench.cases.CaseFolder;
import io.twinbench.cases.CaseGatherer;
import io.twinbench.cases.CaseIndex;
import io.twinbench.cases.Cases;
import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.TwinPackage;
import io.twinbench.remedy.trust.ShadowOrder;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.shadow.ShadowSessions;
import io.twinbench.store.Sample;
import io.twinbench.store.SeriesKey;
import io.twinbench.store.ShadowRecordings;
import io.twinbench.store.StoreLocation;
import io.twinbench.store.StoredAnomaly;
import io.twinbench.store.StoredEvent;
import io.twinbench.store.TwinStore;

/**
 * A real H2 store holding what an investigation of web-1 meets: a twin snapshot, a login and a
 * sudo event, an anomaly, and a shadow session's system calls, HTTP exchange and packets on both
 * sides; and a case gathered from it.
 */
final class CaseFixture {

    static final String ENDPOINT = "web-1";
    static final String SESSION = "case-test-session";
    /** Ten minutes ago: the twin snapshot the store takes now falls inside the case's range. */
    static final long T0 = (System.currentTimeMillis() - 600_000) * 1000;
    static final int PACKETS = 3;
    static final long REPLAYED_LATER = 3_600_000_000L;
    private static final long HOUR = 3_600_000;

    private CaseFixture() {
    }

    static void fill(TwinStore store) throws IOException {
        TwinBuilder twin = new TwinBuilder(ENDPOINT, ENDPOINT, new Date(T0 / 1000 - 60_000));
        twin.element(TwinPackage.Literals.SERVICE, "svc/lighttpd", "lighttpd", e -> { });
        store.snapshots().save(twin.twin());
        store.events().append(List.of(
                new StoredEvent(0, ENDPOINT, T0 / 1000, "login", "info", "/var/log/auth.log", null, "Accepted publickey for alice from 127.0.0.1", "{}"),
                new StoredEvent(0, ENDPOINT, T0 / 1000 + 40, "sudo", "warning", "/var/log/auth.log", null, "alice : COMMAND=/usr/bin/id", "{}")));
        store.trials().record(new io.twinbench.store.PlanTrials.Trial("d1", "harden-cgi", ENDPOINT, "twinbench/web-1:v1", Instant.ofEpochMilli(T0 / 1000 + 50),
                false, "the port-scan found port 8080 open", ""));
        store.anomalies().append(List.of(new StoredAnomaly(ENDPOINT, "cpu", "cpu.usage", T0 / 1000 + 30, 97, 12, 9.5, "spike", "test")));
        // the root file system filling at 1 GB an hour: 64 of 100 GB at T0, full a day and a half later
        List<Sample> used = new ArrayList<>();
        List<Sample> total = new ArrayList<>();
        for (long at = T0 / 1000 - 24 * HOUR; at <= T0 / 1000; at += 300_000) {
            used.add(new Sample(at, 40e9 + 1e9 * (at - (T0 / 1000 - 24 * HOUR)) / HOUR));
            total.add(new Sample(at, 100e9));
        }
        store.telemetry().append(new SeriesKey(ENDPOINT, "fs/root", "fs.used.bytes"), "bytes", used);
        store.telemetry().append(new SeriesKey(ENDPOINT, "fs/root", "fs.total.bytes"), "bytes", total);
        Instant now = Instant.ofEpochSecond(T0 / 1_000_000);
        ShadowOrder order = new ShadowOrder(SESSION, ENDPOINT, now.minusSeconds(60), now.plusSeconds(600),
                new ShadowOrder.Scope(List.of(), List.of("lighttpd"), List.of(), List.of(80)), ShadowOrder.SOURCES, 1 << 20, 65536, null);
        SigningKey alice = SigningKey.generate("alice");
        var unsigned = order.unsigned();
        store.shadows().create(new ShadowRecordings.Session(SESSION, ENDPOINT, "ordered", unsigned.withSignature(alice.sign(unsigned)).toJson(),
                "names lighttpd; ports 80", now.minusSeconds(60), order.expires(), null, null, null, null, "ordered", "alice", now.minusSeconds(60)));
        long t = T0 + 10_000;
        List<ShadowRecordings.Syscall> live = List.of(
                new ShadowRecordings.Syscall(0, 42, t + 5, "accept4", "3, {sa_family=AF_INET}, [16], SOCK_CLOEXEC", 7, null, 10, List.of()),
                new ShadowRecordings.Syscall(1, 42, t + 20, "clone3", "{flags=CLONE_VM}", 43, null, 30, List.of()),
                new ShadowRecordings.Syscall(2, 43, t + 25, "execve", "\"/usr/bin/sh\", [\"sh\", \"-c\", \"id\"], 0x7ffd", 0, null, 300, List.of("/usr/bin/sh")),
                new ShadowRecordings.Syscall(3, 42, t + 60_000, "openat", "AT_FDCWD, \"/etc/shadow\", O_RDONLY", -1, "EACCES", 8, List.of("/etc/shadow")));
        ShadowRecordings.Exchange request = new ShadowRecordings.Exchange(0, "127.0.0.1:5555 > 127.0.0.1:80", t + 10, t + 400, "GET", "/cgi-bin/status",
                List.of("Host: web-1"), new byte[0], 0, 200, List.of("Content-Type: text/plain"), "ok".getBytes(StandardCharsets.UTF_8), 2);
        store.shadows().append(SESSION, ShadowRecordings.LIVE, new ShadowRecordings.Batch(live, List.of(request), 0, pcapng(t), PACKETS));
        // replayed an hour later: on the timeline it stands beside the live request it replays
        long replay = t + REPLAYED_LATER;
        store.shadows().append(SESSION, ShadowRecordings.TWIN, new ShadowRecordings.Batch(List.of(
                new ShadowRecordings.Syscall(0, 7, replay + 7, "accept4", "3, {sa_family=AF_INET}, [16], SOCK_CLOEXEC", 7, null, 10, List.of())),
                List.of(new ShadowRecordings.Exchange(0, "twin", replay + 12, replay + 300, "GET", "/cgi-bin/status", List.of("Host: web-1"),
                        new byte[0], 0, 404, List.of(), new byte[0], 0)), 0, new byte[0], 0));
    }

    /** Three TCP packets of the request's connection, as raw IPv4. */
    static byte[] pcapng(long micros) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapngWriter w = new PcapngWriter(out, "test")) {
            byte[] get = "GET /cgi-bin/status HTTP/1.1\r\nHost: web-1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            w.packet(packet(micros + 1, 5555, 80, 0x02, new byte[0]));
            w.packet(packet(micros + 9, 5555, 80, 0x18, get));
            w.packet(packet(micros + 390, 80, 5555, 0x18, "HTTP/1.1 200 OK\r\n\r\nok".getBytes(StandardCharsets.US_ASCII)));
        }
        return out.toByteArray();
    }

    private static Packet packet(long micros, int from, int to, int flags, byte[] payload) {
        byte[] p = new byte[40 + payload.length];
        p[0] = 0x45;
        p[2] = (byte) (p.length >> 8);
        p[3] = (byte) p.length;
        p[8] = 64;
        p[9] = 6;
        p[12] = 127;
        p[15] = 1;
        p[16] = 127;
        p[19] = 1;
        p[20] = (byte) (from >> 8);
        p[21] = (byte) from;
        p[22] = (byte) (to >> 8);
        p[23] = (byte) to;
        p[32] = 0x50;
        p[33] = (byte) flags;
        System.arraycopy(payload, 0, p, 40, payload.length);
        return new Packet(micros * 1000, 101, p, p.length);
    }

    /** A workspace with the store filled and a case gathered from it over the fixture's range. */
    static CaseFolder gatheredCase(Path workspace, Cases cases) throws IOException {
        try (TwinStore store = TwinStore.open(StoreLocation.embeddedIn(workspace))) {
            fill(store);
            CaseFolder folder = cases.create("Intrusion on web-1", "alice");
            Instant from = Instant.ofEpochSecond(T0 / 1_000_000 - 3600);
            Instant to = Instant.ofEpochSecond(T0 / 1_000_000 + 3600);
            try (CaseIndex index = CaseIndex.open(folder.index(), false)) {
                CaseGatherer.Tally tally;
                long next;
                try (CaseBuilder b = cases.builder(folder, index)) {
                    tally = new CaseGatherer(store, new ShadowSessions(store, null, Clock.systemUTC()), Clock.systemUTC()).gather(b, ENDPOINT, from, to, s -> { }, () -> false);
                    next = b.nextId();
                }
                cases.gathered(folder, index, new CaseDefinition.Gathering(ENDPOINT, from, to, Instant.now(), tally.summary()), next, "alice");
            }
            return folder;
        }
    }
}
