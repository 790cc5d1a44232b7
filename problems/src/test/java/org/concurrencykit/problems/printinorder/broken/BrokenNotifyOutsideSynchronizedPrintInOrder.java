package org.concurrencykit.problems.printinorder.broken;

import org.concurrencykit.problems.printinorder.PrintInOrder;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Calls {@code notifyAll()} without holding the monitor: Java throws
 * {@link IllegalMonitorStateException} at once.
 */
@Broken(verdict = Verdict.RUNTIME_ERROR, why = "notifyAll() outside synchronized throws IllegalMonitorStateException")
public final class BrokenNotifyOutsideSynchronizedPrintInOrder implements PrintInOrder {
    /** The step allowed to print next. */
    private volatile int stage = 1;

    @Override
    public void first(Runnable printFirst) {
        printFirst.run();
        stage = 2;
        notifyAll();
    }

    @Override
    public synchronized void second(Runnable printSecond) throws InterruptedException {
        while (stage != 2) {
            wait();
        }
        printSecond.run();
        stage = 3;
        notifyAll();
    }

    @Override
    public synchronized void third(Runnable printThird) throws InterruptedException {
        while (stage != 3) {
            wait();
        }
        printThird.run();
    }
}
