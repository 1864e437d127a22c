package io.twinbench.analysis;

import java.util.ArrayList;
import java.util.List;

import io.twinbench.analysis.series.TimeSeries;

/**
 * Runs an online detector over a stored series, the offline way: the same detector, point by
 * point, so history and the live stream are judged alike. What the online detector recognises
 * only a few points into a run (a level shift, a trend) is written back onto the run's first
 * points here, since offline the whole run is known.
 */
public final class SeriesAnalysis {

    private SeriesAnalysis() {
    }

    public static List<Detection> detect(TimeSeries series, PointDetector detector) {
        List<Detection> found = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            double score = detector.observe(series.time(i), series.value(i));
            if (!detector.isAnomalous()) {
                continue;
            }
            AnomalyKind kind = detector.kind();
            found.add(new Detection(series.time(i), series.value(i), detector.expected(), score, kind));
            for (int back = 2, j = found.size() - 2; back <= detector.run() && j >= 0; back++, j--) {
                found.set(j, found.get(j).withKind(kind));
            }
        }
        return found;
    }
}
