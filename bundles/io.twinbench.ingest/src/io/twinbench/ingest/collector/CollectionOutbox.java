package io.twinbench.ingest.collector;

import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import io.twinbench.protocol.CollectionPolicyDelivery;
import io.twinbench.protocol.CollectionReport;
import io.twinbench.protocol.Message;
import io.twinbench.store.CollectionPolicies;
import io.twinbench.store.TwinStore;

/**
 * What the collector sends an agent about what it may collect (the newest signed collection
 * policy, once per connection and again when a newer one is issued), and what it keeps of the
 * agent's answer: the serial it enforces, or why it refused one.
 */
final class CollectionOutbox {

    private final TwinStore store;
    private final Clock clock;

    CollectionOutbox(TwinStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The newest policy when it was not sent on this connection yet; sent records it. */
    List<Message> outgoing(Set<String> sent) {
        return store.collection().latest()
                .filter(issued -> sent.add("collection:" + issued.serial()))
                .<List<Message>>map(issued -> List.of(new CollectionPolicyDelivery(Base64.getEncoder().encodeToString(issued.envelope()))))
                .orElse(List.of());
    }

    void report(String agentId, CollectionReport report) {
        store.collection().report(new CollectionPolicies.AgentState(agentId, report.serial(), report.state(), report.detail(), clock.instant()));
    }
}
