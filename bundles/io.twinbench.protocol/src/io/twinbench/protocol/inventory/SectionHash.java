package io.twinbench.protocol.inventory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * SHA-256 over a canonical form of a section (items and attributes in key order, fields
 * separated by characters that cannot occur unescaped), so equal content gives equal hashes
 * on both ends whatever order things were collected in.
 */
public final class SectionHash {

    private SectionHash() {
    }

    public static String of(Section section) {
        MessageDigest digest = sha256();
        update(digest, section.name());
        for (Item item : section.items()) {
            digest.update((byte) 0x1e);
            update(digest, item.key());
            for (Map.Entry<String, String> attribute : item.sortedAttributes().entrySet()) {
                digest.update((byte) 0x1f);
                update(digest, attribute.getKey());
                digest.update((byte) '=');
                update(digest, attribute.getValue());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
