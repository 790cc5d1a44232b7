package org.concurrencykit.problems.printinorder.broken;

import org.concurrencykit.problems.printinorder.PrintInOrder;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Waits for a notification instead of for a condition. If the earlier step has already
 * notified before the later one starts waiting, the wake-up is lost and it waits forever.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED, why = "lost wake-up: wait() with no condition misses a notify that came first")
public final class BrokenWaitWithoutConditionPrintInOrder implements PrintInOrder {
    @Override
    public synchronized void first(Runnable printFirst) {
        printFirst.run();
        notifyAll();
    }

    @Override
    public synchronized void second(Runnable printSecond) throws InterruptedException {
        wait();
        printSecond.run();
        notifyAll();
    }

    @Override
    public synchronized void third(Runnable printThird) throws InterruptedException {
        wait();
        printThird.run();
    }
}
