package org.concurrencykit.problems.trafficlight;

import java.util.concurrent.Semaphore;

/**
 * Traffic light on a one-permit {@link Semaphore}: the permit is the right to use the
 * intersection; its holder turns its road green if it is red, crosses, and hands the permit
 * back. The method may not throw {@code InterruptedException}, so it acquires
 * uninterruptibly.
 *
 * <p>Invariant: {@code greenRoad} is the road whose light the last {@code turnGreen} (or the
 * start) made green; no car crosses unless it holds the permit.
 * Memory consistency effects: {@code release()} after a car crossed happens-before the next
 * car's {@code acquireUninterruptibly()}, which sees {@code greenRoad} as that car left it.
 */
public final class SemaphoreIntersection implements Intersection {
    /** One permit: the intersection. */
    private final Semaphore intersection = new Semaphore(1);
    /** The road that is green: 1 (A) or 2 (B). Guarded by intersection. */
    private int greenRoad = 1;

    public SemaphoreIntersection() {
    }

    @Override
    public void carArrived(int carId, int roadId, int direction, Runnable turnGreen, Runnable crossCar) {
        intersection.acquireUninterruptibly();
        try {
            if (greenRoad != roadId) {
                turnGreen.run();
                greenRoad = roadId;
            }
            crossCar.run();
        } finally {
            intersection.release();
        }
    }
}
