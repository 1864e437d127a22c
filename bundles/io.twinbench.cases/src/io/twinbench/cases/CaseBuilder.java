package io.twinbench.cases;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Adds evidence to a case: each record goes to its evidence file and, as an event pointing at
 * it, to the index. Events are numbered in the order they are added, across gatherings.
 */
public final class CaseBuilder implements AutoCloseable {

    private final CaseFolder folder;
    private final CaseIndex.Batch batch;
    private final Map<String, EvidenceFile> files = new HashMap<>();
    private long nextId;

    CaseBuilder(CaseFolder folder, CaseIndex index, long firstId) {
        this.folder = folder;
        this.batch = index.batch();
        this.nextId = firstId;
    }

    /** Writes a record to an evidence file (relative to the bag's data folder) and returns its reference. */
    public String record(String file, EvidenceFile.Fields fields) {
        try {
            EvidenceFile f = files.get(file);
            if (f == null) {
                f = new EvidenceFile(folder, file);
                files.put(file, f);
            }
            return f.line(fields);
        } catch (IOException e) {
            throw new CaseException("cannot write " + file + " of case " + folder.id() + ": " + e.getMessage(), e);
        }
    }

    /** Puts an event on the timeline, numbering it; the id given is ignored. */
    public CaseEvent add(CaseEvent event) {
        CaseEvent numbered = event.withId(nextId++);
        batch.add(numbered);
        return numbered;
    }

    public long nextId() {
        return nextId;
    }

    public long added() {
        return batch.added();
    }

    public CaseFolder folder() {
        return folder;
    }

    /** Closes the evidence files and sorts the index. */
    @Override
    public void close() {
        CaseException failure = null;
        for (EvidenceFile f : files.values()) {
            try {
                f.close();
            } catch (IOException e) {
                failure = new CaseException("cannot finish an evidence file of case " + folder.id() + ": " + e.getMessage(), e);
            }
        }
        batch.close();
        if (failure != null) {
            throw failure;
        }
    }
}
