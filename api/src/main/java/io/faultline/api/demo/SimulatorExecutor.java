package io.faultline.api.demo;

import io.faultline.api.recovery.ActionRequest;
import io.faultline.api.recovery.Executor;
import io.faultline.api.recovery.Outcome;
import io.faultline.datasets.sim.SimulatorControl;
import io.faultline.rca.RecoveryKind;
import java.util.Set;

/**
 * The demo's recovery executor: carries out a restart or a rollback on the running simulated shop,
 * as the Kubernetes or AWX executor would on real infrastructure. It reports what it did; whether
 * that cleared the anomaly is for the recovery service's verification to find out.
 */
public final class SimulatorExecutor implements Executor {
    private final SimulatorControl control;

    public SimulatorExecutor(SimulatorControl control) {
        this.control = control;
    }

    @Override
    public String name() {
        return "simulator";
    }

    @Override
    public Set<RecoveryKind> kinds() {
        return Set.of(RecoveryKind.RESTART, RecoveryKind.ROLL_BACK);
    }

    @Override
    public Outcome execute(ActionRequest request) {
        try {
            String done = switch (request.action().kind()) {
                case RESTART -> control.restart(request.component());
                case ROLL_BACK -> control.rollBack(request.component());
                default -> null;
            };
            return done == null ? Outcome.failed("the simulator cannot " + request.action().kind())
                    : Outcome.succeeded("simulator: " + done);
        } catch (IllegalArgumentException e) {
            return Outcome.failed("simulator: " + e.getMessage());
        }
    }
}
