package io.twinbench.policy.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.twinbench.policy.document.PolicyDocument;
import io.twinbench.policy.document.PolicyFormatException;
import io.twinbench.policy.document.PolicyReader;
import io.twinbench.store.PolicyVersions;

/**
 * The settings the twin management policies in force make (retention.raw, collection.syscalls,
 * ...), each made by at most one of them: two policies setting one value would leave the
 * analyst guessing which holds, so applying a second is refused.
 */
final class ManagementSettings {

    /** The settings made, each by the first policy that makes it, and which policy that is. */
    record Made(Map<String, PolicyDocument.Setting> settings, Map<String, String> madeBy) {
    }

    private ManagementSettings() {
    }

    /** The settings under prefix ("retention.") that the policies in force make. */
    static Made made(List<PolicyVersions.Version> inForce, String prefix) {
        Map<String, PolicyDocument.Setting> settings = new LinkedHashMap<>();
        Map<String, String> madeBy = new LinkedHashMap<>();
        for (PolicyVersions.Version v : inForce) {
            if (!PolicyDocument.TWIN_MANAGEMENT.equals(v.kind())) {
                continue;
            }
            try {
                new PolicyReader().read(v.name() + " v" + v.version(), v.document()).settings().forEach((key, setting) -> {
                    if (key.startsWith(prefix) && settings.putIfAbsent(key, setting) == null) {
                        madeBy.put(key, v.name());
                    }
                });
            } catch (PolicyFormatException e) {
                // a version that no longer reads sets nothing; policy status says so
            }
        }
        return new Made(settings, madeBy);
    }

    /** The policies in force as they would be with this document in force, as the given version, in place of its name's version. */
    static List<PolicyVersions.Version> replacing(List<PolicyVersions.Version> inForce, PolicyDocument document, long version) {
        List<PolicyVersions.Version> next = new java.util.ArrayList<>(without(inForce, document.name()));
        next.add(new PolicyVersions.Version(document.name(), version, document.kind(), document.text(), "", "", "", java.time.Instant.EPOCH, false));
        return next;
    }

    static List<PolicyVersions.Version> without(List<PolicyVersions.Version> inForce, String name) {
        return inForce.stream().filter(v -> !v.name().equals(name)).toList();
    }

    /**
     * The settings the other policies in force make, read once; a document making one of them
     * again is refused, naming the line of the setting and the policy that makes it.
     */
    static Made othersRefusingTaken(PolicyDocument document, List<PolicyVersions.Version> inForce) throws PolicyFormatException {
        Made others = made(without(inForce, document.name()), "");
        for (Map.Entry<String, PolicyDocument.Setting> s : document.settings().entrySet()) {
            String by = others.madeBy().get(s.getKey());
            if (by != null) {
                throw new PolicyFormatException(List.of(new PolicyFormatException.Problem(document.file(), s.getValue().line(), s.getValue().field(),
                        "policy " + by + " in force sets it already: one policy makes each setting (change that one, or withdraw it)")));
            }
        }
        return others;
    }
}
