package io.twinbench.sim.scenario;

import java.util.List;

/**
 * Requests played against one of the twin's services, on its own loopback: the requests as
 * they go on the wire, played in turn by a number of clients at a total rate per second.
 */
public record RequestReplay(int port, int rate, int clients, List<String> requests) {

    public RequestReplay {
        requests = List.copyOf(requests);
    }

    /** The request line of an HTTP request ("GET /index.html"), or the first bytes of anything else. */
    public static String summary(String request) {
        String first = request.lines().findFirst().orElse("").strip();
        first = first.replaceFirst("\\s+HTTP/\\d(\\.\\d)?$", "");
        return first.length() > 60 ? first.substring(0, 57) + "..." : first;
    }

    public String target() {
        return "port " + port;
    }
}
