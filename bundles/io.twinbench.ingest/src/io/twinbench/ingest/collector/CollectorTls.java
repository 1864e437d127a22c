package io.twinbench.ingest.collector;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;

import io.twinbench.ingest.enrol.CertificateAuthority;

/**
 * The collector's side of mutual TLS: a fresh server key with a certificate from the
 * workspace CA, sent with the CA so a new agent can check the token's pin. Client
 * certificates are asked for but not demanded by TLS itself: an agent without one may only
 * enrol, and a certificate the workbench does not trust is refused by the session with its
 * reason, which a failed handshake could not tell the agent.
 */
public final class CollectorTls {

    public static final String PROTOCOL = "TLSv1.3";
    static final Duration SERVER_CERTIFICATE_VALIDITY = Duration.ofDays(30);

    private final SSLContext context;

    private CollectorTls(SSLContext context) {
        this.context = context;
    }

    /** TLS for a collector reachable under the given names (host names or addresses), plus this host's own names. */
    public static CollectorTls issue(CertificateAuthority ca, List<String> names) throws GeneralSecurityException {
        KeyPair pair = CertificateAuthority.newKeyPair();
        X509Certificate server = ca.issueServerCertificate(pair.getPublic(), serverNames(names), SERVER_CERTIFICATE_VALIDITY);
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try {
            keys.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        char[] password = new char[0];
        keys.setKeyEntry("collector", pair.getPrivate(), password, new Certificate[] {server, ca.certificate()});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        SSLContext context = SSLContext.getInstance(PROTOCOL);
        context.init(kmf.getKeyManagers(), new javax.net.ssl.TrustManager[] {new ClientCertificatesChecked()}, new SecureRandom());
        return new CollectorTls(context);
    }

    /** The same TLS for other listeners of the workbench (the OTLP receiver). */
    public SSLContext context() {
        return context;
    }

    SSLServerSocket serverSocket(java.net.InetSocketAddress bind) throws java.io.IOException {
        SSLServerSocket socket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket();
        socket.setReuseAddress(true);
        socket.bind(bind, 512);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setProtocols(new String[] {PROTOCOL});
        parameters.setWantClientAuth(true);
        socket.setSSLParameters(parameters);
        return socket;
    }

    private static List<String> serverNames(List<String> requested) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : requested) {
            if (!name.isBlank() && !name.equals("0.0.0.0") && !name.equals("::")) {
                names.add(name);
            }
        }
        names.add("localhost");
        names.add("127.0.0.1");
        try {
            InetAddress local = InetAddress.getLocalHost();
            names.add(local.getHostName());
            names.add(local.getCanonicalHostName());
            names.add(local.getHostAddress());
        } catch (UnknownHostException e) {
            // loopback names are enough to start; remote agents then need --server with one of them
        }
        return new ArrayList<>(names);
    }
}
