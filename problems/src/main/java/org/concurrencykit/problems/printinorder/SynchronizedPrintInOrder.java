package org.concurrencykit.problems.printinorder;

/**
 * Print in Order with one monitor: a stage counter guarded by {@code this}, waited on with
 * {@code while (stage != mine) wait()} and advanced with {@code notifyAll()}.
 *
 * <p>Invariant: {@code stage} is the number of callbacks that have run, plus one.
 * Memory consistency effects: the monitor's unlock after a callback happens-before the
 * lock that lets the next step through.
 */
public final class SynchronizedPrintInOrder implements PrintInOrder {
    /** The step allowed to print next (1, 2 or 3; 4 when done). Guarded by this. */
    private int stage = 1;

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

    private synchronized void step(int mine, Runnable print) throws InterruptedException {
        while (stage != mine) {
            wait();
        }
        print.run();
        stage = mine + 1;
        notifyAll();
    }
}
