package io.twinbench.ingest.collector;

import java.time.Duration;

/**
 * What one collector lets its peers hold before they have proved who they are, and after.
 * Anyone who can reach the port can open a connection, so what an unauthenticated peer can make
 * the workbench keep (connections, bytes, time) is small and bounded; an enrolled agent gets
 * more, but not more connections than it needs.
 *
 * @param maxConnections               connections open at once, of every kind
 * @param maxUnauthenticated           connections not yet authenticated (TLS handshake, enrolment, Hello)
 * @param maxUnauthenticatedPerAddress of those, from one remote address
 * @param maxPerAgent                  connections of one enrolled agent; a newer one closes its oldest
 * @param preAuthDeadline              time from accept to an authenticated Hello, or to the end of an enrolment
 * @param unauthenticatedFrameBytes    largest frame read before the peer is authenticated (an enrolment request is about 1 KiB)
 * @param trustRecheck                 how often open sessions' certificates are checked again (revocation, expiry)
 */
public record ConnectionLimits(int maxConnections, int maxUnauthenticated, int maxUnauthenticatedPerAddress, int maxPerAgent,
        Duration preAuthDeadline, int unauthenticatedFrameBytes, Duration trustRecheck) {

    /** Room for a fleet of thousands of agents, each reconnecting now and then. */
    public static final ConnectionLimits DEFAULT = new ConnectionLimits(10_000, 256, 32, 2, Duration.ofSeconds(15), 16 << 10,
            Duration.ofSeconds(10));

    public ConnectionLimits {
        if (maxConnections < 1 || maxUnauthenticated < 1 || maxUnauthenticatedPerAddress < 1 || maxPerAgent < 1
                || unauthenticatedFrameBytes < 1024 || preAuthDeadline.isNegative() || preAuthDeadline.isZero()
                || trustRecheck.isNegative() || trustRecheck.isZero()) {
            throw new IllegalArgumentException("connection limits must be positive (and frames at least 1 KiB)");
        }
    }
}
