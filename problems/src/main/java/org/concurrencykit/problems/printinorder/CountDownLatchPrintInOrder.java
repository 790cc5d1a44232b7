package org.concurrencykit.problems.printinorder;

import java.util.concurrent.CountDownLatch;

/**
 * Print in Order with two one-shot {@link CountDownLatch}es: each step counts down the
 * latch the next step awaits.
 *
 * <p>Invariant: {@code firstDone} is open only after {@code printFirst} ran, and
 * {@code secondDone} only after {@code printSecond} ran.
 * Memory consistency effects: {@code countDown()} happens-before a successful return
 * from {@code await()}.
 */
public final class CountDownLatchPrintInOrder implements PrintInOrder {
    /** Opens once printFirst has run. */
    private final CountDownLatch firstDone = new CountDownLatch(1);
    /** Opens once printSecond has run. */
    private final CountDownLatch secondDone = new CountDownLatch(1);

    @Override
    public void first(Runnable printFirst) throws InterruptedException {
        printFirst.run();
        firstDone.countDown();
    }

    @Override
    public void second(Runnable printSecond) throws InterruptedException {
        firstDone.await();
        printSecond.run();
        secondDone.countDown();
    }

    @Override
    public void third(Runnable printThird) throws InterruptedException {
        secondDone.await();
        printThird.run();
    }
}
