package org.concurrencykit.problems.printinorder.broken;

import org.concurrencykit.problems.printinorder.PrintInOrder;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Wakes one waiter with {@code notify()}. When second() and third() both wait, first() may
 * wake third(), which goes back to sleep; second() is never woken and both wait forever.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED, why = "notify() wakes one arbitrary waiter, maybe the wrong one")
public final class BrokenNotifyInsteadOfNotifyAllPrintInOrder implements PrintInOrder {
    /** The step allowed to print next. Guarded by this. */
    private int stage = 1;

    @Override
    public synchronized void first(Runnable printFirst) {
        printFirst.run();
        stage = 2;
        notify();
    }

    @Override
    public synchronized void second(Runnable printSecond) throws InterruptedException {
        while (stage != 2) {
            wait();
        }
        printSecond.run();
        stage = 3;
        notify();
    }

    @Override
    public synchronized void third(Runnable printThird) throws InterruptedException {
        while (stage != 3) {
            wait();
        }
        printThird.run();
    }
}
