package io.twinbench.rollout.spec;

/**
 * How many endpoints: a count, or a share of the rollout's targets (rounded up, so a share of a
 * small fleet is never none).
 */
public record Amount(int count, double share) {

    public Amount {
        if (count < 0 || share < 0 || share > 1 || (count > 0) == (share > 0)) {
            throw new IllegalArgumentException("an amount is a count or a share, not both or neither");
        }
    }

    public static Amount count(int n) {
        return new Amount(n, 0);
    }

    public static Amount share(double fraction) {
        return new Amount(0, fraction);
    }

    /** How many of total this amount is, at most total. */
    public int of(int total) {
        return Math.min(total, count > 0 ? count : (int) Math.ceil(share * total - 1e-9));
    }

    @Override
    public String toString() {
        return count > 0 ? Integer.toString(count) : String.format(java.util.Locale.ROOT, "%s%%", trim(share * 100));
    }

    private static String trim(double percent) {
        return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
    }
}
