package io.twinbench.sim.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.twinbench.sim.scenario.RequestReplay;

/** The replay script's lines turned into figures: statuses, latencies, and the second a service fell behind. */
class RequestFiguresTest {

    private static final RequestReplay TEN_A_SECOND = new RequestReplay(80, 10, 1, List.of("GET / HTTP/1.0\r\n\r\n"));

    /** Ten requests in each second from 0 to seconds-1, each answered 200 in the given microseconds. */
    private static String steady(int seconds, long latency) {
        return steady(0, seconds, latency);
    }

    /** Ten requests in each second from one up to (not including) another, each answered 200 in the given microseconds. */
    private static String steady(int from, int to, long latency) {
        StringBuilder out = new StringBuilder();
        for (int s = from; s < to; s++) {
            for (int i = 0; i < 10; i++) {
                long start = s * 1_000_000L + i * 100_000L;
                out.append("send ").append(start).append('\n');
                out.append("ok ").append(start).append(' ').append(latency).append(" HTTP/1.1 200 OK\n");
            }
        }
        return out.toString();
    }

    @Test
    void aServiceThatKeepsUpHasItsStatusesAndLatencies() {
        RequestFigures figures = RequestFigures.parse(TEN_A_SECOND, steady(4, 2_000) + "send 4000000\nok 4000000 9000 HTTP/1.1 404 Not Found\n", 4.5);
        assertEquals(41, figures.sent());
        assertEquals(41, figures.answered());
        assertEquals(45, figures.asked());
        assertEquals(Map.of("200", 40L, "404", 1L), figures.statuses());
        assertEquals(0, figures.failed(), "a 404 is an answer, not a failure");
        assertEquals(2.0, figures.p50Millis());
        assertEquals(9.0, figures.maxMillis());
        assertEquals(-1, figures.fellBehindAtSeconds(), figures.toString());
    }

    @Test
    void failuresAndLateAnswersMarkTheSecondTheServiceFellBehind() {
        String refusedInThird = steady(2, 1_000) + "send 2000000\nrefused 2000000 50\nsend 2100000\nok 2100000 1000 HTTP/1.1 200 OK\n";
        RequestFigures refused = RequestFigures.parse(TEN_A_SECOND, refusedInThird, 3);
        assertEquals(1, refused.refused());
        assertEquals(2.0, refused.fellBehindAtSeconds(), refused.toString());

        // second 2 sends 3 of 10: the answers took 300 ms each, so the only client could not keep to its schedule
        String slow = steady(2, 1_000) + "send 2000000\nok 2000000 300000 HTTP/1.1 200 OK\nsend 2300000\nok 2300000 300000 HTTP/1.1 200 OK\n"
                + "send 2600000\nok 2600000 300000 HTTP/1.1 200 OK\n"
                + steady(3, 4, 1_000);
        RequestFigures late = RequestFigures.parse(TEN_A_SECOND, slow, 4);
        assertEquals(2.0, late.fellBehindAtSeconds(), late.toString());
        assertEquals(0, late.failed());

        RequestFigures served5xx = RequestFigures.parse(TEN_A_SECOND, "send 10\nok 10 1000 HTTP/1.1 503 Service Unavailable\n", 1);
        assertEquals(1, served5xx.serverErrors());
        assertEquals(0.0, served5xx.fellBehindAtSeconds(), "a 5xx is a failure from the first second on");
    }

    @Test
    void theFirstAndAShortLastSecondDoNotCountAsFallingBehind() {
        // clients start in the first second, and the last is cut short by the phase's end
        String out = "send 900000\nok 900000 1000 HTTP/1.1 200 OK\n" + steady(1, 3, 1_000) + "send 3000000\nok 3000000 1000 HTTP/1.1 200 OK\n";
        RequestFigures figures = RequestFigures.parse(TEN_A_SECOND, out, 3.5);
        assertEquals(-1, figures.fellBehindAtSeconds(), figures.toString());
        assertEquals("port 80", figures.target());
        assertTrue(figures.toString().contains("p50 1.0 ms"), figures.toString());
    }

    @Test
    void aRequestCutOffAtThePhasesEndIsUnfinishedNotFailed() {
        RequestFigures figures = RequestFigures.parse(TEN_A_SECOND, steady(2, 1_000) + "send 2000000\n", 2.5);
        assertEquals(21, figures.sent());
        assertEquals(20, figures.answered());
        assertEquals(1, figures.unfinished());
        assertEquals(0, figures.failed());
        assertTrue(figures.toString().contains("1 unanswered at the end"), figures.toString());
    }
}
