package io.twinbench.remedy.apply;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** This machine, or a root directory on it whose commands run on this machine (tests of file steps). */
public final class LocalHost implements Host {

    private static final int MAX_OUTPUT = 64 << 10;
    private final Path root;

    public LocalHost(Path root) {
        this.root = root;
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public CommandResult run(List<String> argv, Duration timeout) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process process = builder.start();
        process.getOutputStream().close();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> drain(process.getInputStream(), output), "twinbench-step-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IOException(argv.get(0) + " did not finish within " + timeout.toSeconds() + " s");
            }
            reader.join(2_000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + argv.get(0) + " ran");
        }
        synchronized (output) {
            return new CommandResult(process.exitValue(), output.toString(StandardCharsets.UTF_8).strip());
        }
    }

    private static void drain(InputStream in, ByteArrayOutputStream output) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) > 0;) {
                synchronized (output) {
                    if (output.size() < MAX_OUTPUT) {
                        output.write(buffer, 0, Math.min(n, MAX_OUTPUT - output.size()));
                    }
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }
}
