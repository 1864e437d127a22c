package io.twinbench.ingest.collector;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The collector's open connections, counted as the limits count them: every connection is
 * unauthenticated (counted per remote address) until its agent's certificate and Hello were
 * accepted, then it is that agent's. Admission is decided before the TLS handshake, so a flood
 * costs the workbench a closed socket, not a handshake.
 */
final class ConnectionRegistry {

    private final ConnectionLimits limits;
    private final Map<AgentConnection, InetAddress> unauthenticated = new HashMap<>();
    private final Map<InetAddress, Integer> perAddress = new HashMap<>();
    private final Map<String, Deque<AgentConnection>> agents = new HashMap<>();
    private int open;

    ConnectionRegistry(ConnectionLimits limits) {
        this.limits = limits;
    }

    /** Takes a new connection in, or says why not (the caller closes it). */
    synchronized String admit(AgentConnection connection, InetSocketAddress remote) {
        InetAddress address = remote == null ? null : remote.getAddress();
        if (open >= limits.maxConnections()) {
            return "the collector has " + open + " connections open, its limit";
        }
        if (unauthenticated.size() >= limits.maxUnauthenticated()) {
            return unauthenticated.size() + " connections are still proving who they are, the limit";
        }
        if (perAddress.getOrDefault(address, 0) >= limits.maxUnauthenticatedPerAddress()) {
            return address + " has " + limits.maxUnauthenticatedPerAddress() + " connections still proving who they are, the limit per address";
        }
        open++;
        unauthenticated.put(connection, address);
        perAddress.merge(address, 1, Integer::sum);
        return null;
    }

    /** The connection proved it is the agent; returns the agent's older connections beyond its limit, for the caller to close. */
    synchronized List<AgentConnection> authenticated(AgentConnection connection, String agentId) {
        leaveUnauthenticated(connection);
        Deque<AgentConnection> mine = agents.computeIfAbsent(agentId, id -> new ArrayDeque<>());
        mine.addLast(connection);
        List<AgentConnection> superseded = new ArrayList<>();
        while (mine.size() > limits.maxPerAgent()) {
            superseded.add(mine.removeFirst());
        }
        return superseded;
    }

    synchronized void closed(AgentConnection connection, String agentId) {
        open--;
        leaveUnauthenticated(connection);
        if (agentId != null) {
            Deque<AgentConnection> mine = agents.get(agentId);
            if (mine != null) {
                mine.remove(connection);
                if (mine.isEmpty()) {
                    agents.remove(agentId);
                }
            }
        }
    }

    private void leaveUnauthenticated(AgentConnection connection) {
        if (unauthenticated.containsKey(connection)) {
            InetAddress address = unauthenticated.remove(connection);
            perAddress.computeIfPresent(address, (a, n) -> n > 1 ? n - 1 : null);
        }
    }

    /** Every authenticated connection, for re-checking their trust. */
    synchronized List<AgentConnection> sessions() {
        List<AgentConnection> all = new ArrayList<>();
        agents.values().forEach(all::addAll);
        return all;
    }

    /** The agent's authenticated connections. */
    synchronized List<AgentConnection> sessions(String agentId) {
        Deque<AgentConnection> mine = agents.get(agentId);
        return mine == null ? List.of() : List.copyOf(mine);
    }

    synchronized int openConnections() {
        return open;
    }

    synchronized int unauthenticatedConnections() {
        return unauthenticated.size();
    }
}
