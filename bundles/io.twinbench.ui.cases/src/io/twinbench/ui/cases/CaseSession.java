package io.twinbench.ui.cases;

import java.util.List;
import java.util.function.Function;

import io.twinbench.cases.CaseFolder;
import io.twinbench.cases.CaseIndex;
import io.twinbench.cases.Cases;
import io.twinbench.cases.Lane;

/**
 * The case a Timeline shows: its folder, its summary and its index, opened read-only so the
 * command line can read it too. Queries come from jobs one at a time (a JDBC connection is not
 * shared between threads); the UI thread never calls it.
 */
final class CaseSession implements AutoCloseable {

    private final Cases cases;
    private final CaseFolder folder;
    private final Cases.Summary summary;
    private final CaseIndex index;
    private final long[] extent;
    private final List<Lane> lanes;

    private CaseSession(Cases cases, CaseFolder folder, Cases.Summary summary, CaseIndex index, long[] extent, List<Lane> lanes) {
        this.cases = cases;
        this.folder = folder;
        this.summary = summary;
        this.index = index;
        this.extent = extent;
        this.lanes = lanes;
    }

    /** Opens a case, ready for text filters (call from a job: it may build the index from the timeline). */
    static CaseSession open(Cases cases, CaseFolder folder) {
        CaseIndex index = cases.index(folder, true);
        index.warmSearch();
        long[] extent = index.extent().orElse(new long[] {0, 1, 0});
        return new CaseSession(cases, folder, cases.summary(folder), index, extent, index.lanes());
    }

    synchronized <T> T query(Function<CaseIndex, T> question) {
        return question.apply(index);
    }

    /** Reads the index into memory on a connection of its own (see CaseIndex.warm): not one at a time with the queries. */
    void warm() {
        index.warm();
    }

    Cases cases() {
        return cases;
    }

    CaseFolder folder() {
        return folder;
    }

    Cases.Summary summary() {
        return summary;
    }

    /** First and last event's time and the number of events. */
    long[] extent() {
        return extent.clone();
    }

    List<Lane> lanes() {
        return lanes;
    }

    boolean readOnly() {
        return summary.readOnly();
    }

    @Override
    public synchronized void close() {
        index.close();
    }
}
