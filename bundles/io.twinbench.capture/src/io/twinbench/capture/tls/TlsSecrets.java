package io.twinbench.capture.tls;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The secrets of a TLS key log, by the client random of the handshake they belong to: TLS 1.2's
 * master secret (CLIENT_RANDOM), TLS 1.3's traffic secrets. Bounded: the oldest handshakes are
 * forgotten first.
 */
public final class TlsSecrets {

    public static final int MAX_HANDSHAKES = 65_536;
    private final Map<String, Map<String, byte[]>> byClientRandom = new LinkedHashMap<>(256, 0.75f, false);

    /** Adds the key log's lines (malformed ones are ignored: {@link KeyLogTail} passes only well-formed ones). */
    public synchronized void add(String keyLog) {
        for (String line : keyLog.split("\n")) {
            String[] parts = line.strip().split(" ");
            if (parts.length != 3) {
                continue;
            }
            try {
                byte[] secret = HexFormat.of().parseHex(parts[2]);
                byClientRandom.computeIfAbsent(parts[1].toLowerCase(java.util.Locale.ROOT), k -> new HashMap<>()).put(parts[0], secret);
            } catch (IllegalArgumentException e) {
                // not hex
            }
            while (byClientRandom.size() > MAX_HANDSHAKES) {
                byClientRandom.remove(byClientRandom.keySet().iterator().next());
            }
        }
    }

    /** The secret of that label for the handshake with this client random. */
    public synchronized Optional<byte[]> secret(byte[] clientRandom, String label) {
        Map<String, byte[]> secrets = byClientRandom.get(HexFormat.of().formatHex(clientRandom));
        return secrets == null ? Optional.empty() : Optional.ofNullable(secrets.get(label)).map(byte[]::clone);
    }
}
