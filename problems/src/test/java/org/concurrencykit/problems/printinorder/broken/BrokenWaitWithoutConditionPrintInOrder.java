package org.concurrencykit.problems.printinorder.broken;

import org.concurrencykit.problems.printinorder.PrintInOrder;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * second() waits for a notification instead of for a condition. If first() has already
 * notified before second() starts waiting, the wake-up is lost and second() waits forever,
 * and third(), which waits properly for second(), with it.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED, why = "lost wake-up: wait() with no condition misses a notify that came first")
public final class BrokenWaitWithoutConditionPrintInOrder implements PrintInOrder {
    /** Whether printSecond has run. Guarded by this. */
    private boolean secondDone;

    @Override
    public synchronized void first(Runnable printFirst) {
        printFirst.run();
        notifyAll();
    }

    @Override
    public synchronized void second(Runnable printSecond) throws InterruptedException {
        wait();
        printSecond.run();
        secondDone = true;
        notifyAll();
    }

    @Override
    public synchronized void third(Runnable printThird) throws InterruptedException {
        while (!secondDone) {
            wait();
        }
        printThird.run();
    }
}
