package io.twinbench.sim.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The attacks a scenario can play inside a twin. */
public enum Threat {
    /** Busy loops on every core the twin has, as a coin miner runs. */
    CPU_MINER,
    /**
     * A shell fork bomb run by an unprivileged account (nobody), as from a compromised service:
     * what the twin's process limit, and any per-account limit, make of it.
     */
    FORK_BOMB,
    /** Writes until the twin's writable space is full. */
    DISK_FILL,
    /** An unprivileged user trying to read /etc/shadow, su to root and set a setuid bit; root trying mount, chroot and raw sockets. */
    PRIVILEGE_ESCALATION,
    /** Every TCP port from 1 to 1024 on the twin's own loopback: what an intruder inside would find listening. */
    PORT_SCAN,
    /**
     * Common passwords guessed for every account that takes a password, through login(1) and the
     * endpoint's own PAM stack, several logins at a time: whether a guess gets in, and how fast
     * guessing goes against the endpoint's delays.
     */
    BRUTE_FORCE_LOGIN;

    /** The name scenarios use: cpu-miner, fork-bomb, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Threat> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }
}
