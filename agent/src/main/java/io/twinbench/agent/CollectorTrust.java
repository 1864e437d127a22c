package io.twinbench.agent;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.X509TrustManager;

/** The workbench CA's trust (PKIX), narrowed to the collector's own certificate for the host the agent dialled. */
final class CollectorTrust implements X509TrustManager {

    private final X509TrustManager pkix;
    private final String host;

    CollectorTrust(X509TrustManager pkix, String host) {
        this.pkix = pkix;
        this.host = host;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        pkix.checkServerTrusted(chain, authType);
        CollectorCertificate.check(chain[0], host);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the agent does not accept connections");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return pkix.getAcceptedIssuers();
    }
}
