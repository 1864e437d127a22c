package io.twinbench.analysis.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.twinbench.store.TwinStore;

/** Every security and inventory finding of a twin over a period against the baseline before it, oldest first. */
public final class SecurityScan {

    private SecurityScan() {
    }

    public static List<SecurityFinding> find(TwinStore store, String twinId, Instant baselineFrom, Instant from, Instant to) {
        List<SecurityFinding> found = new ArrayList<>(new EndpointNovelty(store).find(twinId, baselineFrom, from, to));
        found.addAll(new LoginBursts(store).find(twinId, baselineFrom, from, to));
        found.sort(Comparator.comparingLong(SecurityFinding::at));
        return found;
    }
}
