package org.concurrencykit.problems.trafficlight;

/**
 * Traffic light on one monitor: {@code carArrived} is {@code synchronized}, so one car at a
 * time looks at the light, turns it green if it is red, and crosses.
 *
 * <p>Invariant: {@code greenRoad} is the road whose light the last {@code turnGreen} (or the
 * start) made green; no car crosses unless it holds the monitor.
 * Memory consistency effects: the monitor's unlock after a car crossed happens-before the
 * next car's lock, which sees {@code greenRoad} as that car left it.
 */
public final class SynchronizedIntersection implements Intersection {
    /** The road that is green: 1 (A) or 2 (B). Guarded by this. */
    private int greenRoad = 1;

    public SynchronizedIntersection() {
    }

    @Override
    public synchronized void carArrived(int carId, int roadId, int direction, Runnable turnGreen, Runnable crossCar) {
        if (greenRoad != roadId) {
            turnGreen.run();
            greenRoad = roadId;
        }
        crossCar.run();
    }
}
