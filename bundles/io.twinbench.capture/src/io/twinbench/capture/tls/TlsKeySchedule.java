package io.twinbench.capture.tls;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The key derivations of TLS 1.3 (HKDF-Expand-Label, RFC 8446 §7.1) and TLS 1.2 (the PRF, RFC 5246 §5), on the JDK's HMAC. */
final class TlsKeySchedule {

    private TlsKeySchedule() {
    }

    static byte[] expandLabel(String hmac, byte[] secret, String label, int length) throws GeneralSecurityException {
        byte[] full = ("tls13 " + label).getBytes(StandardCharsets.US_ASCII);
        ByteBuffer info = ByteBuffer.allocate(2 + 1 + full.length + 1);
        info.putShort((short) length).put((byte) full.length).put(full).put((byte) 0);
        return expand(hmac, secret, info.array(), length);
    }

    /** HKDF-Expand (RFC 5869). */
    private static byte[] expand(String hmac, byte[] prk, byte[] info, int length) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(hmac);
        mac.init(new SecretKeySpec(prk, hmac));
        byte[] out = new byte[length];
        byte[] t = new byte[0];
        int done = 0;
        for (int i = 1; done < length; i++) {
            mac.update(t);
            mac.update(info);
            mac.update((byte) i);
            t = mac.doFinal();
            int n = Math.min(t.length, length - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
    }

    /** TLS 1.2's PRF: P_hash(secret, label + seed). */
    static byte[] prf(String hmac, byte[] secret, String label, byte[] seed, int length) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(hmac);
        mac.init(new SecretKeySpec(secret, hmac));
        byte[] labelSeed = new byte[label.length() + seed.length];
        System.arraycopy(label.getBytes(StandardCharsets.US_ASCII), 0, labelSeed, 0, label.length());
        System.arraycopy(seed, 0, labelSeed, label.length(), seed.length);
        byte[] out = new byte[length];
        byte[] a = labelSeed;
        int done = 0;
        while (done < length) {
            a = mac.doFinal(a);
            mac.update(a);
            mac.update(labelSeed);
            byte[] block = mac.doFinal();
            int n = Math.min(block.length, length - done);
            System.arraycopy(block, 0, out, done, n);
            done += n;
        }
        return out;
    }
}
