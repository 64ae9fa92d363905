package io.faultline.api.evaluate;

import io.faultline.datasets.sim.SimChange;
import io.faultline.datasets.sim.WebShopSimulator;
import io.faultline.rca.change.ChangeEvent;
import io.faultline.rca.change.ChangeKind;
import java.util.List;
import java.util.Locale;

/** The changes the simulated shop announces, as the change events the server would store for them. */
final class SimulatedChanges {
    private SimulatedChanges() {
    }

    static List<ChangeEvent> of(WebShopSimulator sim) {
        return sim.changes().stream().map(SimulatedChanges::event).toList();
    }

    static ChangeEvent event(SimChange c) {
        return new ChangeEvent(c.id(), c.component(), ChangeKind.valueOf(c.kind().toUpperCase(Locale.ROOT)), c.atMs(),
                c.version(), "simulated");
    }
}
