package io.twinbench.cases;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An analyst's bookmark: on one event (eventId ≥ 0) or on a range of time, with tags, a comment
 * and a colour. Kept beside the evidence, never in it.
 */
public record Annotation(String id, long eventId, long from, long to, List<String> tags, String comment, String colour, String author,
        Instant at) {

    public static final int MAX_COMMENT = 8000;
    public static final int MAX_TAGS = 32;
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_.:/-]{1,64}");
    public static final String DEFAULT_COLOUR = "#f5c542";

    public Annotation {
        if (id == null || !id.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("annotation id '" + id + "' is not lower-case letters, digits and dashes");
        }
        if (to < from) {
            throw new IllegalArgumentException("annotation " + id + " ends before it starts");
        }
        tags = List.copyOf(tags);
        if (tags.size() > MAX_TAGS) {
            throw new IllegalArgumentException("annotation " + id + " has more than " + MAX_TAGS + " tags");
        }
        for (String t : tags) {
            if (!TAG.matcher(t).matches()) {
                throw new IllegalArgumentException("tag '" + t + "' of annotation " + id + " is not 1 to 64 letters, digits or _ . : / -");
            }
        }
        comment = comment == null ? "" : comment;
        if (comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("the comment of annotation " + id + " is longer than " + MAX_COMMENT + " characters");
        }
        colour = colour == null || colour.isEmpty() ? DEFAULT_COLOUR : colour;
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("colour '" + colour + "' of annotation " + id + " is not #rrggbb");
        }
        author = author == null ? "" : author;
    }

    public boolean onEvent() {
        return eventId >= 0;
    }

    public boolean finding() {
        return tags.contains("finding");
    }
}
