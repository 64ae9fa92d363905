package io.faultline.models.rcf;

import com.amazon.randomcutforest.parkservices.AnomalyDescriptor;

final class RcfScore {
    private RcfScore() {
    }

    static double of(AnomalyDescriptor d) {
        String kind = System.getProperty("rcf.score", "ratio");
        double threshold = d.getThreshold();
        switch (kind) {
            case "raw": return d.getRCFScore();
            case "grade": return d.getAnomalyGrade();
            case "hybrid": return d.getAnomalyGrade() > 0 ? 1 + d.getAnomalyGrade()
                    : Math.min(1.0, threshold > 0 ? d.getRCFScore() / threshold : 0);
            default: return threshold > 0 ? d.getRCFScore() / threshold : 0;
        }
    }
}
