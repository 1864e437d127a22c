package io.twinbench.ingest.collector;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.twinbench.protocol.Message;
import io.twinbench.protocol.ShadowControl;
import io.twinbench.protocol.ShadowOrderDelivery;
import io.twinbench.protocol.ShadowRecords;
import io.twinbench.protocol.ShadowReport;
import io.twinbench.store.ShadowRecordings;
import io.twinbench.store.TwinStore;

/**
 * What the collector sends an agent about shadow sessions (orders it has not answered, stop
 * orders) and what it does with the agent's reports and recordings: each is taken only for a
 * session ordered for that very agent, so one endpoint cannot write into another's recording.
 */
final class ShadowOutbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TwinStore store;
    private final Clock clock;

    ShadowOutbox(TwinStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Messages for the agent not yet sent on this connection; sent records them. */
    List<Message> outgoing(String agentId, Set<String> sent) {
        List<Message> messages = new ArrayList<>();
        Instant now = clock.instant();
        store.shadows().expire(now);
        for (ShadowRecordings.Session session : store.shadows().waitingFor(agentId, now)) {
            if (ShadowRecordings.ORDERED.equals(session.state())) {
                if (sent.add("shadow:" + session.id())) {
                    messages.add(new ShadowOrderDelivery(Base64.getEncoder().encodeToString(session.envelope())));
                }
            } else if (sent.add("shadow-stop:" + session.id())) {
                messages.add(new ShadowControl(session.id(), ShadowControl.STOP, session.stopReason()));
            }
        }
        return messages;
    }

    /** Why the agent may not report on or record into this session, or null when it may. */
    String refusal(String agentId, String sessionId) {
        Optional<ShadowRecordings.Session> session = store.shadows().session(sessionId);
        if (session.isEmpty() || !session.get().endpointId().equals(agentId)) {
            return "there is no shadow session " + sessionId + " of agent " + agentId;
        }
        return null;
    }

    void report(String agentId, ShadowReport report) {
        boolean over = ShadowReport.ENDED.equals(report.state()) || ShadowReport.REFUSED.equals(report.state());
        try {
            store.shadows().report(report.session(), report.state(), report.capabilities().isEmpty() ? null : JSON.writeValueAsString(report.capabilities()),
                    report.counts().isEmpty() ? null : JSON.writeValueAsString(report.counts()), report.detail(), over, clock.instant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void records(ShadowRecords records) {
        List<ShadowRecordings.Syscall> syscalls = new ArrayList<>(records.syscalls().size());
        for (ShadowRecords.Syscall s : records.syscalls()) {
            syscalls.add(new ShadowRecordings.Syscall(0, s.pid(), s.micros(), s.name(), s.arguments(), s.result(), s.error(), s.durationMicros(), s.paths()));
        }
        List<ShadowRecordings.Exchange> exchanges = new ArrayList<>(records.exchanges().size());
        for (ShadowRecords.Exchange x : records.exchanges()) {
            exchanges.add(new ShadowRecordings.Exchange(0, x.connection(), x.requestMicros(), x.responseMicros(), x.method(), x.target(), x.requestHeaders(),
                    decode(x.requestBody()), x.requestLength(), x.status(), x.responseHeaders(), decode(x.responseBody()), x.responseLength()));
        }
        store.shadows().append(records.session(), ShadowRecordings.LIVE,
                new ShadowRecordings.Batch(syscalls, exchanges, records.chunk(), decode(records.pcapng()), records.packets()));
    }

    private static byte[] decode(String base64) {
        return base64 == null || base64.isEmpty() ? new byte[0] : Base64.getDecoder().decode(base64);
    }
}
