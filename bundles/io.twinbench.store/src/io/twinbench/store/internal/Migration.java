package io.twinbench.store.internal;

import java.util.List;

/** One versioned step of the schema; applied once, in order, inside a transaction. */
public record Migration(int version, String description, List<String> statements) {
}
