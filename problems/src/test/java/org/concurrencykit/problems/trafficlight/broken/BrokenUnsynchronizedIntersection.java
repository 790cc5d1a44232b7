package org.concurrencykit.problems.trafficlight.broken;

import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.trafficlight.Intersection;

/**
 * Remembers the green road but takes no lock: a car of road B can switch the light while a
 * car of road A is crossing, and two cars of road B can both see red and both switch it.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "no synchronization: the light changes under crossing cars")
public final class BrokenUnsynchronizedIntersection implements Intersection {
    private int greenRoad = 1;

    public BrokenUnsynchronizedIntersection() {
    }

    @Override
    public void carArrived(int carId, int roadId, int direction, Runnable turnGreen, Runnable crossCar) {
        if (greenRoad != roadId) {
            turnGreen.run();
            greenRoad = roadId;
        }
        crossCar.run();
    }
}
