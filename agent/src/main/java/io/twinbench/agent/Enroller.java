package io.twinbench.agent;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.security.auth.x500.X500Principal;

import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

import io.twinbench.protocol.EnrollRequest;
import io.twinbench.protocol.EnrollResponse;
import io.twinbench.protocol.EnrollmentToken;
import io.twinbench.protocol.Frame;
import io.twinbench.protocol.FrameCodec;
import io.twinbench.protocol.Message;
import io.twinbench.protocol.ProtocolException;
import io.twinbench.protocol.Refusal;

/**
 * First contact: makes the agent's key (which never leaves the endpoint), checks that the
 * server is the workbench the token names, and trades the token and a certificate request
 * for the agent's certificate and the workbench CA.
 */
final class Enroller {

    private final FrameCodec frames = new FrameCodec();
    /** The root of trust for plans that came with the certificate, if the workspace has one. */
    private byte[] trustRoot;

    private byte[] collectionPolicy;

    /** The signed collection policy the workbench sent with the certificate, if it has one. */
    Optional<byte[]> collectionPolicy() {
        return Optional.ofNullable(collectionPolicy);
    }

    Optional<byte[]> trustRoot() {
        return Optional.ofNullable(trustRoot);
    }
    private final CompactMessageCodec messages = new CompactMessageCodec();

    AgentIdentity enrol(WorkbenchAddress workbench, EnrollmentToken token, String agentId, String hostname)
            throws IOException, GeneralSecurityException, WorkbenchRefusal {
        KeyPair pair = newKeyPair();
        SSLContext tls = SSLContext.getInstance(Uplink.TLS_PROTOCOL);
        tls.init(null, new TrustManager[] {new PinnedCaTrust(token.caFingerprintPrefix(), workbench.host())}, new SecureRandom());
        try (SSLSocket socket = workbench.connect(tls, 30_000)) {
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            frames.write(messages.encode(new EnrollRequest(token.value(), agentId, hostname, certificateRequest(pair, agentId)), 1), out);
            out.flush();
            Optional<Frame> reply = frames.read(new BufferedInputStream(socket.getInputStream()));
            if (reply.isEmpty()) {
                throw new IOException("the workbench closed the connection without answering the enrolment");
            }
            Message message = messages.decode(reply.get());
            if (message instanceof Refusal refusal) {
                throw new WorkbenchRefusal(refusal.reason(), refusal.permanent());
            }
            if (!(message instanceof EnrollResponse response)) {
                throw new IOException("the workbench answered the enrolment with " + message.type());
            }
            X509Certificate certificate = AgentIdentity.certificate(Base64.getDecoder().decode(response.certificate()));
            X509Certificate ca = AgentIdentity.certificate(Base64.getDecoder().decode(response.caCertificate()));
            if (!PinnedCaTrust.pins(ca, token.caFingerprintPrefix())) {
                throw new GeneralSecurityException("the CA in the enrolment answer is not the one the token names");
            }
            certificate.verify(ca.getPublicKey());
            if (!certificate.getPublicKey().equals(pair.getPublic())) {
                throw new GeneralSecurityException("the issued certificate is not for this agent's key");
            }
            trustRoot = response.trustRoot() == null ? null : Base64.getDecoder().decode(response.trustRoot());
            collectionPolicy = response.collectionPolicy() == null ? null : Base64.getDecoder().decode(response.collectionPolicy());
            return new AgentIdentity(pair.getPrivate(), certificate, ca);
        } catch (ProtocolException e) {
            throw new IOException("the workbench's enrolment answer is malformed: " + e.getMessage(), e);
        }
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static String certificateRequest(KeyPair pair, String agentId) throws IOException, GeneralSecurityException {
        try {
            byte[] der = new JcaPKCS10CertificationRequestBuilder(new X500Principal("CN=" + agentId), pair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())).getEncoded();
            return Base64.getEncoder().encodeToString(der);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
