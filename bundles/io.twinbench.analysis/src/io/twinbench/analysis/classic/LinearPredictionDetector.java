package io.twinbench.analysis.classic;

import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Linear prediction: an autoregressive model of the given order, fitted by least squares
 * (Commons Math) on the last training points and refitted every training points; a point's
 * score is its prediction error in the fit's residual standard errors.
 */
public final class LinearPredictionDetector extends PointAnomalies {

    private final int order;
    private final double[] history;
    private long seen;
    private double[] coefficients;
    private double errorSigma;

    public LinearPredictionDetector(int order, int training, double threshold) {
        super(threshold);
        if (order < 1 || training < 4 * (order + 1)) {
            throw new IllegalArgumentException("an order of at least 1 and at least 4 training points per coefficient, not order "
                    + order + " on " + training);
        }
        this.order = order;
        this.history = new double[training];
    }

    @Override
    public double observe(long timeMillis, double value) {
        double score = 0;
        double predicted = value;
        if (coefficients != null) {
            predicted = coefficients[0];
            for (int i = 1; i <= order; i++) {
                predicted += coefficients[i] * at(seen - i);
            }
            score = Math.abs(value - predicted) / Math.max(errorSigma, 1e-9 + 1e-6 * Math.abs(predicted));
        }
        scored(score, predicted, coefficients != null);
        history[(int) (seen % history.length)] = value;
        seen++;
        if (seen % history.length == 0) {
            fit();
        }
        return score;
    }

    private double at(long index) {
        return history[(int) (index % history.length)];
    }

    private void fit() {
        int rows = history.length - order;
        double[] y = new double[rows];
        double[][] x = new double[rows][order];
        long start = seen - history.length;
        for (int r = 0; r < rows; r++) {
            long t = start + order + r;
            y[r] = at(t);
            for (int i = 1; i <= order; i++) {
                x[r][i - 1] = at(t - i);
            }
        }
        OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression();
        try {
            regression.newSampleData(y, x);
            coefficients = regression.estimateRegressionParameters();
            errorSigma = regression.estimateRegressionStandardError();
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            // a flat stretch has no autoregression: predict its mean
            double mean = 0;
            for (double v : y) {
                mean += v / rows;
            }
            coefficients = new double[order + 1];
            coefficients[0] = mean;
            errorSigma = 0;
        }
    }
}
