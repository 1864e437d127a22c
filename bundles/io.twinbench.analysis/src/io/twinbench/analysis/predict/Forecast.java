package io.twinbench.analysis.predict;

/**
 * A predicted failure of one element: what fails, when (epoch ms), how sure the model is
 * (0 to 1), the growth it saw per hour, and how far off it was on the held-out part of the
 * history (mean absolute error, in the metric's unit) after training on the rest.
 */
public record Forecast(String elementId, String failureMode, long expectedAt, double confidence, double growthPerHour,
        double heldOutError, int trainingPoints) {
}
