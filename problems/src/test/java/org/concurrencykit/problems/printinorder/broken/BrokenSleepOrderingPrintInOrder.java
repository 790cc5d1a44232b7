package org.concurrencykit.problems.printinorder.broken;

import org.concurrencykit.problems.printinorder.PrintInOrder;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Orders the steps by sleeping 10 and 20 ms. Online judges often accept this; a thread
 * paused for longer than the gap (by the OS, or by the judge inside a callback) breaks it.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "Thread.sleep is not synchronization: a slow first() lets second() print first")
public final class BrokenSleepOrderingPrintInOrder implements PrintInOrder {
    @Override
    public void first(Runnable printFirst) {
        printFirst.run();
    }

    @Override
    public void second(Runnable printSecond) throws InterruptedException {
        Thread.sleep(10);
        printSecond.run();
    }

    @Override
    public void third(Runnable printThird) throws InterruptedException {
        Thread.sleep(20);
        printThird.run();
    }
}
