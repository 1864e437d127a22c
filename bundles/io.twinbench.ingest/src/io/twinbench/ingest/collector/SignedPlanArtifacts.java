package io.twinbench.ingest.collector;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The artifacts (name, SHA-256) a signed plan's statement names as subjects: what must travel with it. */
final class SignedPlanArtifacts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SignedPlanArtifacts() {
    }

    static List<Map.Entry<String, String>> of(byte[] envelope) {
        List<Map.Entry<String, String>> artifacts = new ArrayList<>();
        try {
            JsonNode statement = JSON.readTree(Base64.getDecoder().decode(JSON.readTree(envelope).path("payload").asText()));
            for (JsonNode subject : statement.path("subject")) {
                String name = subject.path("name").asText();
                if (name.startsWith("artifact/")) {
                    artifacts.add(Map.entry(name.substring("artifact/".length()), subject.path("digest").path("sha256").asText()));
                }
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            // the workbench signed it; unreadable here means no artifacts to send, and the agent will refuse it with the reason
        }
        return artifacts;
    }
}
