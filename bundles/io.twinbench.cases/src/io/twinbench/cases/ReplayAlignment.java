package io.twinbench.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.twinbench.store.ShadowRecordings;

/**
 * Keeps a replay in step with the live recording it replays: the twin answered request k when
 * the replay sent it, maybe hours after the live endpoint did, so each twin event is moved by the
 * offset between the live and the replayed request it falls under (the last one sent before it).
 * The evidence keeps the replay's own times; only the timeline's position moves.
 */
final class ReplayAlignment {

    static final ReplayAlignment NONE = new ReplayAlignment(new long[0], new long[0]);

    private final long[] starts;
    private final long[] offsets;

    private ReplayAlignment(long[] starts, long[] offsets) {
        this.starts = starts;
        this.offsets = offsets;
    }

    /** From the twin's exchanges and the live ones, by the request number they share. */
    static ReplayAlignment of(List<ShadowRecordings.Exchange> twin, Map<Long, ShadowRecordings.Exchange> live) {
        List<long[]> pairs = new ArrayList<>();
        for (ShadowRecordings.Exchange t : twin) {
            ShadowRecordings.Exchange l = live.get(t.seq());
            if (l != null) {
                pairs.add(new long[] {t.requestMicros(), l.requestMicros() - t.requestMicros()});
            }
        }
        pairs.sort((a, b) -> Long.compare(a[0], b[0]));
        return new ReplayAlignment(pairs.stream().mapToLong(p -> p[0]).toArray(), pairs.stream().mapToLong(p -> p[1]).toArray());
    }

    /** Where a twin event sits on the live timeline. */
    long onLiveTimeline(long replayMicros) {
        if (starts.length == 0) {
            return replayMicros;
        }
        int i = Arrays.binarySearch(starts, replayMicros);
        int at = i >= 0 ? i : Math.max(0, -i - 2);
        return replayMicros + offsets[at];
    }

    boolean aligned() {
        return starts.length > 0;
    }
}
