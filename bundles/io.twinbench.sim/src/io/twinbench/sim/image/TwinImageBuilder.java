package io.twinbench.sim.image;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.exception.DockerException;

import io.twinbench.sim.docker.DockerEngine;

/**
 * Builds a twin's image in the local Docker engine: the endpoint's root filesystem, with the
 * twin's configuration applied and its entry point added, imported in one stream (nothing is
 * pulled and nothing touches the disk twice), then labelled with the twin it replicates.
 */
public final class TwinImageBuilder {

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
        String importRef = "twinbench-import/" + TwinImage.repository(request.twinId()).substring("twinbench/".length()) + ":b"
                + Long.toString(System.nanoTime(), 36);
        TwinRootArchive archive = new TwinRootArchive(request.root(), request.config(), request.services());
        try (DockerClient docker = engine.connect()) {
            TwinRootArchive.Written written = importRoot(docker, archive, importRef, cancelled);
            try {
                Map<String, String> labels = new LinkedHashMap<>();
                labels.put(TwinImage.LABEL_TWIN, request.twinId());
                labels.put(TwinImage.LABEL_VERSION, Long.toString(request.twinVersion()));
                labels.put(TwinImage.LABEL_SOURCE, request.root().toAbsolutePath().normalize().toString());
                labels.put(TwinImage.LABEL_SERVICES, written.started().stream().map(ServiceUnit::name).collect(Collectors.joining(",")));
                String reference = TwinImage.reference(request.twinId(), request.twinVersion());
                String dockerfile = "FROM " + importRef + "\nENTRYPOINT [\"/" + TwinInitScript.PATH + "\"]\n";
                String id = docker.buildImageCmd(new ByteArrayInputStream(context(dockerfile))).withTags(Set.of(reference)).withLabels(labels)
                        .withPull(false).withRemove(true).withForcerm(true).withQuiet(true)
                        .exec(new BuildImageResultCallback()).awaitImageId();
                TwinImage image = new TwinImageRegistry(engine, clock).find(docker, id)
                        .orElseThrow(() -> new IOException("the engine built " + reference + " but does not list it"));
                return new Built(image, written, Duration.ofNanos(System.nanoTime() - start));
            } finally {
                // the import stays as the image's parent layer; only its temporary name goes
                quietly(() -> docker.removeImageCmd(importRef).withNoPrune(true).exec());
            }
        } catch (RuntimeException e) {
            throw new IOException("building the twin image of " + request.twinId() + " failed: " + engine.explain(e), e);
        }
    }

    /** Streams the archive into the engine's import while it is written; the writer's own error, naming the file, wins over the engine's. */
    private TwinRootArchive.Written importRoot(DockerClient docker, TwinRootArchive archive, String importRef, BooleanSupplier cancelled)
            throws IOException {
        PipedInputStream in = new PipedInputStream(1 << 20);
        PipedOutputStream out = new PipedOutputStream(in);
        java.util.concurrent.atomic.AtomicBoolean importEnded = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicReference<RuntimeException> writerFirst = new java.util.concurrent.atomic.AtomicReference<>();
        CompletableFuture<TwinRootArchive.Written> writer = CompletableFuture.supplyAsync(() -> {
            try (out) {
                return archive.writeTo(new CancellableOutput(out, cancelled));
            } catch (IOException | RuntimeException e) {
                RuntimeException failure = e instanceof IOException io ? new java.io.UncheckedIOException(io) : (RuntimeException) e;
                if (!importEnded.get()) {
                    // failed on its own, not because the engine stopped reading: this is the error to report
                    writerFirst.set(failure);
                }
                throw failure;
            }
        }, runnable -> Thread.ofPlatform().name("twin-root-archive").daemon().start(runnable));
        RuntimeException engineFailure = null;
        try {
            int colon = importRef.lastIndexOf(':');
            engine.importImage(in, importRef.substring(0, colon), importRef.substring(colon + 1));
        } catch (IOException e) {
            engineFailure = new java.io.UncheckedIOException(e);
        } catch (RuntimeException e) {
            engineFailure = e;
        } finally {
            importEnded.set(true);
            in.close();
        }
        TwinRootArchive.Written written;
        try {
            written = writer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while importing the root filesystem", e);
        } catch (ExecutionException e) {
            quietly(() -> docker.removeImageCmd(importRef).exec());
            RuntimeException own = writerFirst.get();
            Throwable cause = own != null ? own : engineFailure != null ? engineFailure : e.getCause();
            if (cause instanceof java.io.UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(cause.getMessage(), cause);
        }
        if (engineFailure instanceof java.io.UncheckedIOException u) {
            throw u.getCause();
        }
        if (engineFailure != null) {
            throw engineFailure;
        }
        return written;
    }

    private static byte[] context(String dockerfile) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] content = dockerfile.getBytes(StandardCharsets.UTF_8);
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            TarArchiveEntry entry = new TarArchiveEntry("Dockerfile");
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException ignored) {
            // best effort: a temporary name that stays is harmless
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
                throw new java.util.concurrent.CancellationException("cancelled");
            }
            out.write(b, off, len);
        }
    }
}
