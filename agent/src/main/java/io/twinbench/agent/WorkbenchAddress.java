package io.twinbench.agent;

import java.io.IOException;
import java.net.InetSocketAddress;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/** Where the workbench's collector listens (HOST:PORT), and how the agent opens TLS to it. */
record WorkbenchAddress(String host, int port) {

    static final int CONNECT_TIMEOUT_MS = 10_000;

    static WorkbenchAddress parse(String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new IllegalArgumentException("'" + value + "' is not HOST:PORT");
        }
        String host = value.substring(0, colon).replaceAll("^\\[|\\]$", "");
        int port;
        try {
            port = Integer.parseInt(value.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' has no port number after ':'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range");
        }
        return new WorkbenchAddress(host, port);
    }

    /** A TLS 1.3 connection whose server certificate must name this host. */
    SSLSocket connect(SSLContext tls, int readTimeoutMs) throws IOException {
        SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket();
        try {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(readTimeoutMs);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setProtocols(new String[] {Uplink.TLS_PROTOCOL});
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
