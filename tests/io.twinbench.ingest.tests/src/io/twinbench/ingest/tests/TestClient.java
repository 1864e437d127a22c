package io.twinbench.ingest.tests;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Optional;

import javax.net.ssl.SSLSocket;

import io.twinbench.ingest.enrol.AgentCredentials;
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
        SSLSocket socket = (SSLSocket) AgentCredentials.tls(key, chain, trusted).getSocketFactory().createSocket("127.0.0.1", port);
        socket.startHandshake();
        return new TestClient(socket);
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
