package io.twinbench.sim.image;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import com.github.dockerjava.api.DockerClient;

import io.twinbench.sim.docker.DockerEngine;

/**
 * Builds a twin's image in the local Docker engine: the endpoint's root filesystem, with the
 * twin's configuration applied and its entry point added, imported in one stream with the labels
 * of the twin it replicates (nothing is pulled, and nothing touches the disk twice).
 */
public final class TwinImageBuilder {

    private static final byte[] NOT_A_TAR_HEADER = new byte[512];

    static {
        java.util.Arrays.fill(NOT_A_TAR_HEADER, (byte) 0xff);
    }

    private final DockerEngine engine;
    private final Clock clock;

    public TwinImageBuilder(DockerEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /** What to build: the twin, the root it replicates, its configuration and the services it starts (null: those enabled in the image). */
    public record Request(String twinId, long twinVersion, Path root, List<TwinConfigFile> config, Set<String> services) {
    }

    public record Built(TwinImage image, TwinRootArchive.Written archive, Duration took) {
    }

    public Built build(Request request, BooleanSupplier cancelled) throws IOException {
        long start = System.nanoTime();
        String reference = TwinImage.reference(request.twinId(), request.twinVersion());
        // the image's metadata goes with the import: labels are what the registry finds twin images by
        List<String> changes = List.of("ENTRYPOINT [\"/" + TwinInitScript.PATH + "\"]",
                "LABEL " + label(TwinImage.LABEL_TWIN, request.twinId()) + " " + label(TwinImage.LABEL_VERSION, Long.toString(request.twinVersion()))
                        + " " + label(TwinImage.LABEL_SOURCE, request.root().toAbsolutePath().normalize().toString()));
        TwinRootArchive archive = new TwinRootArchive(request.root(), request.config(), request.services());
        try (DockerClient docker = engine.connect()) {
            TwinImageRegistry registry = new TwinImageRegistry(engine, clock);
            java.util.Optional<TwinImage> replaced = registry.list(docker).stream().filter(i -> i.reference().equals(reference)).findFirst();
            TwinRootArchive.Written written = importRoot(archive, reference, changes, cancelled);
            TwinImage image = registry.list(docker).stream().filter(i -> i.reference().equals(reference)).findFirst()
                    .orElseThrow(() -> new IOException("the engine imported " + reference + " but does not list it"));
            // a rebuild of the same twin version takes its name; the image it replaced would only linger nameless
            replaced.filter(old -> !old.id().equals(image.id())).ifPresent(old -> removeUnlessUsed(docker, old.id()));
            return new Built(image, written, Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
            throw new IOException("building the twin image of " + request.twinId() + " failed: " + engine.explain(e), e);
        }
    }

    /** A LABEL instruction's key="value", quoted as JSON so that any value survives. */
    private static String label(String key, String value) {
        return key + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * Streams the archive into the engine's import while it is written. A writer that fails makes
     * the stream fail too, never end early: a tar cut at an entry boundary would import cleanly as
     * a partial root. The writer's own error, naming the file, wins over the engine's.
     */
    private TwinRootArchive.Written importRoot(TwinRootArchive archive, String reference, List<String> changes,
            BooleanSupplier cancelled) throws IOException {
        PipedInputStream pipe = new PipedInputStream(1 << 20);
        PipedOutputStream out = new PipedOutputStream(pipe);
        AtomicBoolean importEnded = new AtomicBoolean();
        AtomicReference<Exception> writerFailed = new AtomicReference<>();
        InputStream in = new FilterInputStream(pipe) {
            @Override
            public int read() throws IOException {
                return checked(super.read());
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return checked(super.read(b, off, len));
            }

            private int checked(int n) throws IOException {
                if (n < 0 && writerFailed.get() != null) {
                    throw new IOException("the root filesystem's archive was not written to its end", writerFailed.get());
                }
                return n;
            }
        };
        CompletableFuture<TwinRootArchive.Written> writer = CompletableFuture.supplyAsync(() -> {
            try {
                TwinRootArchive.Written written = archive.writeTo(new CancellableOutput(out, cancelled));
                out.close();
                return written;
            } catch (IOException | RuntimeException e) {
                if (!importEnded.get()) {
                    writerFailed.set(e);
                }
                try {
                    // a block that is no tar header: the engine's untar fails on it, where a stream that
                    // merely stopped at an entry boundary would import as a complete, smaller root
                    out.write(NOT_A_TAR_HEADER);
                    out.close();
                } catch (IOException ignored) {
                    // the reader is told through writerFailed
                }
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }, runnable -> Thread.ofPlatform().name("twin-root-archive").daemon().start(runnable));
        String imported = null;
        Exception engineFailure = null;
        try {
            int colon = reference.lastIndexOf(':');
            imported = engine.importImage(in, reference.substring(0, colon), reference.substring(colon + 1), changes);
        } catch (IOException | RuntimeException e) {
            engineFailure = e;
        } finally {
            importEnded.set(true);
            pipe.close();
        }
        try {
            TwinRootArchive.Written written = writer.get();
            if (engineFailure != null) {
                throw engineFailure;
            }
            return written;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while importing the root filesystem", e);
        } catch (ExecutionException e) {
            if (imported != null) {
                remove(imported);
            }
            Exception own = writerFailed.get();
            if (own instanceof CancellationException cancel) {
                throw cancel;
            }
            Throwable cause = own != null ? own : engineFailure != null ? engineFailure : e.getCause();
            throw cause instanceof UncheckedIOException u ? u.getCause()
                    : cause instanceof IOException io ? io : new IOException(engine.explain(cause), cause);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(engine.explain(e), e);
        }
    }

    private static void removeUnlessUsed(DockerClient docker, String imageId) {
        try {
            docker.removeImageCmd(imageId).withForce(false).exec();
        } catch (RuntimeException inUse) {
            // a twin container still runs it: the registry lists it until pruned
        }
    }

    /** An image the engine took from a stream that failed afterwards: it holds a partial root. */
    private void remove(String imageId) {
        try (DockerClient docker = engine.connect()) {
            docker.removeImageCmd(imageId).withForce(true).exec();
        } catch (IOException | RuntimeException ignored) {
            // nothing tagged it but this build; a dangling layer is all that can stay
        }
    }

    /** Stops the stream when the user cancels: the import then fails and leaves nothing behind. */
    private static final class CancellableOutput extends java.io.FilterOutputStream {
        private final BooleanSupplier cancelled;

        CancellableOutput(java.io.OutputStream out, BooleanSupplier cancelled) {
            super(out);
            this.cancelled = cancelled;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled");
            }
            out.write(b, off, len);
        }
    }
}
