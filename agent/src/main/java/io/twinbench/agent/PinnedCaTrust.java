package io.twinbench.agent;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

import javax.net.ssl.X509TrustManager;

/**
 * Trust at first contact, before the agent knows the workbench CA: the server's chain must end
 * in a self-signed CA whose SHA-256 fingerprint starts with the prefix printed in the
 * enrolment token, and the server certificate must be signed by it and be the collector's
 * (for TLS servers, naming the host dialled). So a token only works with the workbench that
 * made it, and another agent of that workbench cannot pose as it.
 */
final class PinnedCaTrust implements X509TrustManager {

    private final String fingerprintPrefix;
    private final String host;

    /** host: the collector's host as the agent dialled it, which the server's certificate must name. */
    PinnedCaTrust(String fingerprintPrefix, String host) {
        this.fingerprintPrefix = fingerprintPrefix;
        this.host = host;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length < 2) {
            throw new CertificateException("the server did not send its CA certificate, so the token's pin cannot be checked");
        }
        X509Certificate ca = chain[chain.length - 1];
        try {
            ca.verify(ca.getPublicKey());
            chain[0].verify(ca.getPublicKey());
            chain[0].checkValidity();
            String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ca.getEncoded()));
            if (!fingerprint.startsWith(fingerprintPrefix)) {
                throw new CertificateException("the server's CA (fingerprint " + fingerprint.substring(0, fingerprintPrefix.length())
                        + ") is not the workbench that issued this token (" + fingerprintPrefix + ")");
            }
            CollectorCertificate.check(chain[0], host);
        } catch (GeneralSecurityException e) {
            throw e instanceof CertificateException c ? c : new CertificateException("the server's certificate chain does not verify: " + e.getMessage(), e);
        }
    }

    static boolean pins(X509Certificate ca, String fingerprintPrefix) throws GeneralSecurityException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ca.getEncoded())).startsWith(fingerprintPrefix);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the agent does not accept connections");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
