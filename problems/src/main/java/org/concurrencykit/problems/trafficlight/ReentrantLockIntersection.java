package org.concurrencykit.problems.trafficlight;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Traffic light on a {@link ReentrantLock}: one car at a time holds the lock, turns its road
 * green if it is red, and crosses.
 *
 * <p>Invariant: {@code greenRoad} is the road whose light the last {@code turnGreen} (or the
 * start) made green; no car crosses unless it holds the lock.
 * Memory consistency effects: {@code unlock()} after a car crossed happens-before the next
 * car's {@code lock()}, which sees {@code greenRoad} as that car left it.
 */
public final class ReentrantLockIntersection implements Intersection {
    private final ReentrantLock lock = new ReentrantLock();
    /** The road that is green: 1 (A) or 2 (B). Guarded by lock. */
    private int greenRoad = 1;

    public ReentrantLockIntersection() {
    }

    @Override
    public void carArrived(int carId, int roadId, int direction, Runnable turnGreen, Runnable crossCar) {
        lock.lock();
        try {
            if (greenRoad != roadId) {
                turnGreen.run();
                greenRoad = roadId;
            }
            crossCar.run();
        } finally {
            lock.unlock();
        }
    }
}
