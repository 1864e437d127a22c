package io.twinbench.agent;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Turns cumulative counters (bytes written since boot, packets received, ...) into rates per
 * second between two readings. Counters are sent as rates because a cumulative value only ever
 * grows: charts of it show nothing and every baseline learnt on it sees a trend. A counter that
 * went backwards (a reset, a removed and re-added device) starts again without a rate.
 */
final class CounterRates {

    private record Reading(long time, double value) {
    }

    private final Map<String, Reading> previous = new HashMap<>();

    /** The rate since the last reading of this counter, none for its first reading or after a reset. */
    OptionalDouble rate(String counter, long time, double value) {
        Reading last = previous.put(counter, new Reading(time, value));
        if (last == null || time <= last.time() || value < last.value()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((value - last.value()) * 1000d / (time - last.time()));
    }
}
