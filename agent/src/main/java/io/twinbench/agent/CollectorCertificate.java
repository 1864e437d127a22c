package io.twinbench.agent;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What makes a certificate the workbench collector's rather than merely one the workbench CA
 * signed: it is for TLS servers (extended key usage serverAuth; an agent's certificate is for
 * clients only) and its subject alternative names include the host the agent dialled. The
 * subject's common name never counts, so an agent enrolled under an id that is a host name
 * cannot pass for the collector.
 */
final class CollectorCertificate {

    static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;

    private CollectorCertificate() {
    }

    static void check(X509Certificate server, String host) throws CertificateException {
        List<String> usages = server.getExtendedKeyUsage();
        if (usages == null || !usages.contains(SERVER_AUTH)) {
            throw new CertificateException("the server's certificate (" + server.getSubjectX500Principal().getName()
                    + ") is not a collector's: it is not for TLS servers (another agent's certificate?)");
        }
        if (!names(server, host)) {
            throw new CertificateException("the server's certificate does not name " + host + " among its subject alternative names");
        }
    }

    private static boolean names(X509Certificate server, String host) throws CertificateParsingException {
        Collection<List<?>> alternatives = server.getSubjectAlternativeNames();
        if (alternatives == null) {
            return false;
        }
        InetAddress address = literal(host);
        for (List<?> name : alternatives) {
            int type = (Integer) name.get(0);
            String value = String.valueOf(name.get(1));
            if (type == DNS_NAME && address == null && value.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (type == IP_ADDRESS && address != null && address.equals(literal(value))) {
                return true;
            }
        }
        return false;
    }

    /** The address a literal IPv4 or IPv6 host stands for; null for a host name (never looked up). */
    private static InetAddress literal(String host) {
        if (!host.matches("[0-9.]+|[0-9A-Fa-f:.%]*:[0-9A-Fa-f:.%]*")) {
            return null;
        }
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
