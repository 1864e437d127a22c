package io.twinbench.analysis.predict;

import java.util.Date;
import java.util.List;

import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Prediction;
import io.twinbench.model.twin.Twin;
import io.twinbench.model.twin.TwinFactory;

/** Forecasts as the twin's findings about their elements, for the graph, Properties and reports. */
public final class PredictionFindings {

    private PredictionFindings() {
    }

    /** Adds each forecast whose element the twin has as a Prediction; returns how many were added. */
    public static int attach(Twin twin, List<Forecast> forecasts) {
        int attached = 0;
        for (Forecast f : forecasts) {
            Element e = twin.findElement(f.elementId());
            if (e == null) {
                continue;
            }
            Prediction p = TwinFactory.eINSTANCE.createPrediction();
            p.setElement(e);
            p.setFailureMode(f.failureMode());
            p.setExpectedAt(new Date(f.expectedAt()));
            p.setConfidence(f.fit());
            p.setScore(f.fit());
            p.setDescription(f.failureMode() + ": " + f.basis());
            twin.getFindings().add(p);
            attached++;
        }
        return attached;
    }
}
