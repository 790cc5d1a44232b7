package org.concurrencykit.problems.printinorder.broken;

import org.concurrencykit.problems.printinorder.PrintInOrder;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Waits with {@code if} instead of {@code while}: third() woken by first()'s
 * {@code notifyAll} goes ahead without checking that second() has printed.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "if (!ready) wait() does not re-check the condition after waking")
public final class BrokenIfInsteadOfWhilePrintInOrder implements PrintInOrder {
    /** The step allowed to print next. Guarded by this. */
    private int stage = 1;

    @Override
    public synchronized void first(Runnable printFirst) {
        printFirst.run();
        stage = 2;
        notifyAll();
    }

    @Override
    public synchronized void second(Runnable printSecond) throws InterruptedException {
        if (stage != 2) {
            wait();
        }
        printSecond.run();
        stage = 3;
        notifyAll();
    }

    @Override
    public synchronized void third(Runnable printThird) throws InterruptedException {
        if (stage != 3) {
            wait();
        }
        printThird.run();
    }
}
