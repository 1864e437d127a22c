package io.twinbench.remedy.plan;

/** A file that travels with a plan (a package, say), pinned by its SHA-256 so the endpoint needs no repository. */
public record Artifact(String name, String sha256, long size) {

    public Artifact {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 of artifact " + name + " is not 64 lowercase hex digits");
        }
    }
}
