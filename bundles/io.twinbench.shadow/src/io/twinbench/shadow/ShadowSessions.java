package io.twinbench.shadow;

import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import io.twinbench.capture.pcap.PcapngSecretsFirst;
import io.twinbench.remedy.trust.Approvers;
import io.twinbench.remedy.trust.Envelope;
import io.twinbench.remedy.trust.ShadowOrder;
import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustException;
import io.twinbench.remedy.trust.TrustRoot;
import io.twinbench.store.ShadowRecordings;
import io.twinbench.store.TwinStore;

/**
 * Shadow sessions from the analyst's side: an order signed with an approver's key and queued for
 * the endpoint's agent (the collector delivers it), a stop order, and the recording read back,
 * including the pcapng file as Wireshark and tshark open it.
 */
public final class ShadowSessions {

    /** The workspace's root of trust, read when asked. */
    public interface RootSource {
        Optional<TrustRoot> root() throws IOException;
    }

    /** What the analyst asks for; tlsKeyLog is the service's key log on the endpoint, or null. */
    public record Request(String endpointId, ShadowOrder.Scope scope, List<String> capture, Duration duration, long bytesPerSecond, int bodyBytes,
            String tlsKeyLog) {

        public static final long DEFAULT_BUDGET = 2L << 20;
        public static final int DEFAULT_BODY = 64 * 1024;
        public static final Duration LONGEST = Duration.ofDays(1);
    }

    private final TwinStore store;
    private final RootSource roots;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ShadowSessions(TwinStore store, RootSource roots, Clock clock) {
        this.store = store;
        this.roots = roots;
        this.clock = clock;
    }

    /** Signs the order with the approvers' keys (as many as the root's threshold) and queues it for the agent; the session as recorded. */
    public ShadowRecordings.Session start(Request request, List<SigningKey> keys, String by) throws IOException, TrustException {
        if (store.enrollments().agent(request.endpointId()).isEmpty()) {
            throw new IllegalArgumentException("no agent " + request.endpointId() + " is enrolled in this workspace");
        }
        if (request.duration().isNegative() || request.duration().isZero() || request.duration().compareTo(Request.LONGEST) > 0) {
            throw new IllegalArgumentException("a shadow session lasts more than nothing and at most " + Request.LONGEST.toHours() + " hours");
        }
        TrustRoot root = roots.root().orElseThrow(() -> new IllegalArgumentException(
                "the workspace has no root of trust yet: make one (plan root) so agents can verify who ordered a session"));
        Instant now = clock.instant();
        String id = "shadow-" + now.getEpochSecond() + "-" + HexFormat.of().formatHex(random.generateSeed(3));
        ShadowOrder order = new ShadowOrder(id, request.endpointId(), now, now.plus(request.duration()), request.scope(), request.capture(),
                request.bytesPerSecond(), request.bodyBytes(), request.tlsKeyLog());
        Approvers approvers = new Approvers(root, keys);
        Envelope signed = approvers.sign(order.unsigned(), "the order");
        ShadowRecordings.Session session = new ShadowRecordings.Session(id, request.endpointId(), ShadowRecordings.ORDERED, signed.toJson(),
                describe(order.scope()), now, order.expires(), null, null, null, null,
                "ordered, signed by " + String.join(", ", approvers.names()), by, now);
        store.shadows().create(session);
        return session;
    }

    /** The scope in words, as lists show it. */
    public static String describe(ShadowOrder.Scope scope) {
        StringBuilder text = new StringBuilder();
        append(text, "units", scope.units());
        append(text, "names", scope.names());
        append(text, "pids", scope.pids());
        append(text, "ports", scope.ports());
        return text.toString();
    }

    private static void append(StringBuilder text, String what, List<?> items) {
        if (!items.isEmpty()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(what).append(' ').append(items.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""));
        }
    }

    /** Orders the agent to stop the session now; false when it is over already. */
    public boolean stop(String id, String reason) {
        requireSession(id);
        return store.shadows().stop(id, reason == null || reason.isBlank() ? "stopped by the analyst" : reason.strip(), clock.instant());
    }

    public ShadowRecordings.Session requireSession(String id) {
        store.shadows().expire(clock.instant());
        return store.shadows().session(id).orElseThrow(() -> new IllegalArgumentException("there is no shadow session " + id));
    }

    public List<ShadowRecordings.Session> sessions(String endpointId) {
        store.shadows().expire(clock.instant());
        return store.shadows().sessions(endpointId);
    }

    /** What a session says about itself: its capabilities and counts as the agent reported them, and what the store holds. */
    public ShadowStatus status(String id) {
        ShadowRecordings.Session session = requireSession(id);
        long[] live = store.shadows().counts(id, ShadowRecordings.LIVE);
        long[] twin = store.shadows().counts(id, ShadowRecordings.TWIN);
        return ShadowStatus.of(session, live, twin);
    }

    public static final int MAX_COMPARED = 500_000;

    /** Live against twin for the session's last replay; at most {@link #MAX_COMPARED} records of each kind per side are read. */
    public ShadowComparison.Result compare(String id) {
        requireSession(id);
        return ShadowComparison.compare(exchanges(id, ShadowRecordings.LIVE), exchanges(id, ShadowRecordings.TWIN), syscalls(id, ShadowRecordings.LIVE),
                syscalls(id, ShadowRecordings.TWIN));
    }

    private List<ShadowRecordings.Exchange> exchanges(String id, String side) {
        List<ShadowRecordings.Exchange> all = new java.util.ArrayList<>();
        long from = 0;
        while (all.size() < MAX_COMPARED) {
            List<ShadowRecordings.Exchange> page = store.shadows().exchanges(id, side, from, 10_000);
            all.addAll(page);
            if (page.size() < 10_000) {
                break;
            }
            from = page.get(page.size() - 1).seq() + 1;
        }
        return all;
    }

    private List<ShadowRecordings.Syscall> syscalls(String id, String side) {
        List<ShadowRecordings.Syscall> all = new java.util.ArrayList<>();
        long from = 0;
        while (all.size() < MAX_COMPARED) {
            List<ShadowRecordings.Syscall> page = store.shadows().syscalls(id, side, from, 50_000);
            all.addAll(page);
            if (page.size() < 50_000) {
                break;
            }
            from = page.get(page.size() - 1).seq() + 1;
        }
        return all;
    }

    /** One request as both sides handled it: its exchange and the system calls in the window each took to answer it (twin null before a replay). */
    public record RequestPair(ShadowRecordings.Exchange live, ShadowRecordings.Exchange twin, List<ShadowRecordings.Syscall> liveCalls,
            List<ShadowRecordings.Syscall> twinCalls) {
    }

    public static final int CALLS_SHOWN = 2_000;

    public Optional<RequestPair> request(String id, long seq) {
        List<ShadowRecordings.Exchange> live = store.shadows().exchanges(id, ShadowRecordings.LIVE, seq, 1);
        if (live.isEmpty() || live.get(0).seq() != seq) {
            return Optional.empty();
        }
        List<ShadowRecordings.Exchange> twin = store.shadows().exchanges(id, ShadowRecordings.TWIN, seq, 1);
        ShadowRecordings.Exchange t = twin.isEmpty() || twin.get(0).seq() != seq ? null : twin.get(0);
        return Optional.of(new RequestPair(live.get(0), t, window(id, ShadowRecordings.LIVE, live.get(0)), t == null ? List.of()
                : window(id, ShadowRecordings.TWIN, t)));
    }

    private List<ShadowRecordings.Syscall> window(String id, String side, ShadowRecordings.Exchange x) {
        long slack = 2_000;
        long end = x.responseMicros() > 0 ? x.responseMicros() + slack : x.requestMicros() + 1_000_000;
        return store.shadows().syscallsBetween(id, side, x.requestMicros() - slack, end, CALLS_SHOWN);
    }

    /** Writes the session's packets as one pcapng file, TLS keys first; its length in bytes. */
    public long exportPcapng(String id, OutputStream out) throws IOException {
        requireSession(id);
        return PcapngSecretsFirst.write(chunk -> store.shadows().pcapng(id, chunk), out);
    }
}
