package io.twinbench.cli.tests;

import static io.twinbench.cli.tests.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.twinbench.ingest.host.LocalMachineProbe;
import io.twinbench.model.io.TwinXmi;
import io.twinbench.model.twin.Twin;

class HeadlessCommandsTest {

    @TempDir
    Path workspace;


    @Test
    void captureThenListAndExportTheLocalTwin() throws Exception {
        String data = workspace.toString();
        CommandRun capture = run("twin", "capture", "--data", data);
        assertEquals(0, capture.code(), capture.err());

        CommandRun list = run("twin", "list", "--format", "json", "--data", data);
        assertEquals(0, list.code(), list.err());
        JsonNode twins = new ObjectMapper().readTree(list.out());
        assertEquals(1, twins.size());
        assertTrue(twins.get(0).get("elements").asInt() > 10);
        String id = twins.get(0).get("id").asText();
        assertTrue(id.startsWith("local-"), id);

        Path xmiFile = workspace.resolve("local.xmi");
        CommandRun xmi = run("twin", "export", id, "--format", "xmi", "--output", xmiFile.toString(), "--data", data);
        assertEquals(0, xmi.code(), xmi.err());
        Twin loaded = new TwinXmi().load(xmiFile);
        assertEquals(twins.get(0).get("elements").asInt(), loaded.getElements().size());

        Path jsonFile = workspace.resolve("local.json");
        CommandRun json = run("twin", "export", id, "--format", "json", "-o", jsonFile.toString(), "--data", data);
        assertEquals(0, json.code(), json.err());
        JsonNode exported = new ObjectMapper().readTree(jsonFile.toFile());
        assertEquals(loaded.getDependencies().size(), exported.get("dependencies").size());
        assertEquals("PROCESSOR", exported.get("elements").findValues("kind").stream().map(JsonNode::asText)
                .filter("PROCESSOR"::equals).findFirst().orElse(""));
    }

    @Test
    void importingAnXmiFileAddsTheTwin() throws Exception {
        Path file = workspace.resolve("other.xmi");
        Twin twin = new LocalMachineProbe().capture();
        twin.setId("imported-1");
        new TwinXmi().save(twin, file);
        CommandRun imported = run("twin", "import", file.toString(), "--data", workspace.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(run("twin", "list", "--data", workspace.toString()).out().contains("imported-1"));
    }

    @Test
    void anUnknownTwinIsAUsageErrorThatNamesIt() {
        CommandRun export = run("twin", "export", "no-such-twin", "--data", workspace.toString());
        assertEquals(2, export.code());
        assertTrue(export.err().contains("no-such-twin"), export.err());
    }

    @Test
    void helpListsTheSubcommands() {
        CommandRun help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("twin") && help.out().contains("docker"), help.out());
    }

    @Test
    void anEnrolmentTokenPinsTheWorkspacesCa() throws Exception {
        CommandRun token = run("enroll-token", "--ttl", "5", "--data", workspace.toString());
        assertEquals(0, token.code(), token.err());
        String value = token.out().trim();
        assertTrue(value.matches("twb2-[0-9a-f]{32}-[0-9a-f]{32}"), value);
        String fingerprint = io.twinbench.ingest.enrol.CertificateAuthority
                .openOrCreate(workspace.resolve(".twinbench/ca"), java.time.Clock.systemUTC()).fingerprint();
        assertTrue(value.endsWith(fingerprint.substring(0, 32)), "128 bits of the CA pinned");
        assertTrue(token.err().contains(fingerprint), token.err());
        assertEquals(2, run("enroll-token", "--ttl", "0", "--data", workspace.toString()).code());
        assertEquals(2, run("agent", "revoke", "nobody", "--data", workspace.toString()).code());
    }

    @Test
    void anOtlpExportersCertificateIsWrittenAsPemAndItsEventsCanBeListed() throws Exception {
        java.nio.file.Path out = workspace.resolve("otel");
        CommandRun cert = run("enroll-cert", "--endpoint", "otel-db", "--hostname", "db1", "--out", out.toString(), "--data", workspace.toString());
        assertEquals(0, cert.code(), cert.err());
        java.security.cert.X509Certificate certificate = io.twinbench.ingest.enrol.PemFiles.readCertificate(out.resolve("otel-db.crt"));
        assertTrue(certificate.getSubjectX500Principal().getName().contains("CN=otel-db"), certificate.getSubjectX500Principal().getName());
        java.security.cert.X509Certificate ca = io.twinbench.ingest.enrol.PemFiles.readCertificate(out.resolve("ca.crt"));
        certificate.verify(ca.getPublicKey());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(out.resolve("otel-db.key"))));
        assertTrue(java.nio.file.Files.readString(out.resolve("otel-db.key")).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertTrue(run("agent", "list", "--data", workspace.toString()).out().contains("otel-db"), "enrolled like an agent");
        assertEquals(1, run("enroll-cert", "--endpoint", "bad id", "--out", out.toString(), "--data", workspace.toString()).code());

        try (io.twinbench.store.TwinStore store = io.twinbench.store.TwinStore.open(io.twinbench.store.StoreLocation.embeddedIn(workspace))) {
            store.events().append(java.util.List.of(new io.twinbench.store.StoredEvent(0, "otel-db", 1_795_000_000_000L, "auth.failure", "WARN",
                    "/var/log/auth.log", "user/root", "Failed password for root, from 10.0.0.9", "{\"user\":\"root\"}")));
        }
        CommandRun csv = run("events", "otel-db", "--kind", "auth.failure", "--data", workspace.toString());
        assertEquals(0, csv.code(), csv.err());
        assertEquals(java.util.List.of("timestamp_ms,time,severity,kind,element,source,message",
                "1795000000000,2026-11-18T11:06:40Z,WARN,auth.failure,user/root,/var/log/auth.log,\"Failed password for root, from 10.0.0.9\""),
                csv.out().lines().toList());
        CommandRun json = run("events", "otel-db", "--json", "--data", workspace.toString());
        assertTrue(json.out().contains("\"attributes\":{\"user\":\"root\"}"), json.out());
        assertEquals("", run("events", "otel-db", "--kind", "log", "--json", "--data", workspace.toString()).out());
    }

    @Test
    void textFromAnEndpointReachesTheTerminalWithItsControlCharactersEscaped() throws Exception {
        String hostile = "Failed password \u001b]0;owned\u0007\u001b[2K\rroot logged in\u202e";
        try (io.twinbench.store.TwinStore store = io.twinbench.store.TwinStore.open(io.twinbench.store.StoreLocation.embeddedIn(workspace))) {
            store.events().append(java.util.List.of(new io.twinbench.store.StoredEvent(0, "web-01", 1_795_000_000_000L, "auth.failure", "WARN",
                    "/var/log/auth.log", null, hostile, null)));
        }
        CommandRun csv = run("events", "web-01", "--data", workspace.toString());
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7f || c == 0x202e), "no control character reaches the terminal");
        assertTrue(csv.out().contains("Failed password \\x1b]0;owned\\x07\\x1b[2K\\rroot logged in\\u202e"), csv.out());
        CommandRun json = run("events", "web-01", "--json", "--data", workspace.toString());
        assertTrue(json.out().contains("\\u001B]0;owned\\u0007"), "JSON escapes them as JSON does: " + json.out());
    }
}
