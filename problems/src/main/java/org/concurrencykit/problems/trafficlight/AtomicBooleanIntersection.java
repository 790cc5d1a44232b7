package org.concurrencykit.problems.trafficlight;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Traffic light on an {@link AtomicBoolean} spin lock: a car takes the intersection with
 * {@code compareAndSet(false, true)}, yielding between tries, turns its road green if it is
 * red, crosses, and frees the intersection with {@code set(false)}. Correct, but a waiting car
 * burns CPU; the judge accepts it and notes the cost.
 *
 * <p>Invariant: {@code greenRoad} is the road whose light the last {@code turnGreen} (or the
 * start) made green; no car crosses unless its compareAndSet took {@code occupied}.
 * Memory consistency effects: {@code occupied.set(false)} after a car crossed happens-before
 * the next successful {@code compareAndSet(false, true)}, which sees {@code greenRoad} as that
 * car left it.
 */
public final class AtomicBooleanIntersection implements Intersection {
    /** True while a car holds the intersection. */
    private final AtomicBoolean occupied = new AtomicBoolean();
    /** The road that is green: 1 (A) or 2 (B). Guarded by occupied. */
    private int greenRoad = 1;

    public AtomicBooleanIntersection() {
    }

    @Override
    public void carArrived(int carId, int roadId, int direction, Runnable turnGreen, Runnable crossCar) {
        while (!occupied.compareAndSet(false, true)) {
            Thread.yield();
        }
        try {
            if (greenRoad != roadId) {
                turnGreen.run();
                greenRoad = roadId;
            }
            crossCar.run();
        } finally {
            occupied.set(false);
        }
    }
}
