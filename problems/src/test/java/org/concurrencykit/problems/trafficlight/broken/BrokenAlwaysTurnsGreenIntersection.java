package org.concurrencykit.problems.trafficlight.broken;

import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.trafficlight.Intersection;

/** One car at a time, but every car switches the light, even to the road that is already green. */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "turnGreen called for a road that is already green")
public final class BrokenAlwaysTurnsGreenIntersection implements Intersection {
    public BrokenAlwaysTurnsGreenIntersection() {
    }

    @Override
    public synchronized void carArrived(int carId, int roadId, int direction, Runnable turnGreen, Runnable crossCar) {
        turnGreen.run();
        crossCar.run();
    }
}
