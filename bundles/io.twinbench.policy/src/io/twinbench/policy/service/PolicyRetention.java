package io.twinbench.policy.service;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.twinbench.policy.document.PolicyDocument;
import io.twinbench.policy.document.PolicyFormatException;
import io.twinbench.store.PolicyVersions;
import io.twinbench.store.RetentionPolicy;
import io.twinbench.store.TwinStore;

/**
 * How long the store keeps telemetry, events, history and snapshots when twin management
 * policies are in force: each setting they make replaces the base (the preferences, or the
 * defaults), and what they leave unset stays as the base has it. Each setting is made by at most
 * one policy in force; applying a second that makes it again is refused.
 */
public final class PolicyRetention {

    /** The retention in force and which policy made each setting (retention.raw → its policy). */
    public record Effective(RetentionPolicy retention, Map<String, String> madeBy) {
    }

    private static final String PREFIX = "retention.";

    private PolicyRetention() {
    }

    public static Effective effective(TwinStore store, RetentionPolicy base) {
        return effective(store.policies().inForce(), base);
    }

    static Effective effective(List<PolicyVersions.Version> inForce, RetentionPolicy base) {
        ManagementSettings.Made made = ManagementSettings.made(inForce, PREFIX);
        try {
            return new Effective(apply(base, made.settings()), made.madeBy());
        } catch (IllegalArgumentException e) {
            return new Effective(base, Map.of()); // refused when applied; kept from doing harm if the base changed since
        }
    }

    /** The base with the settings made; an impossible combination (rollups kept shorter than raw samples) is an IllegalArgumentException. */
    static RetentionPolicy apply(RetentionPolicy base, Map<String, PolicyDocument.Setting> settings) {
        return new RetentionPolicy(get(settings, "retention.raw", base.raw()), get(settings, "retention.rollupWidth", base.rollupWidth()),
                get(settings, "retention.rollups", base.rollups()), get(settings, "retention.events", base.events()),
                get(settings, "retention.history", base.history()), get(settings, "retention.snapshots.hourly", base.hourlySnapshots()),
                get(settings, "retention.snapshots.daily", base.dailySnapshots()));
    }

    /** Refuses a document whose retention, with what the other policies in force set, the store cannot keep. */
    static void check(PolicyDocument document, ManagementSettings.Made others) throws PolicyFormatException {
        Map<String, PolicyDocument.Setting> all = new LinkedHashMap<>();
        others.settings().forEach((key, setting) -> {
            if (key.startsWith(PREFIX)) {
                all.put(key, setting);
            }
        });
        PolicyDocument.Setting first = null;
        for (Map.Entry<String, PolicyDocument.Setting> s : document.settings().entrySet()) {
            if (s.getKey().startsWith(PREFIX)) {
                all.put(s.getKey(), s.getValue());
                first = first == null ? s.getValue() : first;
            }
        }
        if (first == null) {
            return;
        }
        try {
            apply(RetentionPolicy.DEFAULT, all);
        } catch (IllegalArgumentException e) {
            throw new PolicyFormatException(List.of(new PolicyFormatException.Problem(document.file(), first.line(), "spec.retention", e.getMessage())));
        }
    }

    private static Duration get(Map<String, PolicyDocument.Setting> settings, String key, Duration otherwise) {
        PolicyDocument.Setting s = settings.get(key);
        return s == null ? otherwise : duration(s.value());
    }

    /** 90s, 15m, 12h, 30d (the schema has checked the form). */
    static Duration duration(String text) {
        long n = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
