package io.twinbench.sim.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;


/**
 * A listener on 127.0.0.1 inside a lab endpoint's own network namespace that relays each
 * connection to an address on this machine's loopback (the collector). The endpoint has no
 * network of its own, no bridge and no address of a private range: this relay is its only way
 * out, and only to the collector. The listening socket is made while one thread has entered the
 * endpoint's namespace; the thread returns to this machine's namespace before it accepts, so
 * every connection it opens onwards is on this machine's loopback.
 */
public final class NamespaceRelay implements AutoCloseable {

    private final long pid;
    private final int port;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile boolean paused;
    private volatile boolean closed;

    /** pid: a process of the endpoint (its namespace); port: where the endpoint's agent connects; target: the collector here. */
    public NamespaceRelay(long pid, int port, InetSocketAddress target) {
        this.pid = pid;
        this.port = port;
        this.target = target;
    }

    public void start() throws IOException {
        CompletableFuture<Void> listening = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("lab-relay-" + pid).start(() -> {
            try {
                server = listenInside();
                listening.complete(null);
            } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
                listening.completeExceptionally(e);
                return;
            }
            accept();
        });
        try {
            listening.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("cannot listen inside lab endpoint " + pid + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            throw new IOException("the relay into lab endpoint " + pid + " did not start", e);
        }
    }

    private ServerSocket listenInside() throws IOException {
        return io.twinbench.sim.run.NetworkNamespace.inside(pid, () -> {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port), 16);
            return socket;
        });
    }

    private void accept() {
        while (!closed) {
            Socket inside;
            try {
                inside = server.accept();
            } catch (IOException e) {
                return;
            }
            if (paused) {
                quietly(inside);
                continue;
            }
            Thread.ofPlatform().daemon().name("lab-relay-" + pid + "-connect").start(() -> connect(inside));
        }
    }

    private void connect(Socket inside) {
        Socket outside = new Socket();
        try {
            outside.connect(target, 5_000);
        } catch (IOException e) {
            quietly(inside);
            quietly(outside);
            return;
        }
        open.add(inside);
        open.add(outside);
        Thread.ofPlatform().daemon().name("lab-relay-" + pid + "-up").start(() -> pump(inside, outside));
        pump(outside, inside);
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 << 10];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) > 0;) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side ended: both end
        } finally {
            quietly(from);
            quietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    /** Cuts the endpoint off: open connections end, new ones are closed at once, until {@link #resume()}. */
    public void pause() {
        paused = true;
        open.forEach(NamespaceRelay::quietly);
    }

    public void resume() {
        paused = false;
    }

    public boolean paused() {
        return paused;
    }

    @Override
    public void close() {
        closed = true;
        pause();
        if (server != null) {
            quietly(server);
        }
    }

    private static void quietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // closing anyway
        }
    }
}
