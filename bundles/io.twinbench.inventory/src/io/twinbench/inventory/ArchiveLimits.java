package io.twinbench.inventory;

/**
 * How much of a root filesystem archive Twinbench will read or write, so that a crafted archive
 * (millions of empty entries, or a few bytes of gzip that expand to terabytes) is refused with
 * the entry where it went over, instead of filling the analyst's disk or the engine's.
 *
 * @param maxEntries most entries an archive may hold
 * @param maxBytes   most bytes its entries may hold together, uncompressed
 */
public record ArchiveLimits(long maxEntries, long maxBytes) {

    /** A real server root has some hundred thousand files and some tens of GiB; ten times the files, and 64 GiB. */
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(2_000_000, 64L << 30);

    public ArchiveLimits {
        if (maxEntries <= 0 || maxBytes <= 0) {
            throw new IllegalArgumentException("archive limits must be positive");
        }
    }

    /** Counts entries and bytes as they are met and refuses the first one past a limit. */
    public final class Meter {
        private long entries;
        private long bytes;

        /** Counts one entry of size bytes; the exception names the archive and the entry. */
        public void count(String archive, String entry, long size) throws java.io.IOException {
            entries++;
            bytes += Math.max(0, size);
            if (entries > maxEntries) {
                throw new java.io.IOException(archive + ": more than " + maxEntries + " entries (at '" + entry
                        + "'): refused as an archive bomb");
            }
            if (bytes > maxBytes) {
                throw new java.io.IOException(archive + ": its entries hold more than " + size(maxBytes) + " (at '" + entry
                        + "'): refused as an archive bomb");
            }
        }

        public long entries() {
            return entries;
        }

        public long bytes() {
            return bytes;
        }
    }

    private static String size(long bytes) {
        return bytes >= 1L << 30 ? (bytes >> 30) + " GiB" : bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }

    public Meter meter() {
        return new Meter();
    }
}
