package io.twinbench.capture.net;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.twinbench.capture.http.HttpMessage;
import io.twinbench.capture.http.HttpReassembler;
import io.twinbench.capture.tls.TlsConnection;

/**
 * HTTP exchanges from captured TCP segments: each connection's two directions put back in order
 * (retransmissions and overlaps trimmed, segments that arrive early held), then handed to an
 * {@link HttpReassembler}. The server side is the scoped port when the connection started before
 * the capture, else whoever answered the SYN. Connections, held bytes and parsing are bounded; a
 * connection over its bounds or with a gap is dropped from parsing and counted, never guessed at.
 */
public final class TcpFlows {

    /** Connections followed at once, bytes held out of order per direction, and the HTTP parser's own bounds. */
    public record Limits(int connections, int heldBytes, HttpReassembler.Limits http) {
        public static final Limits DEFAULT = new Limits(4096, 1 << 20, HttpReassembler.Limits.DEFAULT);
    }

    /** A request with its response (null when the connection ended first), and when each was complete on the wire. */
    public record Exchange(String connection, long requestNanos, long responseNanos, HttpMessage request, HttpMessage response) {
    }

    private final Limits limits;
    private final Set<Integer> serverPorts;
    private final Map<String, Flow> flows = new LinkedHashMap<>(64, 0.75f, true);
    private long unparsed;
    private long evicted;
    private String lastProblem;

    private final TlsConnection.Keys tlsKeys;

    public TcpFlows(Limits limits, Set<Integer> serverPorts) {
        this(limits, serverPorts, null);
    }

    /** tlsKeys: the service's TLS key log, so HTTPS connections are decrypted and read too (null: they are counted as unparsed). */
    public TcpFlows(Limits limits, Set<Integer> serverPorts, TlsConnection.Keys tlsKeys) {
        this.limits = limits;
        this.serverPorts = Set.copyOf(serverPorts);
        this.tlsKeys = tlsKeys;
    }

    /** Connections given up (a gap, too much held out of order, or not HTTP/1.1). */
    public long unparsed() {
        return unparsed;
    }

    /** Connections forgotten to make room for newer ones. */
    public long evicted() {
        return evicted;
    }

    /** Why the last connection given up was, for the session's report. */
    public String lastProblem() {
        return lastProblem;
    }

    public List<Exchange> accept(TcpSegment segment) {
        List<Exchange> done = new ArrayList<>();
        String forward = segment.source() + "|" + segment.sourcePort() + "|" + segment.destination() + "|" + segment.destinationPort();
        String backward = segment.destination() + "|" + segment.destinationPort() + "|" + segment.source() + "|" + segment.sourcePort();
        Flow flow = flows.get(forward);
        String key = forward;
        if (flow == null) {
            flow = flows.get(backward);
            key = backward;
        }
        if (flow == null) {
            if (segment.has(TcpSegment.RST) || (segment.bytes().length == 0 && !segment.has(TcpSegment.SYN))) {
                return done;
            }
            boolean fromClient = serverPorts.contains(segment.destinationPort()) || !serverPorts.contains(segment.sourcePort())
                    && segment.has(TcpSegment.SYN) && !segment.has(TcpSegment.ACK);
            key = fromClient ? forward : backward;
            String connection = fromClient ? segment.source() + ":" + segment.sourcePort() + " > " + segment.destination() + ":" + segment.destinationPort()
                    : segment.destination() + ":" + segment.destinationPort() + " > " + segment.source() + ":" + segment.sourcePort();
            flow = new Flow(connection, new HttpReassembler(limits.http()));
            if (flows.size() >= limits.connections()) {
                Iterator<Map.Entry<String, Flow>> oldest = flows.entrySet().iterator();
                oldest.next();
                oldest.remove();
                evicted++;
            }
            flows.put(key, flow);
        }
        boolean fromClient = key.equals(forward);
        Direction direction = fromClient ? flow.client : flow.server;
        if (!flow.failed) {
            direction.take(segment, flow, fromClient, limits.heldBytes());
            if (flow.http.broken() != null && !flow.failed) {
                fail(flow, flow.http.broken());
            }
            if (flow.tls != null && flow.tls.broken() != null && !flow.failed) {
                fail(flow, "TLS: " + flow.tls.broken());
            }
            collect(flow, segment.epochNanos(), done);
        }
        if (segment.has(TcpSegment.RST) || (!fromClient && segment.has(TcpSegment.FIN)) || (flow.client.finished && flow.server.finished)) {
            if (!flow.failed) {
                flow.http.end();
                collect(flow, segment.epochNanos(), done);
            }
            flows.remove(key);
        }
        return done;
    }

    /** Ends every connection still open (the capture stopped): what they hold is complete as far as it goes. */
    public List<Exchange> flush(long nowNanos) {
        List<Exchange> done = new ArrayList<>();
        for (Flow flow : flows.values()) {
            if (!flow.failed) {
                flow.http.end();
                collect(flow, nowNanos, done);
            }
        }
        flows.clear();
        return done;
    }

    private void collect(Flow flow, long nanos, List<Exchange> done) {
        for (HttpReassembler.Exchange e : flow.http.take()) {
            Long at = flow.requestTimes.poll();
            done.add(new Exchange(flow.connection, at == null ? nanos : at, e.response() == null ? 0 : nanos, e.request(), e.response()));
        }
    }

    private void fail(Flow flow, String why) {
        flow.failed = true;
        unparsed++;
        lastProblem = flow.connection + ": " + why;
    }

    private final class Flow {
        final String connection;
        final HttpReassembler http;
        final Direction client = new Direction();
        final Direction server = new Direction();
        final Deque<Long> requestTimes = new ArrayDeque<>();
        boolean failed;
        boolean started;
        TlsConnection tls;
        long now;

        Flow(String connection, HttpReassembler http) {
            this.connection = connection;
            this.http = http;
        }

        void feed(boolean fromClient, byte[] data, int offset, int length, long nanos) {
            if (!started && fromClient) {
                started = true;
                if (TlsConnection.starts(data, offset, length)) {
                    if (tlsKeys == null) {
                        fail(this, "TLS, and the order names no key log to decrypt it with");
                        return;
                    }
                    tls = new TlsConnection(tlsKeys, new TlsConnection.Plaintext() {
                        @Override
                        public void client(byte[] d, int o, int l) {
                            plain(true, d, o, l);
                        }

                        @Override
                        public void server(byte[] d, int o, int l) {
                            plain(false, d, o, l);
                        }
                    });
                }
            }
            now = nanos;
            if (tls != null) {
                if (fromClient) {
                    tls.client(data, offset, length);
                } else {
                    tls.server(data, offset, length);
                }
                return;
            }
            plain(fromClient, data, offset, length);
        }

        private void plain(boolean fromClient, byte[] data, int offset, int length) {
            long nanos = now;
            if (fromClient) {
                long before = http.requestsSeen();
                http.client(data, offset, length);
                for (long i = before; i < http.requestsSeen(); i++) {
                    requestTimes.add(nanos);
                }
            } else {
                http.server(data, offset, length);
            }
        }
    }

    /** One direction's bytes, in sequence order. */
    private final class Direction {
        long next = -1;
        boolean finished;
        final TreeMap<Long, TcpSegment> held = new TreeMap<>();
        int heldBytes;

        void take(TcpSegment segment, Flow flow, boolean fromClient, int maxHeld) {
            long seq = segment.seq();
            if (segment.has(TcpSegment.SYN)) {
                next = (seq + 1) & 0xffffffffL;
                return;
            }
            if (next < 0) {
                next = seq; // the connection started before the capture
            }
            if (segment.has(TcpSegment.FIN)) {
                finished = true;
            }
            if (segment.bytes().length == 0) {
                return;
            }
            int ahead = (int) (seq - next);
            if (ahead > 0) {
                if (heldBytes + segment.bytes().length > maxHeld) {
                    fail(flow, "a gap of " + ahead + " bytes in the " + (fromClient ? "request" : "response") + " stream (a lost packet)");
                    return;
                }
                if (held.putIfAbsent(seq, segment) == null) {
                    heldBytes += segment.bytes().length;
                }
                return;
            }
            deliver(segment, -ahead, flow, fromClient, segment.epochNanos());
            while (!held.isEmpty() && !flow.failed) {
                Map.Entry<Long, TcpSegment> first = held.firstEntry();
                int gap = (int) (first.getKey() - next);
                if (gap > 0) {
                    break;
                }
                held.pollFirstEntry();
                heldBytes -= first.getValue().bytes().length;
                deliver(first.getValue(), -gap, flow, fromClient, segment.epochNanos());
            }
        }

        /** now: when the bytes could be read in order, which for a segment held back is when the one before it came. */
        private void deliver(TcpSegment segment, int skip, Flow flow, boolean fromClient, long now) {
            byte[] data = segment.bytes();
            if (skip >= data.length) {
                return; // a retransmission of what was read
            }
            flow.feed(fromClient, data, skip, data.length - skip, now);
            next = (next + data.length - skip) & 0xffffffffL;
        }
    }
}
