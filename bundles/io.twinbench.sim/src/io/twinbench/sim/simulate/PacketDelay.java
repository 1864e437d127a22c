package io.twinbench.sim.simulate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Latency and jitter on a twin's loopback where the kernel has no netem: iptables' NFQUEUE in the
 * twin's own network namespace hands each packet to this queue, which holds it for the latency,
 * give or take the jitter (uniformly), and then lets it go. It speaks nfnetlink_queue on a
 * netlink socket opened from a thread that entered the twin's namespace (setns), through JNA's
 * libc. The rule that feeds it carries --queue-bypass, so packets flow undelayed if it stops.
 */
final class PacketDelay implements AutoCloseable {

    private static final int AF_NETLINK = 16;
    private static final int SOCK_RAW = 3;
    private static final int NETLINK_NETFILTER = 12;
    private static final int CLONE_NEWNET = 0x40000000;
    private static final int NFNL_SUBSYS_QUEUE = 3;
    private static final int NFQNL_MSG_PACKET = 0;
    private static final int NFQNL_MSG_VERDICT = 1;
    private static final int NFQNL_MSG_CONFIG = 2;
    private static final int NLMSG_ERROR = 2;
    private static final short NLM_F_REQUEST = 1;
    private static final short NLM_F_ACK = 4;
    private static final int NF_ACCEPT = 1;

    /** The libc calls the queue needs. */
    interface LibC extends Library {
        int open(String path, int flags);

        int setns(int fd, int nstype);

        int socket(int domain, int type, int protocol);

        int bind(int fd, byte[] address, int length);

        int send(int fd, byte[] buffer, long length, int flags);

        int recv(int fd, byte[] buffer, long length, int flags);

        int close(int fd);

        int setsockopt(int fd, int level, int name, byte[] value, int length);
    }

    private static final LibC C = Native.load("c", LibC.class);

    private final long pid;
    private final int queue;
    private final long latencyNanos;
    private final long jitterNanos;
    private final DelayQueue<Held> held = new DelayQueue<>();
    private final AtomicLong packets = new AtomicLong();
    private volatile int socket = -1;
    private volatile boolean running = true;
    private volatile String failure;
    private Thread receiver;
    private Thread releaser;

    /** A packet held until its time comes. */
    private record Held(int id, long dueNanos) implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(dueNanos, ((Held) other).dueNanos);
        }
    }

    PacketDelay(long pid, int queue, Duration latency, Duration jitter) {
        this.pid = pid;
        this.queue = queue;
        this.latencyNanos = latency.toNanos();
        this.jitterNanos = jitter.toNanos();
    }

    /** Opens the queue in the twin's namespace and starts holding packets; an IOException says why it could not. */
    void start() throws IOException {
        java.util.concurrent.CompletableFuture<Void> opened = new java.util.concurrent.CompletableFuture<>();
        receiver = Thread.ofPlatform().daemon().name("twin-packet-delay-" + pid).start(() -> {
            try {
                open();
                opened.complete(null);
            } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
                opened.completeExceptionally(e);
                return;
            }
            receive();
        });
        try {
            opened.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("the packet queue for network latency could not be opened: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            close();
            throw new IOException("the packet queue for network latency did not open", e);
        }
        releaser = Thread.ofPlatform().daemon().name("twin-packet-release-" + pid).start(this::release);
    }

    /** On the receiving thread: enters the twin's namespace (this thread only) and binds the queue there. */
    private void open() throws IOException {
        int ns = C.open("/proc/" + pid + "/ns/net", 0);
        if (ns < 0) {
            throw new IOException("cannot open the network namespace of process " + pid + " (errno " + Native.getLastError() + ")");
        }
        try {
            if (C.setns(ns, CLONE_NEWNET) != 0) {
                throw new IOException("cannot enter the twin's network namespace (errno " + Native.getLastError() + "; it needs root)");
            }
        } finally {
            C.close(ns);
        }
        int fd = C.socket(AF_NETLINK, SOCK_RAW, NETLINK_NETFILTER);
        if (fd < 0) {
            throw new IOException("no netfilter netlink socket (errno " + Native.getLastError() + ")");
        }
        byte[] address = new byte[12];
        address[0] = (byte) AF_NETLINK;
        if (C.bind(fd, address, address.length) != 0) {
            C.close(fd);
            throw new IOException("cannot bind the netlink socket (errno " + Native.getLastError() + ")");
        }
        // recv returns every 200 ms, so that closing the queue is noticed: a blocked recv does not wake when another thread closes its socket
        byte[] timeout = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder()).putLong(0).putLong(200_000).array();
        C.setsockopt(fd, 1 /* SOL_SOCKET */, 20 /* SO_RCVTIMEO */, timeout, timeout.length);
        socket = fd;
        // bind the queue, then ask for packet ids only (no payload): the delay needs nothing else
        request(config(attribute(1, new byte[] {1, 0, 0, 0})));
        request(config(attribute(2, ByteBuffer.allocate(5).order(ByteOrder.BIG_ENDIAN).putInt(0).put((byte) 1).array())));
    }

    private void receive() {
        byte[] buffer = new byte[1 << 16];
        while (running) {
            int fd = socket;
            int n = fd < 0 ? -1 : C.recv(fd, buffer, buffer.length, 0);
            if (n < 0 && running && Native.getLastError() == 11 /* EAGAIN: the receive timeout */) {
                continue;
            }
            if (n <= 0) {
                if (running) {
                    failure = "the packet queue stopped receiving (errno " + Native.getLastError() + ")";
                }
                return;
            }
            ByteBuffer b = ByteBuffer.wrap(buffer, 0, n).order(ByteOrder.nativeOrder());
            while (b.remaining() >= 16) {
                int start = b.position();
                int length = b.getInt(start);
                int type = b.getShort(start + 4) & 0xffff;
                if (length < 16 || length > b.remaining()) {
                    break;
                }
                if (type == (NFNL_SUBSYS_QUEUE << 8 | NFQNL_MSG_PACKET)) {
                    int id = packetId(b, start + 20, start + length);
                    if (id >= 0) {
                        packets.incrementAndGet();
                        long spread = jitterNanos == 0 ? 0 : ThreadLocalRandom.current().nextLong(-jitterNanos, jitterNanos + 1);
                        held.add(new Held(id, System.nanoTime() + Math.max(0, latencyNanos + spread)));
                    }
                }
                b.position(start + align(length));
            }
        }
    }

    private void release() {
        while (running) {
            try {
                Held packet = held.poll(200, TimeUnit.MILLISECONDS);
                if (packet != null) {
                    accept(socket, packet.id());
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void accept(int fd, int id) {
        byte[] verdict = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putInt(NF_ACCEPT).putInt(id).array();
        byte[] message = message(NFQNL_MSG_VERDICT, NLM_F_REQUEST, attribute(2, verdict));
        C.send(fd, message, message.length, 0);
    }

    /** The id in a packet message's NFQA_PACKET_HDR attribute, or -1. */
    private static int packetId(ByteBuffer b, int from, int to) {
        int at = from;
        while (at + 4 <= to) {
            int length = b.getShort(at) & 0xffff;
            int type = b.getShort(at + 2) & 0x7fff;
            if (length < 4) {
                return -1;
            }
            if (type == 1 && length >= 8) {
                return ByteBuffer.wrap(b.array(), at + 4, 4).order(ByteOrder.BIG_ENDIAN).getInt();
            }
            at += align(length);
        }
        return -1;
    }

    /** Sends a configuration message and waits for the kernel's acknowledgement. */
    private void request(byte[] message) throws IOException {
        if (C.send(socket, message, message.length, 0) < 0) {
            throw new IOException("cannot configure the packet queue (errno " + Native.getLastError() + ")");
        }
        byte[] reply = new byte[4096];
        int n = C.recv(socket, reply, reply.length, 0);
        ByteBuffer b = ByteBuffer.wrap(reply, 0, Math.max(0, n)).order(ByteOrder.nativeOrder());
        if (n >= 20 && (b.getShort(4) & 0xffff) == NLMSG_ERROR && b.getInt(16) != 0) {
            throw new IOException("the kernel refused the packet queue " + queue + " (error " + -b.getInt(16) + ")");
        }
    }

    private byte[] config(byte[] attribute) {
        return message(NFQNL_MSG_CONFIG, (short) (NLM_F_REQUEST | NLM_F_ACK), attribute);
    }

    /** nlmsghdr, nfgenmsg (AF_UNSPEC, version 0, the queue number big-endian), then the attribute. */
    private byte[] message(int type, short flags, byte[] attribute) {
        int length = 16 + 4 + attribute.length;
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.nativeOrder());
        b.putInt(length).putShort((short) (NFNL_SUBSYS_QUEUE << 8 | type)).putShort(flags).putInt(0).putInt(0);
        b.put((byte) 0).put((byte) 0);
        b.order(ByteOrder.BIG_ENDIAN).putShort((short) queue).order(ByteOrder.nativeOrder());
        b.put(attribute);
        return b.array();
    }

    private static byte[] attribute(int type, byte[] payload) {
        int length = 4 + payload.length;
        ByteBuffer b = ByteBuffer.allocate(align(length)).order(ByteOrder.nativeOrder());
        b.putShort((short) length).putShort((short) type).put(payload);
        return b.array();
    }

    private static int align(int length) {
        return (length + 3) & ~3;
    }

    /** Packets held so far. */
    long packets() {
        return packets.get();
    }

    /** Why the queue stopped, or null while it works. */
    String failure() {
        return failure;
    }

    @Override
    public void close() {
        running = false;
        if (releaser != null) {
            releaser.interrupt();
        }
        try {
            if (receiver != null) {
                receiver.join(2000);
            }
            if (releaser != null) {
                releaser.join(2000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int fd = socket;
        socket = -1;
        if (fd >= 0) {
            // what is still held goes now, so the next phase starts with no packet of this one in flight
            for (Held packet : held.toArray(new Held[0])) {
                accept(fd, packet.id());
            }
            held.clear();
            C.close(fd);
        }
    }
}
