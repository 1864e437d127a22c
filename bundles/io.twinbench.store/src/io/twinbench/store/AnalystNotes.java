package io.twinbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the analyst adds to a twin: a note and tags per element, who wrote them and when. Kept
 * in a table of their own, never in the captured model, so that what an agent or an image
 * reported stays as reported and a rebuild of the twin from its inventory keeps the notes.
 */
public final class AnalystNotes {

    /** The longest note and tag list kept; longer text is refused rather than cut, since the analyst typed it. */
    public static final int MAX_NOTE = 8000;
    public static final int MAX_TAGS = 1000;

    /** One element's note: its text, its tags (comma separated as typed), by whom and when. */
    public record Note(String twinId, String elementId, String text, String tags, String author, Instant updated) {

        public boolean isEmpty() {
            return (text == null || text.isBlank()) && (tags == null || tags.isBlank());
        }
    }

    private final TwinStore.ConnectionSource connections;

    AnalystNotes(TwinStore.ConnectionSource connections) {
        this.connections = connections;
    }

    public Optional<Note> get(String twinId, String elementId) {
        return Optional.ofNullable(of(twinId).get(elementId));
    }

    /** Every note of a twin, by element id. */
    public Map<String, Note> of(String twinId) {
        try (Connection c = connections.get(); PreparedStatement ps = c.prepareStatement(
                "SELECT element_id, note, tags, author, updated FROM analyst_note WHERE twin_id = ? ORDER BY element_id")) {
            ps.setString(1, twinId);
            Map<String, Note> notes = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    notes.put(rs.getString(1), new Note(twinId, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant()));
                }
            }
            return notes;
        } catch (SQLException e) {
            throw new StoreException("cannot read the notes on " + twinId + ": " + e.getMessage(), e);
        }
    }

    /** Writes an element's note (an empty note and no tags remove it). */
    public void put(Note note) {
        if (note.text() != null && note.text().length() > MAX_NOTE) {
            throw new StoreException("a note is kept up to " + MAX_NOTE + " characters; this one has " + note.text().length());
        }
        if (note.tags() != null && note.tags().length() > MAX_TAGS) {
            throw new StoreException("tags are kept up to " + MAX_TAGS + " characters; these have " + note.tags().length());
        }
        try (Connection c = connections.get()) {
            if (note.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM analyst_note WHERE twin_id = ? AND element_id = ?")) {
                    ps.setString(1, note.twinId());
                    ps.setString(2, note.elementId());
                    ps.executeUpdate();
                }
                return;
            }
            try (PreparedStatement ps = c.prepareStatement(connections.dialect().upsert("analyst_note",
                    List.of("twin_id", "element_id", "note", "tags", "author", "updated"), List.of("twin_id", "element_id")))) {
                ps.setString(1, note.twinId());
                ps.setString(2, note.elementId());
                ps.setString(3, note.text());
                ps.setString(4, note.tags());
                ps.setString(5, note.author());
                ps.setTimestamp(6, Timestamp.from(note.updated()));
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot keep the note on " + note.elementId() + ": " + e.getMessage(), e);
        }
    }
}
