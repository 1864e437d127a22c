package io.twinbench.capture.tls;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One TLS connection's two record streams decrypted with the secrets the service logged: TLS 1.3
 * (AES-GCM and ChaCha20-Poly1305 suites, handshake then application traffic secrets) and TLS 1.2
 * (ECDHE and RSA AEAD suites, keys expanded from the master secret). The application data comes
 * out as the plaintext streams an HTTP parser reads. Records are bounded; a record that does not
 * decrypt, a suite not listed or a key not in the log stop the connection with the reason.
 */
public final class TlsConnection {

    /** Where the plaintext goes. */
    public interface Plaintext {
        void client(byte[] data, int offset, int length);

        void server(byte[] data, int offset, int length);
    }

    /** The key log, read again when a connection needs a key it does not hold yet. */
    public interface Keys {
        Optional<byte[]> secret(byte[] clientRandom, String label);
    }

    private static final int MAX_RECORD = (1 << 14) + 2048;
    private static final int MAX_HELD = 1 << 20;
    private static final int HANDSHAKE = 22;
    private static final int CHANGE_CIPHER_SPEC = 20;
    private static final int APPLICATION_DATA = 23;

    private final Keys keys;
    private final Plaintext out;
    private final Direction client = new Direction(true);
    private final Direction server = new Direction(false);
    private byte[] clientRandom;
    private byte[] serverRandom;
    private int suite = -1;
    private boolean tls13;
    private String broken;

    public TlsConnection(Keys keys, Plaintext out) {
        this.keys = keys;
        this.out = out;
    }

    /** Whether a connection's first bytes from its client are a TLS handshake record. */
    public static boolean starts(byte[] data, int offset, int length) {
        return length >= 3 && data[offset] == HANDSHAKE && data[offset + 1] == 3 && data[offset + 2] >= 1 && data[offset + 2] <= 4;
    }

    public void client(byte[] data, int offset, int length) {
        client.feed(data, offset, length);
    }

    public void server(byte[] data, int offset, int length) {
        server.feed(data, offset, length);
    }

    /** Why the connection stopped being decrypted, or null. */
    public String broken() {
        return broken;
    }

    private void fail(String why) {
        if (broken == null) {
            broken = why;
        }
    }

    /** The record protection of one direction: a suite's AEAD, its key and IV, the record sequence number. */
    private record Protection(String transformation, SecretKeySpec key, byte[] iv, boolean explicitNonce, boolean tls13) {
    }

    private final class Direction {
        final boolean fromClient;
        final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        final ByteArrayOutputStream handshake = new ByteArrayOutputStream();
        final Deque<byte[]> waiting = new ArrayDeque<>();
        int waitingBytes;
        Protection protection;
        long seq;
        boolean encrypted;
        boolean application;

        Direction(boolean fromClient) {
            this.fromClient = fromClient;
        }

        void feed(byte[] data, int offset, int length) {
            if (broken != null) {
                return;
            }
            buffer.write(data, offset, length);
            byte[] all = buffer.toByteArray();
            int at = 0;
            while (broken == null && all.length - at >= 5) {
                int length2 = ((all[at + 3] & 0xff) << 8) | (all[at + 4] & 0xff);
                if (length2 > MAX_RECORD || (all[at] & 0xff) < 20 || (all[at] & 0xff) > 24) {
                    fail("not a TLS record stream (a record of type " + (all[at] & 0xff) + " and " + length2 + " bytes)");
                    return;
                }
                if (all.length - at < 5 + length2) {
                    break;
                }
                byte[] record = java.util.Arrays.copyOfRange(all, at, at + 5 + length2);
                at += 5 + length2;
                record(record);
            }
            buffer.reset();
            buffer.write(all, at, all.length - at);
        }

        void record(byte[] record) {
            int type = record[0] & 0xff;
            if (!encrypted) {
                if (type == HANDSHAKE) {
                    hello(record);
                } else if (type == CHANGE_CIPHER_SPEC && !tls13) {
                    encrypted = true; // TLS 1.2: what follows from this side is protected
                } else if (type == APPLICATION_DATA && tls13) {
                    encrypted = true;
                    protectedRecord(record);
                }
                return;
            }
            if (type == CHANGE_CIPHER_SPEC) {
                return; // TLS 1.3's compatibility record
            }
            protectedRecord(record);
        }

        void protectedRecord(byte[] record) {
            if (protection == null && !keysFor()) {
                if (waitingBytes + record.length > MAX_HELD) {
                    fail("no key for this connection in the key log (client random " + java.util.HexFormat.of().formatHex(clientRandom) + ")");
                    return;
                }
                waiting.add(record);
                waitingBytes += record.length;
                return;
            }
            while (!waiting.isEmpty() && broken == null) {
                byte[] held = waiting.poll();
                waitingBytes -= held.length;
                decrypt(held);
            }
            if (broken == null) {
                decrypt(record);
            }
        }

        /** Keys for the phase this side is in; false while the log does not hold them yet. */
        boolean keysFor() {
            if (clientRandom == null || suite < 0) {
                fail("a protected record before the handshake's hellos were seen");
                return false;
            }
            try {
                if (tls13) {
                    String label = (fromClient ? "CLIENT_" : "SERVER_") + (application ? "TRAFFIC_SECRET_0" : "HANDSHAKE_TRAFFIC_SECRET");
                    Optional<byte[]> secret = keys.secret(clientRandom, label);
                    if (secret.isEmpty()) {
                        return false;
                    }
                    protection = tls13Keys(secret.get());
                } else {
                    Optional<byte[]> master = keys.secret(clientRandom, "CLIENT_RANDOM");
                    if (master.isEmpty()) {
                        return false;
                    }
                    protection = tls12Keys(master.get(), fromClient);
                }
                seq = 0;
                return protection != null;
            } catch (GeneralSecurityException e) {
                fail("cannot derive the keys: " + e.getMessage());
                return false;
            }
        }

        void decrypt(byte[] record) {
            byte[] plain;
            try {
                plain = open(protection, record, seq++);
            } catch (GeneralSecurityException e) {
                fail("a record from the " + (fromClient ? "client" : "server") + " does not decrypt with the logged keys");
                return;
            }
            int type = record[0] & 0xff;
            int length = plain.length;
            if (protection.tls13()) {
                // the inner plaintext: content, its type, zero padding
                while (length > 0 && plain[length - 1] == 0) {
                    length--;
                }
                if (length == 0) {
                    return;
                }
                type = plain[--length] & 0xff;
            }
            if (type == APPLICATION_DATA) {
                if (fromClient) {
                    out.client(plain, 0, length);
                } else {
                    out.server(plain, 0, length);
                }
            } else if (type == HANDSHAKE && protection.tls13() && !application) {
                handshake.write(plain, 0, length);
                if (finished()) {
                    application = true;
                    protection = null; // the traffic secret is looked up for the next record
                }
            }
        }

        /** Whether the handshake messages so far end with this side's Finished. */
        boolean finished() {
            byte[] hs = handshake.toByteArray();
            int at = 0;
            while (hs.length - at >= 4) {
                int type = hs[at] & 0xff;
                int len = ((hs[at + 1] & 0xff) << 16) | ((hs[at + 2] & 0xff) << 8) | (hs[at + 3] & 0xff);
                if (hs.length - at - 4 < len) {
                    return false;
                }
                at += 4 + len;
                if (type == 20) {
                    return true;
                }
            }
            return false;
        }
    }

    /** ClientHello and ServerHello, in the clear: the randoms, the suite, and whether TLS 1.3 was agreed. */
    private void hello(byte[] record) {
        ByteBuffer b = ByteBuffer.wrap(record, 5, record.length - 5);
        if (b.remaining() < 38) {
            return;
        }
        int type = b.get() & 0xff;
        b.position(b.position() + 3 + 2); // length, legacy version
        byte[] random = new byte[32];
        b.get(random);
        if (type == 1) {
            clientRandom = random;
        } else if (type == 2) {
            serverRandom = random;
            int sessionId = b.get() & 0xff;
            if (b.remaining() < sessionId + 3) {
                return;
            }
            b.position(b.position() + sessionId);
            suite = b.getShort() & 0xffff;
            b.get(); // compression
            if (b.remaining() >= 2) {
                int extensions = Math.min(b.getShort() & 0xffff, b.remaining());
                int end = b.position() + extensions;
                while (b.position() + 4 <= end) {
                    int ext = b.getShort() & 0xffff;
                    int len = b.getShort() & 0xffff;
                    if (ext == 0x002b && len == 2 && b.remaining() >= 2) {
                        tls13 = (b.getShort() & 0xffff) == 0x0304;
                    } else {
                        b.position(Math.min(end, b.position() + len));
                    }
                }
            }
        }
    }

    private Protection tls13Keys(byte[] secret) throws GeneralSecurityException {
        String hmac;
        int keyLength;
        String transformation;
        switch (suite) {
            case 0x1301 -> {
                hmac = "HmacSHA256";
                keyLength = 16;
                transformation = "AES/GCM/NoPadding";
            }
            case 0x1302 -> {
                hmac = "HmacSHA384";
                keyLength = 32;
                transformation = "AES/GCM/NoPadding";
            }
            case 0x1303 -> {
                hmac = "HmacSHA256";
                keyLength = 32;
                transformation = "ChaCha20-Poly1305";
            }
            default -> {
                fail(String.format("TLS 1.3 cipher suite %04x is not decrypted", suite));
                return null;
            }
        }
        byte[] key = TlsKeySchedule.expandLabel(hmac, secret, "key", keyLength);
        byte[] iv = TlsKeySchedule.expandLabel(hmac, secret, "iv", 12);
        return new Protection(transformation, new SecretKeySpec(key, transformation.startsWith("AES") ? "AES" : "ChaCha20"), iv, false, true);
    }

    private Protection tls12Keys(byte[] master, boolean fromClient) throws GeneralSecurityException {
        String hmac;
        int keyLength;
        int ivLength;
        String transformation;
        switch (suite) {
            case 0xC02B, 0xC02F, 0x009C -> {
                hmac = "HmacSHA256";
                keyLength = 16;
                ivLength = 4;
                transformation = "AES/GCM/NoPadding";
            }
            case 0xC02C, 0xC030, 0x009D -> {
                hmac = "HmacSHA384";
                keyLength = 32;
                ivLength = 4;
                transformation = "AES/GCM/NoPadding";
            }
            case 0xCCA8, 0xCCA9 -> {
                hmac = "HmacSHA256";
                keyLength = 32;
                ivLength = 12;
                transformation = "ChaCha20-Poly1305";
            }
            default -> {
                fail(String.format("TLS 1.2 cipher suite %04x is not decrypted (only AEAD suites are)", suite));
                return null;
            }
        }
        if (serverRandom == null) {
            fail("a protected record before the server's hello was seen");
            return null;
        }
        byte[] seed = new byte[64];
        System.arraycopy(serverRandom, 0, seed, 0, 32);
        System.arraycopy(clientRandom, 0, seed, 32, 32);
        byte[] block = TlsKeySchedule.prf(hmac, master, "key expansion", seed, 2 * keyLength + 2 * ivLength);
        int keyAt = fromClient ? 0 : keyLength;
        int ivAt = 2 * keyLength + (fromClient ? 0 : ivLength);
        return new Protection(transformation, new SecretKeySpec(block, keyAt, keyLength, transformation.startsWith("AES") ? "AES" : "ChaCha20"),
                java.util.Arrays.copyOfRange(block, ivAt, ivAt + ivLength), ivLength == 4, false);
    }

    private static byte[] open(Protection p, byte[] record, long seq) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(p.transformation());
        byte[] nonce;
        int from = 5;
        if (p.explicitNonce()) {
            // TLS 1.2 AES-GCM: four bytes of the key block, eight sent with the record
            nonce = new byte[12];
            System.arraycopy(p.iv(), 0, nonce, 0, 4);
            System.arraycopy(record, 5, nonce, 4, 8);
            from = 13;
        } else {
            nonce = p.iv().clone();
            for (int i = 0; i < 8; i++) {
                nonce[nonce.length - 1 - i] ^= (byte) (seq >>> (8 * i));
            }
        }
        if (record.length - from < 16) {
            throw new GeneralSecurityException("a record shorter than its tag");
        }
        byte[] aad;
        if (p.tls13()) {
            aad = java.util.Arrays.copyOfRange(record, 0, 5);
        } else {
            int plainLength = record.length - from - 16;
            aad = ByteBuffer.allocate(13).putLong(seq).put(record[0]).put(record[1]).put(record[2]).putShort((short) plainLength).array();
        }
        if (p.transformation().startsWith("AES")) {
            cipher.init(Cipher.DECRYPT_MODE, p.key(), new GCMParameterSpec(128, nonce));
        } else {
            cipher.init(Cipher.DECRYPT_MODE, p.key(), new IvParameterSpec(nonce));
        }
        cipher.updateAAD(aad);
        return cipher.doFinal(record, from, record.length - from);
    }
}
