package io.twinbench.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * What verifying a bundle found: the payload against the signed file list and the manifest, the
 * tag files against the tag manifest, the signature, and the custody chain. A bundle is intact
 * only when all four hold; anything else opens as "tampered", read-only.
 */
public record BundleCheck(String caseId, BagManifest.Differences payload, BagManifest.Differences manifest, List<String> tagProblems,
        String signer, String signatureProblem, CustodyLog.Check custody, long files, long bytes) {

    public BundleCheck {
        tagProblems = List.copyOf(tagProblems);
    }

    public boolean intact() {
        return payload.none() && manifest.none() && tagProblems.isEmpty() && signatureProblem.isEmpty() && custody.intact();
    }

    public String status() {
        return intact() ? "verified" : "tampered";
    }

    /** One line per finding, the most telling first; empty when intact. */
    public List<String> problems() {
        List<String> lines = new ArrayList<>();
        if (!signatureProblem.isEmpty()) {
            lines.add("signature: " + signatureProblem);
        }
        payload.lines().forEach(l -> lines.add(l + " (against the signed file list)"));
        manifest.lines().forEach(l -> lines.add(l + " (against " + BagManifest.PAYLOAD + ")"));
        tagProblems.forEach(l -> lines.add(l));
        if (!custody.intact()) {
            lines.add("custody: " + custody.reason());
        }
        return lines;
    }

    public String summary() {
        return caseId + ": " + status() + ", " + files + " files, " + bytes + " bytes"
                + (signer.isEmpty() ? "" : ", signed by " + signer) + (custody.intact() ? ", custody chain of " + custody.entries() + " entries intact" : "");
    }
}
