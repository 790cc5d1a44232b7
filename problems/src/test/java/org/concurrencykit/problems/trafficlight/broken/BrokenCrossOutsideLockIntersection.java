package org.concurrencykit.problems.trafficlight.broken;

import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.trafficlight.Intersection;

/**
 * Switches the light under the monitor but crosses after leaving it: nothing stops a car of
 * the other road from switching the light while this car is still on the crossing.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "the crossing is outside the lock: the light changes under a crossing car")
public final class BrokenCrossOutsideLockIntersection implements Intersection {
    /** Guarded by this. */
    private int greenRoad = 1;

    public BrokenCrossOutsideLockIntersection() {
    }

    @Override
    public void carArrived(int carId, int roadId, int direction, Runnable turnGreen, Runnable crossCar) {
        synchronized (this) {
            if (greenRoad != roadId) {
                turnGreen.run();
                greenRoad = roadId;
            }
        }
        crossCar.run();
    }
}
