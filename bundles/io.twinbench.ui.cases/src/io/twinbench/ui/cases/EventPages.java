package io.twinbench.ui.cases;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

import io.twinbench.cases.CaseEvent;

/**
 * The events in view, for a virtual table: fetched a page at a time as rows scroll into sight,
 * so a range of millions of events shows as fast as one of a hundred.
 */
final class EventPages {

    static final int PAGE = 200;

    private final long count;
    private final LongFunction<List<CaseEvent>> fetch;
    private final Map<Long, List<CaseEvent>> pages = new ConcurrentHashMap<>();

    EventPages(long count, List<CaseEvent> first, LongFunction<List<CaseEvent>> fetch) {
        this.count = count;
        this.fetch = fetch;
        pages.put(0L, first);
    }

    long count() {
        return count;
    }

    /** The row if its page is here; null when it must be fetched (off the UI thread) first. */
    CaseEvent cached(long row) {
        List<CaseEvent> page = pages.get(row / PAGE);
        int at = (int) (row % PAGE);
        return page == null || at >= page.size() ? null : page.get(at);
    }

    /** Fetches the page holding the row (call from a job). */
    void load(long row) {
        pages.computeIfAbsent(row / PAGE, p -> fetch.apply(p * PAGE));
    }
}
