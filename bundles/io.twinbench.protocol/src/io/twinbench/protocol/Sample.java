package io.twinbench.protocol;

/** One value of one metric of one element of the endpoint, at a time in epoch milliseconds. */
public record Sample(String element, String metric, String unit, long timestamp, double value) {

    public Sample {
        Fields.text("element", element, 400);
        Fields.text("metric", metric, 200);
        unit = unit == null ? "" : unit;
        Fields.nonNegative("timestamp", timestamp);
        Fields.finite("value", value);
    }
}
