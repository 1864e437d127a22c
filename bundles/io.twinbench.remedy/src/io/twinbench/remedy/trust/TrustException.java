package io.twinbench.remedy.trust;

/** A plan or root refused, with the reason the agent logs and reports to the workbench. */
public final class TrustException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        MALFORMED("malformed"),
        UNSIGNED("not signed"),
        TAMPERED("tampered"),
        UNKNOWN_KEY("signed by an unknown key"),
        UNDER_SIGNED("too few signatures"),
        DIGEST_MISMATCH("digest mismatch"),
        OTHER_ENDPOINT("for another endpoint"),
        REPLAYED("replayed"),
        EXPIRED("expired"),
        ROOT_ROTATION("root rotation refused");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private final Reason reason;

    public TrustException(Reason reason, String detail) {
        super(reason.words() + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
