package io.twinbench.remedy.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.twinbench.remedy.apply.Host;
import io.twinbench.remedy.apply.LocalHost;

/** A Debian root on this machine whose commands (dpkg, dpkg-query) run inside it through chroot, as on an endpoint. */
final class ChrootHost implements Host {

    private final Path root;
    private final LocalHost local;

    ChrootHost(Path root) {
        this.root = root;
        this.local = new LocalHost(root);
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public CommandResult run(List<String> argv, Duration timeout) throws IOException {
        List<String> chrooted = new ArrayList<>(List.of("chroot", root.toString()));
        chrooted.addAll(argv);
        return local.run(chrooted, timeout);
    }
}
