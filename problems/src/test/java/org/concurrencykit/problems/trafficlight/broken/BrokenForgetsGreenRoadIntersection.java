package org.concurrencykit.problems.trafficlight.broken;

import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.trafficlight.Intersection;

/**
 * Switches the light when the car's road is not the one it remembers as green, but never
 * updates what it remembers: every car of road B switches to B again, and after a switch the
 * cars of road A cross on red.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "the green road is never updated after turnGreen")
public final class BrokenForgetsGreenRoadIntersection implements Intersection {
    /** Guarded by this; never changes, which is the mistake. */
    private int greenRoad = 1;

    public BrokenForgetsGreenRoadIntersection() {
    }

    @Override
    public synchronized void carArrived(int carId, int roadId, int direction, Runnable turnGreen, Runnable crossCar) {
        if (greenRoad != roadId) {
            turnGreen.run();
        }
        crossCar.run();
    }
}
