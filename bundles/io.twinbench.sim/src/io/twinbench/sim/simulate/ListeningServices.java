package io.twinbench.sim.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Which of a twin's services listens on each TCP port, read from this machine's /proc (the twin's
 * processes are this machine's, in namespaces of their own): the listening sockets of the twin's
 * network namespace, the processes holding them, and the service whose process they descend from
 * by the pid files the twin's entry point writes. A process no service started is named by its
 * program. Needs root here, as measuring the twin does.
 */
final class ListeningServices {

    private static final Path PROC = Path.of("/proc");

    private ListeningServices() {
    }

    /** Port to owner ("lighttpd.service", or "process exim4"); empty when /proc cannot tell. */
    static Map<Integer, String> of(long initPid, List<Long> processes) {
        Map<Integer, String> owners = new TreeMap<>();
        try {
            Map<Long, Integer> portByInode = listening(initPid);
            if (portByInode.isEmpty()) {
                return owners;
            }
            Map<Long, String> serviceByTwinPid = servicePids(initPid);
            for (long pid : processes) {
                for (long inode : socketInodes(pid)) {
                    Integer port = portByInode.get(inode);
                    if (port != null && !owners.containsKey(port)) {
                        owners.put(port, owner(pid, initPid, serviceByTwinPid));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a twin going away, or no access: the ports stay unattributed
        }
        return owners;
    }

    /** The TCP ports the twin listens on now; empty when /proc cannot tell. */
    static java.util.Set<Integer> ports(long initPid) {
        try {
            return new java.util.TreeSet<>(listening(initPid).values());
        } catch (IOException | RuntimeException e) {
            return java.util.Set.of();
        }
    }

    private static final int MAX_SERVICES = 1000;

    /** The LISTEN sockets (state 0A) of the namespace, IPv4 and IPv6, by inode. */
    private static Map<Long, Integer> listening(long initPid) throws IOException {
        Map<Long, Integer> ports = new HashMap<>();
        for (String table : List.of("tcp", "tcp6")) {
            Path file = PROC.resolve(Long.toString(initPid)).resolve("net").resolve(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).stream().skip(1).toList()) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[3].equals("0A")) {
                    ports.put(Long.parseLong(f[9]), Integer.parseInt(f[1].substring(f[1].lastIndexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }

    private static List<Long> socketInodes(long pid) {
        try (Stream<Path> fds = Files.list(PROC.resolve(Long.toString(pid)).resolve("fd"))) {
            return fds.map(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    return target.startsWith("socket:[") ? Long.parseLong(target.substring(8, target.length() - 1)) : -1L;
                } catch (IOException | RuntimeException e) {
                    return -1L;
                }
            }).filter(inode -> inode >= 0).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The entry point's pid files (/run/twinbench/NAME.pid in the twin): the twin's pid of each
     * service it started. The twin writes them, so they are read as a hostile twin's files are
     * (inside its root, without blocking, a few bytes each), and the names only listed.
     */
    private static Map<Long, String> servicePids(long initPid) throws IOException {
        Map<Long, String> services = new HashMap<>();
        Path dir = PROC.resolve(Long.toString(initPid)).resolve("root/run/twinbench");
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return services;
        }
        io.twinbench.sim.run.TwinFiles twin = io.twinbench.sim.run.TwinFiles.ofProcess(initPid);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pid")).limit(MAX_SERVICES).toList()) {
                String text;
                try {
                    text = new String(twin.read("run/twinbench/" + file.getFileName(), 32).orElse(new byte[0]),
                            java.nio.charset.StandardCharsets.US_ASCII).strip();
                } catch (IOException e) {
                    continue; // a pid file that is a link, a directory or too long is no pid file of ours
                }
                if (text.matches("\\d+")) {
                    String name = file.getFileName().toString();
                    services.put(Long.parseLong(text), name.substring(0, name.length() - 4));
                }
            }
        }
        return services;
    }

    /** The service the process descends from, climbing its parents up to the twin's init; else its program. */
    private static String owner(long pid, long initPid, Map<Long, String> serviceByTwinPid) throws IOException {
        long at = pid;
        for (int depth = 0; depth < 64 && at > 1 && at != initPid; depth++) {
            Map<String, String> status = status(at);
            String[] nsPids = status.getOrDefault("NSpid", "").trim().split("\\s+");
            if (nsPids.length > 0 && nsPids[nsPids.length - 1].matches("\\d+")) {
                String service = serviceByTwinPid.get(Long.parseLong(nsPids[nsPids.length - 1]));
                if (service != null) {
                    return service;
                }
            }
            String parent = status.getOrDefault("PPid", "0").trim();
            at = parent.matches("\\d+") ? Long.parseLong(parent) : 0;
        }
        return "process " + Files.readString(PROC.resolve(Long.toString(pid)).resolve("comm")).strip();
    }

    private static Map<String, String> status(long pid) throws IOException {
        Map<String, String> fields = new HashMap<>();
        for (String line : Files.readAllLines(PROC.resolve(Long.toString(pid)).resolve("status"))) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return fields;
    }
}
