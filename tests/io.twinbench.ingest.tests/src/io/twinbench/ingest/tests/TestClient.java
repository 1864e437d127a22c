package io.twinbench.ingest.tests;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.x500.X500Principal;

import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

import io.twinbench.ingest.enrol.CertificateAuthority;
import io.twinbench.ingest.enrol.Enrollment;
import io.twinbench.protocol.Frame;
import io.twinbench.protocol.FrameCodec;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.MessageCodec;

/** A hand-driven agent connection for tests that must send what a real agent never would. */
final class TestClient implements AutoCloseable {

    private final SSLSocket socket;
    private final OutputStream out;
    private final InputStream in;
    private final FrameCodec frames = new FrameCodec();
    private final MessageCodec messages = new MessageCodec();

    private TestClient(SSLSocket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream());
        socket.setSoTimeout(20_000);
    }

    /** TLS presenting the given key and chain (none for null), trusting the given CA. */
    static TestClient connect(int port, KeyPair key, X509Certificate[] chain, X509Certificate trusted) throws Exception {
        KeyManagerFactory kmf = null;
        if (key != null) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("agent", key.getPrivate(), new char[0], chain);
            kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, new char[0]);
        }
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        anchors.setCertificateEntry("ca", trusted);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(anchors);
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), new SecureRandom());
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port);
        socket.startHandshake();
        return new TestClient(socket);
    }

    /** An enrolled agent's key and chain. */
    static Object[] enrolled(Enrollment enrollment, CertificateAuthority ca, String agentId) throws Exception {
        KeyPair key = CertificateAuthority.newKeyPair();
        byte[] csr = new JcaPKCS10CertificationRequestBuilder(new X500Principal("CN=" + agentId), key.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate())).getEncoded();
        X509Certificate certificate = enrollment.enrol(enrollment.newToken(Duration.ofMinutes(5)).value(), csr, agentId, "test-host");
        return new Object[] {key, new X509Certificate[] {certificate, ca.certificate()}};
    }

    void send(Message message, long seq) throws IOException {
        frames.write(messages.encode(message, seq), out);
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next message from the workbench, or empty when it closed the connection. */
    Optional<Message> receive() throws Exception {
        Optional<Frame> frame = frames.read(in);
        return frame.isEmpty() ? Optional.empty() : Optional.of(messages.decode(frame.get()));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
