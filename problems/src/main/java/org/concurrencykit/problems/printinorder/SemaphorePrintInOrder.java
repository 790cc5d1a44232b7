package org.concurrencykit.problems.printinorder;

import java.util.concurrent.Semaphore;

/**
 * Print in Order with two {@link Semaphore}s that start with no permits: each step
 * releases the permit the next step acquires.
 *
 * <p>Invariant: {@code firstDone} has a permit only after {@code printFirst} ran, and
 * {@code secondDone} only after {@code printSecond} ran.
 * Memory consistency effects: {@code release()} happens-before the {@code acquire()}
 * it satisfies.
 */
public final class SemaphorePrintInOrder implements PrintInOrder {
    /** Gets its permit once printFirst has run. */
    private final Semaphore firstDone = new Semaphore(0);
    /** Gets its permit once printSecond has run. */
    private final Semaphore secondDone = new Semaphore(0);

    @Override
    public void first(Runnable printFirst) throws InterruptedException {
        printFirst.run();
        firstDone.release();
    }

    @Override
    public void second(Runnable printSecond) throws InterruptedException {
        firstDone.acquire();
        printSecond.run();
        secondDone.release();
    }

    @Override
    public void third(Runnable printThird) throws InterruptedException {
        secondDone.acquire();
        printThird.run();
    }
}
