package io.twinbench.model.build;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.twinbench.model.twin.Twin;

/**
 * What-if copies of captured twins. What an agent or an image reported is evidence and is never
 * edited; an analyst who wants to try a change edits a draft: a copy under its own id, which no
 * agent can enrol as (agent ids have no '~'), marked as a draft by its source.
 */
public final class TwinDrafts {

    private static final String SOURCE_PREFIX = "draft of ";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private TwinDrafts() {
    }

    /** A new draft of a captured twin (or of another draft), made at the given time. */
    public static Twin draftOf(Twin original, Instant at) {
        Twin draft = EcoreUtil.copy(original);
        String base = original.getId().length() > 160 ? original.getId().substring(0, 160) : original.getId();
        draft.setId(base + "~draft-" + STAMP.format(at));
        draft.setName((original.getName() == null ? original.getId() : original.getName()) + " (draft " + STAMP.format(at) + ")");
        draft.setSource(SOURCE_PREFIX + original.getId());
        draft.setCreated(Date.from(at));
        draft.setUpdated(Date.from(at));
        return draft;
    }

    public static boolean isDraft(Twin twin) {
        return twin.getSource() != null && twin.getSource().startsWith(SOURCE_PREFIX) && twin.getId().contains("~draft-");
    }

    /** The id of the twin a draft was copied from. */
    public static Optional<String> draftedFrom(Twin twin) {
        return isDraft(twin) ? Optional.of(twin.getSource().substring(SOURCE_PREFIX.length())) : Optional.empty();
    }
}
