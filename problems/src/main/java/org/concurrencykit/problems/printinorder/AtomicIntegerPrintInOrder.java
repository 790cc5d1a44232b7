package org.concurrencykit.problems.printinorder;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Print in Order with an {@link AtomicInteger} stage and busy-waiting: each step spins
 * until the stage is its own, yielding its core on each pass ({@link Thread#yield()}) so
 * that with more threads than cores the thread that must print still gets to run. Correct
 * but it keeps a core busy per waiting thread; the judge accepts it and notes the CPU it used.
 *
 * <p>Invariant: {@code stage} is the number of callbacks that have run, plus one.
 * Memory consistency effects: the volatile write {@code stage.set} after a callback
 * happens-before the volatile read that sees it.
 */
public final class AtomicIntegerPrintInOrder implements PrintInOrder {
    /** The step allowed to print next. */
    private final AtomicInteger stage = new AtomicInteger(1);

    @Override
    public void first(Runnable printFirst) throws InterruptedException {
        step(1, printFirst);
    }

    @Override
    public void second(Runnable printSecond) throws InterruptedException {
        step(2, printSecond);
    }

    @Override
    public void third(Runnable printThird) throws InterruptedException {
        step(3, printThird);
    }

    private void step(int mine, Runnable print) throws InterruptedException {
        while (stage.get() != mine) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            Thread.yield();
        }
        print.run();
        stage.set(mine + 1);
    }
}
