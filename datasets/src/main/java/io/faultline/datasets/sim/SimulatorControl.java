package io.faultline.datasets.sim;

/**
 * What an operator (or an automatic recovery) can do to the running simulated shop. A call may come
 * from any thread; it takes effect at the simulator's next tick, as a real restart or rollback takes
 * effect some time after it is asked for.
 */
public interface SimulatorControl {

    /**
     * Restarts the component: its memory starts afresh, and a memory leak or CPU hog injected into it
     * ends. Any other fault carries on.
     *
     * @return what the restart does, in one line
     * @throws IllegalArgumentException when the shop has no such component (the message lists them)
     */
    String restart(String component);

    /**
     * Rolls the component back to its deploy before the last one: a bad deploy injected into it ends.
     * Any other fault carries on.
     *
     * @return what the rollback does, in one line
     * @throws IllegalArgumentException when the shop has no such component (the message lists them)
     */
    String rollBack(String component);
}
