package io.twinbench.cases;

import java.util.List;

/** The kinds of evidence a case gathers, in the order their lanes are drawn. */
public final class Sources {

    public static final String EVENT = "event";
    public static final String ANOMALY = "anomaly";
    public static final String PREDICTION = "prediction";
    public static final String CHANGE = "change";
    public static final String SNAPSHOT = "snapshot";
    public static final String SYSCALL = "syscall";
    public static final String PACKET = "packet";
    public static final String HTTP = "http";
    public static final String DIVERGENCE = "divergence";
    public static final String PLAN = "plan";
    public static final String ROLLOUT = "rollout";
    public static final String SIMULATION = "simulation";
    public static final String NOTE = "note";

    public static final List<String> ALL = List.of(EVENT, ANOMALY, PREDICTION, CHANGE, SNAPSHOT, SYSCALL, PACKET, HTTP, DIVERGENCE, PLAN, ROLLOUT,
            SIMULATION, NOTE);

    private Sources() {
    }

    static int order(String source) {
        int i = ALL.indexOf(source);
        return i < 0 ? ALL.size() : i;
    }

    /** What Timesketch shows as the meaning of an event's time. */
    static String timestampDescription(String source) {
        return switch (source) {
            case SYSCALL -> "System call entered";
            case PACKET -> "Packet captured";
            case HTTP -> "Request sent";
            case DIVERGENCE -> "Request replayed";
            case CHANGE -> "Twin changed";
            case SNAPSHOT -> "Twin snapshot taken";
            case ANOMALY -> "Anomalous sample";
            case PREDICTION -> "Failure predicted";
            case PLAN, ROLLOUT -> "Change recorded";
            case SIMULATION -> "Simulation run";
            case NOTE -> "Note written";
            default -> "Event recorded";
        };
    }
}
