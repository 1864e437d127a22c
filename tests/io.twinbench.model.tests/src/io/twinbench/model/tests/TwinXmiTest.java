package io.twinbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.twinbench.model.io.TwinFormatException;
import io.twinbench.model.io.TwinXmi;
import io.twinbench.model.twin.Dependency;
import io.twinbench.model.twin.Twin;

class TwinXmiTest {

    private final TwinXmi xmi = new TwinXmi();

    @TempDir
    Path dir;

    @Test
    void aTwinSurvivesAFileRoundTripWithEveryEdge() throws Exception {
        Twin original = SampleTwins.webServer();
        Path file = dir.resolve("web-1.xmi");
        xmi.save(original, file);
        Twin loaded = xmi.load(file);
        assertTrue(EcoreUtil.equals(original, loaded), "loaded twin equals the saved one");
        for (Dependency d : loaded.getDependencies()) {
            assertTrue(d.getSource() != null && d.getTarget() != null && !d.getSource().eIsProxy());
        }
        assertEquals("nginx", loaded.findElement("proc/42").getName());
    }

    @Test
    void elementIdsWithMarkupCharactersSurviveAsReferences() throws Exception {
        io.twinbench.model.build.TwinBuilder b = new io.twinbench.model.build.TwinBuilder("odd", "odd", new java.util.Date());
        var unit = b.element(io.twinbench.model.twin.TwinPackage.eINSTANCE.getService(), "svc/a<b>&\"c'.service", "odd unit", e -> { });
        var host = b.element(io.twinbench.model.twin.TwinPackage.eINSTANCE.getEndpoint(), "endpoint", "host", e -> { });
        b.edge(unit, io.twinbench.model.twin.DependencyType.RUNS_ON, host);
        Path file = dir.resolve("odd.xmi");
        xmi.save(b.twin(), file);
        Twin loaded = xmi.load(file);
        assertEquals("svc/a<b>&\"c'.service", loaded.getDependencies().get(0).getSource().getId(), "the edge still points at the unit");
    }

    @Test
    void malformedXmlIsRefusedWithFileAndLine() throws Exception {
        Path file = dir.resolve("broken.xmi");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<twin:Twin xmlns:twin=\"http://twinbench.io/twin/1.0\" id=\"a\">\n  <elements\n</twin:Twin>\n");
        TwinFormatException e = assertThrows(TwinFormatException.class, () -> xmi.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());
    }

    @Test
    void aForeignXmlFileIsNamedAsSuch() throws Exception {
        Path file = dir.resolve("pom.xmi");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion></project>\n");
        TwinFormatException e = assertThrows(TwinFormatException.class, () -> xmi.load(file));
        assertTrue(e.getMessage().contains("not a Twinbench twin"), e.getMessage());
    }

    @Test
    void anEdgeToAMissingElementIsRefused() throws Exception {
        String text = new String(xmi.toBytes(SampleTwins.webServer()), StandardCharsets.UTF_8).replace("target=\"endpoint\"", "target=\"nowhere\"");
        TwinFormatException e = assertThrows(TwinFormatException.class, () -> xmi.fromBytes(text.getBytes(StandardCharsets.UTF_8), "edited"));
        assertTrue(e.getMessage().startsWith("edited: "), e.getMessage());
    }

    @Test
    void aFailedSaveLeavesTheExistingFileUntouched() throws Exception {
        Path file = dir.resolve("keep.xmi");
        xmi.save(SampleTwins.webServer(), file);
        byte[] before = Files.readAllBytes(file);
        Twin invalid = SampleTwins.webServer();
        invalid.getDependencies().get(0).setSource(io.twinbench.model.twin.TwinFactory.eINSTANCE.createProcess());
        assertThrows(Exception.class, () -> xmi.save(invalid, file));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no partial file is left behind");
        }
    }

    @Test
    void aMissingFileIsNamed() {
        TwinFormatException e = assertThrows(TwinFormatException.class, () -> xmi.load(dir.resolve("nope.xmi")));
        assertTrue(e.getMessage().contains("nope.xmi"));
    }

    /** A local HTTP server that counts the requests it gets: a twin file must make none. */
    private static com.sun.net.httpserver.HttpServer counting(java.util.concurrent.atomic.AtomicInteger hits) throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = "<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void aReferenceToAnotherDocumentIsRefusedAndNothingIsFetched() throws Exception {
        java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer server = counting(hits);
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/other.xmi#endpoint";
            String text = new String(xmi.toBytes(SampleTwins.webServer()), StandardCharsets.UTF_8)
                    .replaceFirst("target=\"endpoint\"/>", "><target xsi:type=\"twin:Endpoint\" href=\"" + url + "\"/></dependencies>");
            assertTrue(text.contains(url), "the file names another document");
            TwinFormatException e = assertThrows(TwinFormatException.class, () -> xmi.fromBytes(text.getBytes(StandardCharsets.UTF_8), "linked"));
            assertTrue(e.getMessage().contains("outside the file is refused") || e.getMessage().contains("never reads another document"),
                    e.getMessage());
            assertEquals(0, hits.get(), "nothing was fetched");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aDoctypeWithExternalEntitiesIsRefusedAndNothingIsRead() throws Exception {
        java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer server = counting(hits);
        try {
            Path secret = Files.writeString(dir.resolve("secret.txt"), "the analyst's secret");
            String text = new String(xmi.toBytes(SampleTwins.webServer()), StandardCharsets.UTF_8).replaceFirst("\\?>",
                    "?>\n<!DOCTYPE twin:Twin [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\"><!ENTITY ping SYSTEM \"http://127.0.0.1:"
                            + server.getAddress().getPort() + "/dtd\">]>").replaceFirst("name=\"nginx\"", "name=\"&leak;&ping;\"");
            Path file = Files.writeString(dir.resolve("xxe.xmi"), text);
            TwinFormatException e = assertThrows(TwinFormatException.class, () -> xmi.load(file));
            assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
            assertEquals(0, hits.get());
        } finally {
            server.stop(0);
        }
    }
}
