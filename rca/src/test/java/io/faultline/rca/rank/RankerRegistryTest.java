package io.faultline.rca.rank;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RankerRegistryTest {

    @Test
    void knowsTheBuiltInRankersByName() {
        RankerRegistry registry = RankerRegistry.defaults();
        assertEquals(List.of("baseline-deviation", "baro", "nsigma"), registry.names());
        assertInstanceOf(BaselineDeviationRanker.class, registry.get("baseline-deviation"));
        assertInstanceOf(BaroRanker.class, registry.get("baro"));
        assertInstanceOf(NSigmaRanker.class, registry.get("nsigma"));
    }

    @Test
    void theDefaultRankerTakesTheConfiguredParams() {
        BaselineDeviationParams p = BaselineDeviationParams.DEFAULTS;
        BaselineDeviationParams configured = new BaselineDeviationParams(p.minBaselinePoints(), p.baselineGuardMs(), p.baselineGuardShare(),
                p.smoothing(), p.longSmoothing(), p.tailQuantile(), 7.5, p.maxZ(), p.minRelativeScale(), p.minAbsoluteScale(),
                p.secondaryShare(), p.downWeight(), p.trafficWeight(), p.otherWeight(), p.nonFaultFactor(), p.onsetToleranceMs(),
                p.demoteFactor(), p.promoteWeight(), p.entryPathBonus(), p.entryChainWeight(), p.firstOnsetBonus(), p.maxEvidence(), p.classifier(),
                p.calleeRegressors(), p.minCalleeCorrelation(), p.minExplained(), p.errorsNeedCalleeErrors());
        BaselineDeviationRanker ranker = (BaselineDeviationRanker) RankerRegistry.standard(configured).get("baseline-deviation");
        assertEquals(configured, ranker.params());
    }

    @Test
    void anUnknownNameListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RankerRegistry.defaults().get("microrca"));
        assertEquals("unknown ranker 'microrca'; valid rankers: baseline-deviation, baro, nsigma", e.getMessage());
    }

    @Test
    void aNameRegisteredTwiceIsRejected() {
        BaroRanker baro = new BaroRanker(BaroParams.DEFAULTS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RankerRegistry(List.of(baro, baro)));
        assertEquals("ranker 'baro' is registered twice", e.getMessage());
    }
}
