package io.twinbench.policy.view;

/**
 * Orders package versions as dpkg does (Debian Policy 5.6.12): epoch, then upstream version,
 * then revision, each compared as alternating runs of non-digits (letters before everything
 * else, '~' before even the end) and numbers. "No package below a version" needs exactly this
 * order: 1.10 is after 1.9, 2.0~rc1 is before 2.0.
 */
public final class DebianVersions {

    private DebianVersions() {
    }

    /** Negative, zero or positive as a is before, the same as or after b. */
    public static int compare(String a, String b) {
        Parts x = Parts.of(a);
        Parts y = Parts.of(b);
        int epochs = Long.compare(x.epoch, y.epoch);
        if (epochs != 0) {
            return epochs;
        }
        int upstream = compareFragment(x.upstream, y.upstream);
        return upstream != 0 ? upstream : compareFragment(x.revision, y.revision);
    }

    private record Parts(long epoch, String upstream, String revision) {
        static Parts of(String version) {
            String v = version.strip();
            long epoch = 0;
            int colon = v.indexOf(':');
            if (colon > 0 && v.substring(0, colon).chars().allMatch(Character::isDigit) && colon <= 9) {
                epoch = Long.parseLong(v.substring(0, colon));
                v = v.substring(colon + 1);
            }
            int dash = v.lastIndexOf('-');
            return dash < 0 ? new Parts(epoch, v, "") : new Parts(epoch, v.substring(0, dash), v.substring(dash + 1));
        }
    }

    private static int compareFragment(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            int first = 0;
            while ((i < a.length() && !Character.isDigit(a.charAt(i))) || (j < b.length() && !Character.isDigit(b.charAt(j)))) {
                int ac = i < a.length() && !Character.isDigit(a.charAt(i)) ? order(a.charAt(i)) : 0;
                int bc = j < b.length() && !Character.isDigit(b.charAt(j)) ? order(b.charAt(j)) : 0;
                if (ac != bc) {
                    return ac - bc;
                }
                i++;
                j++;
            }
            while (i < a.length() && a.charAt(i) == '0') {
                i++;
            }
            while (j < b.length() && b.charAt(j) == '0') {
                j++;
            }
            while (i < a.length() && Character.isDigit(a.charAt(i)) && j < b.length() && Character.isDigit(b.charAt(j))) {
                if (first == 0) {
                    first = a.charAt(i) - b.charAt(j);
                }
                i++;
                j++;
            }
            if (i < a.length() && Character.isDigit(a.charAt(i))) {
                return 1;
            }
            if (j < b.length() && Character.isDigit(b.charAt(j))) {
                return -1;
            }
            if (first != 0) {
                return first;
            }
        }
        return 0;
    }

    /** dpkg's weight of a non-digit: '~' sorts before the end, letters before other characters. */
    private static int order(char c) {
        if (Character.isLetter(c)) {
            return c;
        }
        if (c == '~') {
            return -1;
        }
        return c + 256;
    }
}
