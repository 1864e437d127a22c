package io.twinbench.analysis.series;

import java.util.Arrays;

/** One metric's points in time order: times in epoch milliseconds, values beside them. */
public record TimeSeries(String name, long[] times, double[] values) {

    public TimeSeries {
        if (times.length != values.length) {
            throw new IllegalArgumentException("series " + name + ": " + times.length + " times but " + values.length + " values");
        }
        times = times.clone();
        values = values.clone();
    }

    public int size() {
        return times.length;
    }

    public long time(int i) {
        return times[i];
    }

    public double value(int i) {
        return values[i];
    }

    @Override
    public long[] times() {
        return times.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSeries t && name.equals(t.name) && Arrays.equals(times, t.times) && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "TimeSeries[" + name + ", " + times.length + " points]";
    }
}
