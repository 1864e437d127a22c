package io.twinbench.cases;

import java.nio.file.Path;

/**
 * Where a case lives in a workspace. {@code bag/} is the case as it is exported, in BagIt's
 * layout: the evidence, timeline, annotations and custody log under {@code data/}, manifests
 * beside it. {@code index.duckdb} is derived from the bag and stays on this machine.
 */
public record CaseFolder(Path root) {

    public Path bag() {
        return root.resolve("bag");
    }

    public Path data() {
        return bag().resolve("data");
    }

    public Path evidence() {
        return data().resolve("evidence");
    }

    public Path definition() {
        return data().resolve("case.json");
    }

    public Path timeline() {
        return data().resolve("timeline.jsonl");
    }

    public Path annotations() {
        return data().resolve("annotations.jsonl");
    }

    public Path custody() {
        return data().resolve("custody.jsonl");
    }

    public Path index() {
        return root.resolve("index.duckdb");
    }

    /** What opening a bundle found: absent for a case made here. */
    public Path verification() {
        return root.resolve("verification.json");
    }

    public String id() {
        return root.getFileName().toString();
    }
}
