package org.concurrencykit.problems.diningsavages;

import java.util.concurrent.Semaphore;

/**
 * Dining Savages the textbook way, on {@link Semaphore}s: a binary {@code mutex} lets one
 * savage at a time look into the pot, and that savage keeps it while he waits for the cook,
 * so nobody else can find the same empty pot; {@code emptyPot} is his call to the cook and
 * {@code fullPot} the cook's answer. Only the savage holding {@code mutex} touches the count:
 * after the cook's answer he counts the new servings in himself.
 *
 * <p>Invariant: {@code 0 <= servings <= capacity}; {@code emptyPot} and {@code fullPot} hold
 * at most one permit each, and only while the savage holding {@code mutex} waits for a refill.
 * Memory consistency effects: a {@code release()} happens-before the {@code acquire()} it
 * satisfies: {@code putServings} happens-before the waiting savage goes on (and, through
 * {@code mutex}, every later savage), and each {@code takeServing} happens-before the next
 * savage's look into the pot, hence before the call that wakes the cook again.
 */
public final class SemaphorePot implements Pot {
    /** Servings a refill puts in. */
    private final int capacity;
    /** One permit: held by the savage looking into the pot, and kept while he waits for a refill. */
    private final Semaphore mutex = new Semaphore(1);
    /** A permit: a savage found the pot empty and wakes the cook. */
    private final Semaphore emptyPot = new Semaphore(0);
    /** A permit: the cook has refilled the pot. */
    private final Semaphore fullPot = new Semaphore(0);
    /** Servings in the pot. Guarded by mutex. */
    private int servings;

    public SemaphorePot(int servings) {
        this.capacity = servings;
    }

    @Override
    public void getServing(Runnable takeServing) throws InterruptedException {
        mutex.acquire();
        try {
            if (servings == 0) {
                emptyPot.release();
                fullPot.acquire();
                servings = capacity;
            }
            takeServing.run();
            servings--;
        } finally {
            mutex.release();
        }
    }

    @Override
    public void cook(Runnable putServings) throws InterruptedException {
        emptyPot.acquire();
        putServings.run();
        fullPot.release();
    }
}
