package io.twinbench.analysis.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.math3.distribution.PoissonDistribution;

import io.twinbench.store.EventQuery;
import io.twinbench.store.StoredEvent;
import io.twinbench.store.TwinStore;

/**
 * Bursts of failed logins against the endpoint's own rate: failures are counted in 5-minute
 * buckets; the baseline period gives the usual rate per bucket; a bucket whose count is that
 * unlikely under a Poisson law of the usual rate (Commons Math), below one in ten thousand,
 * is a burst. An endpoint that is always probed needs more to stand out than a quiet one.
 */
public final class LoginBursts {

    static final long BUCKET = Duration.ofMinutes(5).toMillis();
    private static final double UNLIKELY = 1e-4;
    private static final int MAX_EVENTS = 1_000_000;

    private final TwinStore store;

    public LoginBursts(TwinStore store) {
        this.store = store;
    }

    public List<SecurityFinding> find(String twinId, Instant baselineFrom, Instant from, Instant to) {
        long baselineFailures = failures(twinId, baselineFrom.toEpochMilli(), from.toEpochMilli()).size();
        long baselineBuckets = Math.max(1, (from.toEpochMilli() - baselineFrom.toEpochMilli()) / BUCKET);
        // one failure more than seen keeps a spotless history from making a single typo a burst
        double rate = (baselineFailures + 1.0) / baselineBuckets;
        TreeMap<Long, Integer> counts = new TreeMap<>();
        for (StoredEvent e : failures(twinId, from.toEpochMilli(), to.toEpochMilli())) {
            counts.merge(Math.floorDiv(e.timestamp(), BUCKET) * BUCKET, 1, Integer::sum);
        }
        PoissonDistribution usual = new PoissonDistribution(rate);
        List<SecurityFinding> found = new ArrayList<>();
        counts.forEach((bucket, count) -> {
            double p = 1 - usual.cumulativeProbability(count - 1);
            if (p < UNLIKELY) {
                found.add(new SecurityFinding("failed-login-burst", "endpoint", bucket, -Math.log10(Math.max(p, 1e-300)),
                        String.format(java.util.Locale.ROOT, "%d failed logins in 5 minutes where %.2f are usual (p = %.1g)", count, rate, p)));
            }
        });
        return found;
    }

    private List<StoredEvent> failures(String twinId, long from, long to) {
        return store.events().find(new EventQuery(twinId, from, to, Set.of("auth.failure"), Set.of(), "", MAX_EVENTS));
    }
}
