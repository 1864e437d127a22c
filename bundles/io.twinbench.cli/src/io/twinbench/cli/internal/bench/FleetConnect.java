package io.twinbench.cli.internal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

/** Connects many simulated agents at once, 32 handshakes at a time, and fails with the count and the first reason when any cannot. */
final class FleetConnect {

    interface Connection {
        void connect() throws Exception;
    }

    private FleetConnect() {
    }

    static void all(List<? extends Connection> fleet) throws InterruptedException {
        Semaphore handshakes = new Semaphore(32);
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (Connection agent : fleet) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    handshakes.acquire();
                    try {
                        agent.connect();
                    } finally {
                        handshakes.release();
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " simulated agents could not connect, e.g. " + failures.get(0), failures.get(0));
        }
    }
}
